"""Literal gates: the words one of which every match of a vocabulary pattern contains.

A pattern such as ``(?:核定|批复)?(?:行政|事业)?编制…\\d+人`` cannot skip ahead: ``finditer`` tries it at
every character of every paragraph. The words a match must contain (``编制``) are read off the pattern
itself, so the vocabulary stays the one place for words: a text (or a whole document) without any of
them has no match, and the pattern is not run on it. Gates hold no whitespace, so a gate checked on a
document's text with whitespace removed (``compact_text``) holds for every piece of it, spaced or not.
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # the parser of the standard ``re`` module (private name since Python 3.11)
    from re import _parser as _sre_parse
    from re import _constants as _sre
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _sre
    import sre_parse as _sre_parse

from pipelines.model import Document

_MAX_CLASS = 4  # a character class of at most this many characters counts as alternatives


def _required(items) -> frozenset[str] | None:
    """Words one of which every match of the parsed sequence ``items`` contains (None: no such words)."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def close_run():
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        close_run()
        sub: frozenset[str] | None = None
        if op is _sre.SUBPATTERN:
            sub = None if av[1] & re.IGNORECASE else _required(av[3])
        elif op is _sre.ATOMIC_GROUP:
            sub = _required(av)
        elif op is _sre.BRANCH:
            alternatives = [_required(alt) for alt in av[1]]
            sub = None if any(a is None for a in alternatives) else frozenset().union(*alternatives)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = _required(av[2])
        elif op is _sre.IN and 0 < len(av) <= _MAX_CLASS and all(o is _sre.LITERAL for o, _ in av):
            sub = frozenset(chr(c) for _, c in av)
        if sub:
            candidates.append(sub)
    close_run()
    candidates = [c for c in candidates if c and all(w and not any(ch.isspace() for ch in w) for w in c)]
    if not candidates:
        return None
    # the most selective: the longest shortest word, then the fewest words
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def gate(pattern: re.Pattern) -> tuple[str, ...] | None:
    """The words one of which every match of ``pattern`` contains, or None when the pattern has none
    to offer (then every text may match)."""
    # (kept by the pattern's text and flags: a compiled pattern hashes its whole program at each look-up,
    # its text keeps its hash)
    return _gate(pattern.pattern, pattern.flags)


@lru_cache(maxsize=None)
def _gate(source: str | bytes, flags: int) -> tuple[str, ...] | None:
    if flags & re.IGNORECASE or not isinstance(source, str):
        return None
    words = _required(_sre_parse.parse(source, flags))
    return tuple(sorted(words)) if words else None


_finders: dict[tuple[str | bytes, int], object] = {}  # (a pattern's text and flags, as gate keeps them)


def _finder(pattern: re.Pattern):
    """A test for ``pattern``'s gate words in a text: one scan in C (the gate words as one pattern)."""
    key = (pattern.pattern, pattern.flags)
    find = _finders.get(key)
    if find is None:
        words = gate(pattern)
        if words is None:
            find = _finders[key] = lambda text: True
        else:
            find = _finders[key] = re.compile("|".join(map(re.escape, words))).search
    return find


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False when ``text`` holds none of the words every match of ``pattern`` contains."""
    return _finder(pattern)(text) is not None


_compact: tuple | None = None  # (doc.lines, its text without whitespace) of the document being extracted


def compact_text(doc: Document) -> str:
    """The document's lines run together without whitespace, computed once per document: every
    paragraph, cell and line of it, whitespace removed, is a piece of this text."""
    global _compact
    cached = _compact
    if cached is not None and cached[0] is doc.lines:
        return cached[1]
    text = "".join("".join(doc.lines).split())
    _compact = (doc.lines, text)
    return text


def doc_may_match(pattern: re.Pattern, doc: Document) -> bool:
    """False when no text of ``doc`` can match ``pattern`` (the document lacks all its gate words).

    ``may_match(pattern, compact_text(doc))``, without making the compact text: a gate word is in the
    text without whitespace exactly when the lines joined by line breaks write its letters in order
    with only whitespace between them (``\\s`` and ``str.split`` take the same characters as space)."""
    words = gate(pattern)
    if words is None:
        return True
    text, (letters, scans) = doc.text(), _spaced_gates(words)
    return any(c in text for c in letters) or any(scan.search(text) is not None for scan in scans)


@lru_cache(maxsize=None)
def _spaced_gates(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[re.Pattern, ...]]:
    """The gate words, any whitespace allowed between their letters: (the words of one letter, found by a
    find in C; a scan per first letter of the others: re skips to a literal first letter in C, where an
    alternation of several first letters, a class, is tried at every character). A word holding another is
    left out (a match of it holds one of the other), and the scans of the shortest words go first (the most
    likely found early): the text has a match of one of these exactly when it has one of the alternation of
    all the words."""
    words = fewest_words(words)
    return tuple(w for w in words if len(w) == 1), first_letter_scans([w for w in words if len(w) > 1], r"\s*")


def first_letter_scans(words: list[str], spacer: str) -> tuple[re.Pattern, ...]:
    """One scan per first letter of ``words``, ``spacer`` allowed between their letters: ``re`` skips to a
    literal first letter in C, where an alternation of several first letters, a class, is tried at every
    character. The scans of the shortest words go first (the most likely found early). With no word holding
    another (``fewest_words``), the scans match where the alternation of all the words does."""
    firsts = sorted({w[0] for w in words}, key=lambda f: (min(len(w) for w in words if w[0] == f), f))
    return tuple(re.compile(re.escape(first) + "(?:" + "|".join(
        "".join(spacer + re.escape(c) for c in w[1:]) for w in words if w[0] == first) + ")")
        for first in firsts)



_joined: list = []  # [(paragraphs, their texts joined by line breaks)]: the lists of the document being read


def _joined_texts(paragraphs: list) -> str | None:
    """The paragraphs' texts joined by line breaks, once per paragraph list (a document's paragraphs
    and its prose paragraphs); None when a text holds a line break itself (then no index is read off)."""
    for cached, text in _joined:
        if cached is paragraphs:
            return text
    text = "\n".join([p.text for p in paragraphs])  # (a list: join sizes it once, no generator)
    if text.count("\n") != max(len(paragraphs) - 1, 0):
        text = None
    _joined[:] = [*_joined[-1:], (paragraphs, text)]
    return text


def paragraphs_may_match(pattern: re.Pattern, paragraphs: list) -> list[int] | range:
    """The indices, in order, of the paragraphs whose text ``may_match`` ``pattern``: one scan for the
    gate words over all the texts joined (a gate word holds no whitespace, so none spans two texts),
    instead of one call per paragraph."""
    if not paragraphs:
        return range(0)
    words = gate(pattern)
    text = _joined_texts(paragraphs) if words is not None else None
    if text is None:
        return [i for i, p in enumerate(paragraphs) if may_match(pattern, p.text)] if words is not None \
            else range(len(paragraphs))
    return lines_of_scans(_pivot_res(words) or (_gate_re(words),), text)


def lines_of_scans(scans: tuple[re.Pattern, ...], text: str) -> list[int]:
    """The indices, in order, of the lines of ``text`` where one of ``scans`` matches."""
    if len(scans) == 1:
        return _line_indices(scans[0], text)
    return sorted({i for scan in scans for i in _line_indices(scan, text)})


def lines_holding(doc: Document, words: tuple[str, ...]) -> list[int] | range:
    """The 0-based indices, in order, of the lines of ``doc`` that may hold one of ``words``: found by one
    scan of the text per word (a literal, which re skips to in C) instead of a test of every line, for words
    most lines do not hold; every line when a line holds a line break. The callers test the words again."""
    if not doc.lines_unbroken():
        return range(len(doc.lines))
    return lines_of_scans(tuple(map(_literal, words)), doc.text())


@lru_cache(maxsize=None)
def _literal(word: str) -> re.Pattern:
    """The word and the rest of its line: one match per line holding it, however often it holds it."""
    return re.compile(re.escape(word) + r"[^\n]*")


def _line_indices(pattern: re.Pattern, text: str) -> list[int]:
    """The indices, in order, of the lines of ``text`` where ``pattern`` matches (no match holds a line break)."""
    out: list[int] = []
    idx = last = 0
    # A pattern whose every match opens with one letter is scanned from the first one: str.find skips to it
    # in C several times faster than re tests each letter before it (a look back still sees those)
    first = _first_letter(pattern.pattern, pattern.flags)
    start = 0 if first is None else text.find(first)
    if start < 0:
        return out
    for m in pattern.finditer(text, start):
        idx += text.count("\n", last, m.start())
        last = m.start()
        if not out or out[-1] != idx:
            out.append(idx)
    return out


@lru_cache(maxsize=None)
def _first_letter(source: str | bytes, flags: int) -> str | None:
    """The letter every match of the pattern opens with (its first element a literal), else None."""
    if flags & re.IGNORECASE or not isinstance(source, str):
        return None
    items = _sre_parse.parse(source, flags)
    if len(items) and items[0][0] is _sre.LITERAL:
        return chr(items[0][1])
    return None


# The most scans opening with a literal that pay against one scan of the alternation (each is some five
# times faster than it on the texts of reports)
_MOST_SCANS = 4


def fewest_words(words: tuple[str, ...] | list[str]) -> list[str]:
    """The gate words without those holding another of them: a line holding such a word holds the other,
    so the lines with any of them are the same (自评得分 goes where 得分 is)."""
    return [w for w in words if not any(v != w and v in w for v in words)]


@lru_cache(maxsize=None)
def _gate_re(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, fewest_words(words))))


@lru_cache(maxsize=None)
def _pivot_res(words: tuple[str, ...]) -> tuple[re.Pattern, ...] | None:
    """The gate words as at most ``_MOST_SCANS`` scans that each open with one literal character: ``re``
    skips to a literal in a tight loop, but tests a class of first characters (the alternation's) at every
    character, several times slower on CJK text. Each scan is a character the words of its group share,
    then the rest of each word around it: ``分(?:(?<=得分)|(?<=总分)|…)``. A match starts inside a word
    instead of at it, on the same line (no word holds a line break), so the lines found are the
    alternation's. None when one word, or when the characters picked (the one most words hold, then
    again for the words left) take more scans: then the alternation's one scan is as fast."""
    left, scans = fewest_words(words), []
    if len(left) == 1:
        return None  # one word: its pattern opens with a literal already
    while left:
        if len(scans) == _MOST_SCANS:
            return None
        ch = max(sorted({c for w in left for c in w}), key=lambda c: sum(c in w for w in left))
        alternatives = []
        for w in (w for w in left if ch in w):
            at = w.index(ch)
            before = f"(?<={re.escape(w[: at + 1])})" if at else ""  # (a fixed-width look back to the word's start)
            alternatives.append(before + re.escape(w[at + 1:]))
        scans.append(re.compile(re.escape(ch) + "(?:" + "|".join(alternatives) + ")"))
        left = [w for w in left if ch not in w]
    return tuple(scans)
