"""The fast paths of building the document (page furniture) give what the plain code gives."""

import itertools
import random
import re

try:
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _sre
    import sre_parse as _sre_parse

from pipelines import furniture as F
from pipelines.extract import vocabulary as V


def _first_chars(items) -> list:
    """What a match of the parsed pattern ``items`` may open with: characters, or ``\\d``'s category."""
    op, av = items[0]
    if op is _sre.LITERAL:
        return [chr(av)]
    if op is _sre.IN:
        out = []
        for o, a in av:
            if o is _sre.LITERAL:
                out.append(chr(a))
            elif o is _sre.RANGE:
                out.extend(map(chr, range(a[0], a[1] + 1)))
            else:
                assert o is _sre.CATEGORY and a is _sre.CATEGORY_DIGIT, (o, a)
                out.append(_sre.CATEGORY_DIGIT)
        return out
    if op is _sre.SUBPATTERN:
        return _first_chars(av[3])
    if op is _sre.BRANCH:
        return [c for alternative in av[1] for c in _first_chars(alternative)]
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
        return _first_chars(av[2])
    if op is _sre.CATEGORY:
        assert av is _sre.CATEGORY_DIGIT, av
        return [_sre.CATEGORY_DIGIT]
    raise AssertionError(f"a page number form opening with {op}: PAGE_NUMBER_OPENS cannot say")


def test_every_page_number_form_opens_with_a_character_the_look_ahead_lets_through():
    opens = re.compile(F.PAGE_NUMBER_OPENS, re.IGNORECASE)
    digits = [chr(c) for c in range(0x110000) if re.match(r"\d", chr(c), re.IGNORECASE)]
    for form in (*V.PAGE_NUMBER_FORMS, *V.BARE_PAGE_NUMBER_FORMS):
        for ch in _first_chars(list(_sre_parse.parse(form, re.IGNORECASE))):
            for c in digits if ch is _sre.CATEGORY_DIGIT else [ch, ch.upper(), ch.lower()]:
                assert opens.fullmatch(c), (form, c)


def _line_re_plain() -> re.Pattern:
    strong = "|".join(f"(?:{p})" for p in V.PAGE_NUMBER_FORMS)
    bare, frac = V.BARE_PAGE_NUMBER_FORMS
    return re.compile(rf"\n *(?:(?P<strong>{strong})(?: *\|)?|(?P<bare>{bare})|(?P<frac>{frac})) *(?=\n|$)", re.IGNORECASE)


def test_page_number_lines_found_with_the_look_ahead_are_the_plain_patterns():
    line_re, plain = F._patterns()[0], _line_re_plain()
    pieces = ["\n", " ", "- 3 -", "—12—", "第 2 页", "第2页 共5页", "共5页 第2页", "Page 3", "PAGE 3 of 5", "p. 7", "P.7",
              "3", "12", "2/5", "2 / 5", "某某", "某", "\t", "第", "共", "页", "-", "a", "١٢", "|", "— 第 2 页 共 3 页 —"]
    rnd = random.Random(8)
    texts = ["".join(t) for t in itertools.product(pieces, repeat=3)]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 20))) for _ in range(5000)]
    found = 0
    for text in texts:
        text = "\n" + text
        got = [(m.span(), m.lastgroup) for m in line_re.finditer(text)]
        assert got == [(m.span(), m.lastgroup) for m in plain.finditer(text)], repr(text)
        found += bool(got)
    assert found > 1000  # the texts hold page numbers of every kind
