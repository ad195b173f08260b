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
    assert resolve_region("天津市滨海新区信访局") == Region(province="天津市", city=None, district="滨海新区")


def test_a_short_name_not_followed_by_a_zone_word_is_not_a_place():
    assert resolve_region("成都路街道办事处") == Region()
    assert resolve_region("某某高新区信访局") == Region()


def test_county_made_a_city_after_the_gazetteer_keeps_its_new_name():
    # 监利县 became 监利市 (撤县设市); the gazetteer still lists the county
    assert resolve_region("监利市医疗保障局") == Region(province="湖北省", city="荆州市", district="监利市")
    # no county of that stem: nothing is invented; a real city is untouched
    assert resolve_region("某某市信访局") == Region()
    assert resolve_region("荆州市信访局").city == "荆州市"


# --- the current gazetteer (2025 codes) and the names it no longer lists ----------------------------

@pytest.mark.parametrize("department, province, city, district", [
    ("莱芜区教育局", "山东省", "济南市", "莱芜区"),      # 莱芜市 merged into 济南市 (2019)
    ("海安市财政局", "江苏省", "南通市", "海安市"),      # 海安县 made a city (2018)
    ("光明区统计局", "广东省", "深圳市", "光明区"),      # a district created in 2018
])
def test_places_created_or_renamed_since_2019_resolve(department, province, city, district):
    assert resolve_region(department) == Region(province=province, city=city, district=district)


def test_a_former_name_still_resolves_under_its_former_code():
    # 滦县 became 滦州市 in 2018: a report written before keeps the name it used
    assert resolve_region("滦县审计局") == Region(province="河北省", city="唐山市", district="滦县")
    assert resolve_region("滦州市审计局") == Region(province="河北省", city="唐山市", district="滦州市")
    # a county-level city made a district: 长乐市 -> 长乐区 (2017)
    assert resolve_region("长乐市档案馆") == Region(province="福建省", city="福州市", district="长乐市")


def test_a_municipality_has_no_city_level_for_its_counties_districts_or_own_departments():
    """A province-level municipality has no prefecture level: 巫山县, 渝北区 and the municipality's own bureaus
    have no city."""
    assert resolve_region("巫山县农业农村委员会") == Region(province="重庆市", city=None, district="巫山县")
    assert resolve_region("重庆市渝北区档案馆") == Region(province="重庆市", city=None, district="渝北区")
    assert resolve_region("北京市财政局") == Region(province="北京市", city=None, district=None)


def test_a_district_the_current_table_leaves_out_and_one_named_with_its_province_and_city():
    """重庆's 江北区 is missing from the current table while 宁波's is there: the 2021 table's entry stands in, so
    重庆市江北区 is 重庆's. 河北省石家庄市桥西区: of the 桥西区 of 河北省 (石家庄, 张家口), the one whose city is named."""
    assert resolve_region("重庆市江北区民政局") == Region(province="重庆市", city=None, district="江北区")
    assert resolve_region("宁波市江北区民政局") == Region(province="浙江省", city="宁波市", district="江北区")
    assert resolve_region("河北省石家庄市桥西区人民法院") == Region(province="河北省", city="石家庄市", district="桥西区")
    assert resolve_region("辽宁省鞍山市铁西区民政局") == Region(province="辽宁省", city="鞍山市", district="铁西区")


def test_autonomous_prefectures_and_counties_by_their_short_names():
    assert resolve_region("凉山州文化广播电视和旅游局") == Region(province="四川省", city="凉山彝族自治州")
    assert resolve_region("楚雄州统计局") == Region(province="云南省", city="楚雄彝族自治州")
    assert resolve_region("宽城县审计局") == Region(province="河北省", city="承德市", district="宽城满族自治县")
    # a county of a prefecture-level 州: the 州 is its city
    assert resolve_region("会东县审计局") == Region(province="四川省", city="凉山彝族自治州", district="会东县")
    assert resolve_region("阿拉善左旗财政局") == Region(province="内蒙古自治区", city="阿拉善盟", district="阿拉善左旗")
    # or the name without its peoples, the kind kept whole (双江自治县 for 双江拉祜族佤族布朗族傣族自治县)
    assert resolve_region("双江自治县茶叶和特色生物产业发展中心") == Region(
        province="云南省", city="临沧市", district="双江拉祜族佤族布朗族傣族自治县")


def test_a_zone_the_table_lists_with_a_code_is_no_county():
    assert resolve_region("苏州工业园区经济发展委员会") == Region(province="江苏省", city="苏州市", district=None)


def test_a_zone_named_alone_takes_the_city_written_before_it_in_the_document():
    region = resolve_region("青溪新区社会事业局", context="首页\n荆门市青溪新区2023年项目绩效自评报告")
    assert region == Region(province="湖北省", city="荆门市", district=None)
    assert region.found_in == "荆门市青溪新区"
    # nothing written before it: no place is invented
    assert resolve_region("青溪新区社会事业局", context="青溪新区2023年项目绩效自评报告") == Region()


def test_a_unit_without_a_place_takes_the_county_written_before_it():
    text = "部门:文山州丘北县青松小学\n项目支出绩效自评表"
    assert resolve_region("青松小学", context=text) == Region(province="云南省", city="文山壮族苗族自治州",
                                                             district="丘北县")


@pytest.mark.parametrize("department, district", [
    ("歙县青松小学", "歙县"),                      # a school
    ("歙县中医医院", "歙县"),                      # a hospital
    ("歙县南源镇人民政府", "歙县"),                # a township
    ("屯溪区某某街道办事处", "屯溪区"),            # a street office
])
def test_units_below_county_level_take_their_county_from_their_name(department, district):
    region = resolve_region(department)
    assert region.district == district and region.province == "安徽省"


def test_a_zone_of_its_own_name_after_its_citys_short_name_belongs_to_that_city():
    """大连金普新区, 青岛西海岸新区: a 新区 named after the city's short name and a name of its own is that city's (no
    district, as a zone is none)."""
    assert resolve_region("大连金普新区教育局") == Region(province="辽宁省", city="大连市", district=None)
    assert resolve_region("青岛西海岸新区教育和体育局") == Region(province="山东省", city="青岛市", district=None)
    assert resolve_region("成都路街道办事处") == Region()


@pytest.mark.parametrize("department, province, city", [
    ("株洲青枫经济技术开发区社会事务局", "湖南省", "株洲市"),     # the city's short name, then the zone's own name
    ("醴陵陶瓷高新区财政局", "湖南省", "株洲市"),                 # a county-level city's: its prefecture (no district)
    ("湖南湘水新区株洲管理委员会民生保障局", "湖南省", "株洲市"),  # the province's, and the city's part of the zone
    ("湖南湘水新区财政局", "湖南省", None),                       # the province's only
])
def test_a_zone_named_after_its_city_county_level_city_or_province_in_short_form(department, province, city):
    assert resolve_region(department) == Region(province=province, city=city, district=None)


def test_a_zone_by_its_own_name_under_a_header_naming_it_after_its_city():
    """青枫高新区商务局 on the site of 株洲青枫新技术开发区管理委员会: the zone's own name (青枫) before a zone word after the
    city's short name is that city's; a place of the same name that is no zone (青枫街道) gives nothing."""
    region = resolve_region("青枫高新区商务局", context="株洲青枫新技术开发区管理委员会\n首页 > 政务公开")
    assert region == Region(province="湖南省", city="株洲市", district=None)
    assert region.found_in == "株洲青枫新技术开发区"
    assert resolve_region("青枫高新区商务局", context="株洲市石峰区青枫街道办事处") == Region()


def test_a_city_bureaus_branch_named_after_a_district_of_that_city():
    """某市公安局某某分局: the branch of the city's district of that name (written with or without 区); a branch named
    after no district of that city (交警分局, 经开区分局) gives the city alone."""
    assert resolve_region("南昌市公安局东湖分局") == Region(province="江西省", city="南昌市", district="东湖区")
    assert resolve_region("南昌市自然资源局青山湖区分局").district == "青山湖区"
    assert resolve_region("南昌市公安局交警分局") == Region(province="江西省", city="南昌市", district=None)


@pytest.mark.parametrize("department, city, district", [
    ("科左后旗民政局", "通辽市", "科尔沁左翼后旗"),        # name, wing and rank by their first characters
    ("察右后旗审计局", "乌兰察布市", "察哈尔右翼后旗"),
    ("土右旗统计局", "包头市", "土默特右旗"),              # name and side
    ("乌前旗水利局", "巴彦淖尔市", "乌拉特前旗"),
    ("鄂前旗林业和草原局", "鄂尔多斯市", "鄂托克前旗"),
])
def test_a_banner_named_with_its_position_by_the_first_characters_of_its_parts(department, city, district):
    assert resolve_region(department) == Region(province="内蒙古自治区", city=city, district=district)


def test_an_autonomous_county_named_with_its_position_in_short():
    assert resolve_region("喀左县财政局") == Region(province="辽宁省", city="朝阳市", district="喀喇沁左翼蒙古族自治县")


def test_customary_short_names_of_banners_and_prefectures_no_rule_makes():
    assert resolve_region("达茂旗卫生健康委员会") == Region(province="内蒙古自治区", city="包头市", district="达尔罕茂明安联合旗")
    assert resolve_region("莫旗水利局") == Region(province="内蒙古自治区", city="呼伦贝尔市", district="莫力达瓦达斡尔族自治旗")
    assert resolve_region("博州统计局") == Region(province="新疆维吾尔自治区", city="博尔塔拉蒙古自治州")
    assert resolve_region("巴州审计局") == Region(province="新疆维吾尔自治区", city="巴音郭楞蒙古自治州")
    # a short name that opens another place's name is not read in it: 巴州区 is 巴中's
    assert resolve_region("巴州区审计局") == Region(province="四川省", city="巴中市", district="巴州区")


def test_a_market_after_a_citys_short_name_is_no_mention_of_the_city():
    """普陀区 is 上海's and 舟山's: the page naming 舟山市 once and 上海市场 (a market) twice is 舟山's."""
    text = "舟山市普陀区人民政府\n鱼货销往上海市场，上海市场占比提高。"
    assert resolve_region("普陀区农业农村局", context=text) == Region(province="浙江省", city="舟山市", district="普陀区")
    # the city written with something else after it still counts
    text = "上海市普陀区人民政府\n上海市民满意度提高。舟山市场"
    assert resolve_region("普陀区农业农村局", context=text) == Region(province="上海市", city=None, district="普陀区")


def test_a_zone_named_after_its_province_placed_in_a_city_by_the_text():
    """湖南某某新区 named after its province alone: 某某新区位于某市 in the text places it in that city; a city of
    another province is not taken."""
    region = resolve_region("湖南湘水新区财政局", context="湖南湘水新区位于长沙市西部，面积500平方公里。")
    assert region == Region(province="湖南省", city="长沙市", district=None)
    assert region.found_in == "湖南湘水新区位于长沙市"
    assert resolve_region("湖南湘水新区财政局", context="湖南湘水新区位于成都市西部。") == Region(province="湖南省")
    assert resolve_region("湖南湘水新区财政局", context="长沙市湖南湘水新区") == Region(province="湖南省")
