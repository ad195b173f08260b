"""Imported first in the parse workers' fork server (see ``parallel._context``), nowhere else: the
fork server then dies with the run that started it instead of lingering after a SIGKILL.

It also loads the gazetteer once, here: every worker forked from the server then starts with it
(shared pages) instead of each parsing the division tables again (~0.15 s a worker)."""

from pipelines.extract.regions import gazetteer
from pipelines.parallel import die_with_parent

die_with_parent()
gazetteer()
