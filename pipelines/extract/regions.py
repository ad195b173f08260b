"""Resolve the administrative divisions a department belongs to, from a gazetteer.

The gazetteer is the adcode table shipped with the ``cpca`` package (national statistical
division codes: 2 digits province, 2 city, 2 county-level). A department name is read as
``[省][市][区/县/县级市]<organisation>``; whatever level the name leaves out is filled from the
gazetteer when the lower level is unique in China (``盘龙区`` -> 昆明市, 云南省), or from the
cities and provinces the document mentions when it is not (``鼓楼区`` exists in four cities).
Municipalities (北京, 上海, 天津, 重庆) have no prefecture level: their city is the municipality.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
import importlib.util
from pathlib import Path

from pipelines.extract.vocabulary import DEVELOPMENT_ZONES

# The name a county takes when it becomes a county-level city: two or three characters, then 市.
_RENAMED_CITY = re.compile(r"^(?:中国共产党|中共)?(?P<stem>[\u4e00-\u9fff]{2,3}?)市")

_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


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


class Gazetteer:
    def __init__(self, places: list[Place]):
        self.by_code = {p.code: p for p in places}
        self.by_name: dict[str, list[Place]] = {}
        for p in places:
            if p.name not in _PLACEHOLDERS:
                self.by_name.setdefault(p.name, []).append(p)
        names = sorted(self.by_name, key=len, reverse=True)
        self.name_re = re.compile("|".join(map(re.escape, names)))
        # 成都高新区: a prefecture-level city's name without 市, right before a zone word.
        self.zone_cities: dict[str, list[Place]] = {}
        for p in places:
            if p.level == "city" and p.name.endswith("市") and len(p.name) >= 3:
                self.zone_cities.setdefault(p.name[:-1], []).append(p)
        self.zone_re = re.compile("^(?:中国共产党|中共)?(" + "|".join(map(re.escape, sorted(self.zone_cities, key=len, reverse=True)))
                                  + ")(?:" + "|".join(map(re.escape, DEVELOPMENT_ZONES)) + ")")

    def province_of(self, p: Place) -> Place | None:
        return self.by_code.get(p.code[:2] + "0000")

    def city_of(self, p: Place) -> Place | None:
        if p.level == "province":
            return None
        city = self.by_code.get(p.code[:4] + "00")
        if city is None or city.name in _PLACEHOLDERS:
            # municipality districts and 省直辖 counties: no prefecture-level city in between
            prov = self.province_of(p)
            return prov if prov is not None and prov.name.endswith("市") else None
        return city

    def region_of(self, p: Place) -> Region:
        prov = self.province_of(p)
        city = self.city_of(p) if p.level != "city" else p
        return Region(
            province=prov.name if prov else None,
            city=city.name if city else (p.name if p.level == "province" and p.name.endswith("市") else None),
            district=p.name if p.level == "district" else None,
        )

    def resolve(self, name: str | None, context: str = "") -> Region:
        """Region of an organisation ``name``; ``context`` (title, body) breaks ties."""
        if not name:
            return Region()
        found = self._prefix_names(name) or [
            m.group(0) for m in self.name_re.finditer(name) if len(m.group(0)) >= 3
        ]
        if not found:
            zone = self._zone_city(name.strip())
            return zone if zone != Region() else self._renamed_county(name.strip(), context)
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
            pool = consistent or candidates
            best = self._pick(pool, context)
            if best is None:
                return Region(district=pool[0].name if level == "district" else None,
                              city=pool[0].name if level == "city" else None)
            return self.region_of(best)
        return Region()

    def _zone_city(self, name: str) -> Region:
        """The city of a zone named in short form: 成都高新区科技创新局 -> 四川省 / 成都市."""
        m = self.zone_re.match(name)
        cities = self.zone_cities.get(m.group(1), []) if m else []
        return self.region_of(cities[0]) if len(cities) == 1 else Region()

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
        return Region(province=r.province, city=r.city, district=stem + "市")

    def _prefix_names(self, name: str) -> list[str]:
        """Place names the organisation's name starts with: 广州市黄埔区信访局 -> [广州市, 黄埔区]."""
        pos = len(name) - len(name.lstrip()) 
        for lead in ("中国共产党", "中共"):
            if name.startswith(lead, pos):
                pos += len(lead)
        out = []
        while (m := self.name_re.match(name, pos)) is not None:
            out.append(m.group(0))
            pos = m.end()
        return out

    def _consistent(self, p: Place, mentioned: set[str]) -> bool:
        parents = {p.code[:2] + "0000", p.code[:4] + "00"} - {p.code}
        named_parents = {c for c in mentioned if c != p.code and self.by_code[c].level != "district"}
        return not named_parents or bool(parents & named_parents)

    def _pick(self, pool: list[Place], context: str) -> Place | None:
        unique = {p.code: p for p in pool}
        if len(unique) == 1:
            return next(iter(unique.values()))
        # Several places share the name: the one whose city/province the document names most.
        def mentions(p: Place) -> int:
            parents = [x for x in (self.city_of(p), self.province_of(p)) if x is not None]
            return sum(context.count(x.name) for x in parents)

        ranked = sorted(unique.values(), key=mentions, reverse=True)
        if mentions(ranked[0]) > mentions(ranked[1]):
            return ranked[0]
        return None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    # Read the table without importing cpca itself, whose import loads pandas and its own matcher.
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the gazetteer package cpca is not installed: pip install cpca")
    path = Path(list(spec.submodule_search_locations)[0]) / "resources" / "adcodes.csv"
    data = path.read_text(encoding="utf-8")
    places = [Place(code=row["adcode"][:6], name=row["name"]) for row in csv.DictReader(data.splitlines())]
    return Gazetteer(places)


def resolve_region(department: str | None, context: str = "") -> Region:
    return gazetteer().resolve(department, context)
