"""Regions of organisations named with a zone after their city's short name."""

import pytest

from pipelines.extract.regions import Region, resolve_region


@pytest.mark.parametrize("department, province, city", [
    ("成都高新区科技创新局", "四川省", "成都市"),
    ("苏州工业园区社会事业局", "江苏省", "苏州市"),
    ("大连经开区财政局", "辽宁省", "大连市"),
    ("中共西安高新区工委宣传部", "陕西省", "西安市"),
])
def test_zone_after_a_short_city_name_resolves_to_the_city(department, province, city):
    assert resolve_region(department) == Region(province=province, city=city, district=None)


def test_full_place_names_still_take_precedence_over_the_zone_rule():
    assert resolve_region("天津市滨海新区信访局") == Region(province="天津市", city="天津市", district="滨海新区")


def test_a_short_name_not_followed_by_a_zone_word_is_not_a_place():
    assert resolve_region("成都路街道办事处") == Region()
    assert resolve_region("某某高新区信访局") == Region()


def test_county_made_a_city_after_the_gazetteer_keeps_its_new_name():
    # 监利县 became 监利市 (撤县设市); the gazetteer still lists the county
    assert resolve_region("监利市医疗保障局") == Region(province="湖北省", city="荆州市", district="监利市")
    # no county of that stem: nothing is invented; a real city is untouched
    assert resolve_region("某某市信访局") == Region()
    assert resolve_region("荆州市信访局").city == "荆州市"
