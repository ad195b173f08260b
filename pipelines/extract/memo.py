"""A rule's answer per distinct text, remembered: cells repeat (labels, units, 100%, row numbers),
within a document and across the documents a worker parses."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Generic, TypeVar

V = TypeVar("V")
T = TypeVar("T")


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


def per_stream(fn: Callable[[list], T]) -> Callable[[list], T]:
    """``fn(items)`` remembered for the list it was last given (the same list object, still as long): what
    several readers each ask of one cell stream is worked out once. Only for lists not changed in place."""
    last: tuple | None = None

    @wraps(fn)
    def remembered(items: list) -> T:
        nonlocal last
        hit = last  # one read and one write of a tuple: safe should threads share the module
        if hit is not None and hit[0] is items and hit[1] == len(items):
            return hit[2]
        value = fn(items)
        last = (items, len(items), value)
        return value

    return remembered


def per_text(fn: Callable[[str], V], max_size: int = 50_000) -> Callable[[str], V]:
    """``fn`` remembered per distinct text (``PerText``), called as before: for a pure function of one text
    that costs more than a dict's look-up (a microsecond or more), asked again of texts that recur (a form's
    lines and labels, the indicators' names of one template). What it returns is shared: never changed in
    place by a caller."""
    return PerText(fn, max_size).__getitem__
