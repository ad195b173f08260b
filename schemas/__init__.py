"""pandera (polars API) models, one per warehouse table, matching ../shared/CONTRACT.md."""

from schemas.budget_items import BudgetItems
from schemas.indicators import Indicators
from schemas.rejected_files import RejectedFiles
from schemas.reports import Reports

MODELS = {"reports": Reports, "budget_items": BudgetItems, "indicators": Indicators, "rejected_files": RejectedFiles}

__all__ = ["MODELS", "BudgetItems", "Indicators", "RejectedFiles", "Reports"]
