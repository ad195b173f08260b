"""The budgets one file may use, in one place: what each limits, its environment variable and default.

Each is read at the moment it is checked, so a changed variable applies to the next refresh without
a restart. A file over a budget is rejected with a message naming the limit and how to raise it
(``Limit.refusal``); the run goes on with the other files. The README's configuration table lists
the same variables.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Limit:
    env: str
    default: float
    unit: str  # as shown to people: "MB", "s", "pages", ...
    what: str  # what is limited, e.g. "memory one file may use while it is parsed"

    def value(self) -> float:
        raw = os.environ.get(self.env, "").strip()
        try:
            return max(float(raw), 0.0) if raw else self.default
        except ValueError:
            return self.default

    def exceeded(self, actual: float) -> bool:
        return actual > self.value()

    def refusal(self, found: str) -> str:
        """The rejection message: what was found, the limit it broke, and how to raise it."""
        return (f"{found}, over the limit of {_fmt(self.value())} {self.unit} ({self.what}, {self.env}): the file "
                f"was not loaded; if it really is one report, set {self.env} higher and refresh again")


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if x == int(x) else f"{x:g}"


FILE_MB = Limit("MAX_REPORT_FILE_MB", 50, "MB", "size of one report file")
MEMORY_MB = Limit("MAX_PARSE_MEMORY_MB", 384, "MB", "memory one file may use while it is parsed")
SECONDS = Limit("MAX_PARSE_SECONDS", 60, "s", "time one file may take to parse")
INFLATED_MB = Limit("MAX_INFLATED_MB", 200, "MB", "unpacked size of a Word or Excel file's parts or of a PDF's "
                    "compressed streams")
PDF_PAGES = Limit("MAX_PDF_PAGES", 600, "pages", "pages of one PDF")
SHEET_ROWS = Limit("MAX_SHEET_ROWS", 50_000, "rows", "rows of one spreadsheet")
SHEET_CELLS = Limit("MAX_SHEET_CELLS", 2_000_000, "cells", "cells (rows x columns) of one spreadsheet")
HTML_DEPTH = Limit("MAX_HTML_DEPTH", 1000, "levels", "nesting depth of an HTML page")

ALL = (FILE_MB, MEMORY_MB, SECONDS, INFLATED_MB, PDF_PAGES, SHEET_ROWS, SHEET_CELLS, HTML_DEPTH)
