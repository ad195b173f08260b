"""A rule's answer per distinct text, remembered: cells repeat (labels, units, 100%, row numbers),
within a document and across the documents a worker parses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

V = TypeVar("V")


class PerText(dict, Generic[V]):
    """``fn(text)`` read as ``cache[text]``: a hit is one dict lookup, cheaper on a hot path than a call
    through ``functools.lru_cache``. Bounded: past ``max_size`` texts it starts over. Only for pure
    functions of the text."""

    def __init__(self, fn: Callable[[str], V], max_size: int = 50_000):
        super().__init__()
        self.fn, self.max_size = fn, max_size

    def __missing__(self, text: str) -> V:
        if len(self) >= self.max_size:
            self.clear()
        value = self[text] = self.fn(text)
        return value
