"""Imported first in the parse workers' fork server (see ``parallel._context``), nowhere else: the
fork server then dies with the run that started it instead of lingering after a SIGKILL."""

from pipelines.parallel import die_with_parent

die_with_parent()
