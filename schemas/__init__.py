"""pandera (polars API) models, one per warehouse table, matching ../shared/CONTRACT.md."""

from schemas.budget_items import BudgetItems
from schemas.indicators import Indicators
from schemas.quality_findings import QualityFindings
from schemas.rejected_files import RejectedFiles
from schemas.reports import Reports

MODELS = {"reports": Reports, "budget_items": BudgetItems, "indicators": Indicators, "rejected_files": RejectedFiles,
          "quality_findings": QualityFindings}

__all__ = ["MODELS", "BudgetItems", "Indicators", "QualityFindings", "RejectedFiles", "Reports"]
