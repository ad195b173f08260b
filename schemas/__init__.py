"""pandera (polars API) models, one per warehouse table, matching ../shared/CONTRACT.md."""

from schemas.budget_items import BudgetItems
from schemas.indicators import Indicators
from schemas.quality_findings import QualityFindings
from schemas.rejected_files import RejectedFiles
from schemas.reports import Reports
from schemas.source_files import SourceFiles

MODELS = {"reports": Reports, "budget_items": BudgetItems, "indicators": Indicators, "rejected_files": RejectedFiles,
          "quality_findings": QualityFindings, "source_files": SourceFiles}


def frame_schema(model) -> dict:
    """The polars schema (column -> dtype, in order) of a model: frames are built from it, so
    the columns of a table are written once here and once in the DDL."""
    return {name: column.dtype.type for name, column in model.to_schema().columns.items()}

def descriptions(model) -> tuple[str, dict[str, str]]:
    """(the table's description, column -> description) of a model, for the warehouse's COMMENTs and
    the assets' column schemas."""
    from schemas.source_files import STAMPED_BY_LOADER

    schema = model.to_schema()
    columns = {name: column.description or "" for name, column in schema.columns.items()}
    if model is SourceFiles:
        columns.update(STAMPED_BY_LOADER)
    return schema.description or "", columns


__all__ = ["MODELS", "BudgetItems", "Indicators", "QualityFindings", "RejectedFiles", "Reports", "SourceFiles",
           "descriptions", "frame_schema"]
