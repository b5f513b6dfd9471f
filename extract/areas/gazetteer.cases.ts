// Example cases for extract/areas/gazetteer.ts: they document the rules and are the tests.

export interface LookupCase {
  /** What a URL parameter or a user gives lookupArea. */
  input: string;
  /** The area it is looked up near (a code), if any. */
  near?: string;
  /** The code of the area expected, or null. */
  code: string | null;
  why: string;
}

export const LOOKUP_CASES: ReadonlyArray<LookupCase> = [
  // codes
  { input: "330803", code: "330803", why: "a county's code: 衢江区" },
  { input: "330800", code: "330800", why: "a city's code: 衢州市" },
  { input: "330000", code: "330000", why: "a province's code: 浙江省" },
  { input: "100000", code: "100000", why: "全国" },
  { input: " 330803 ", code: "330803", why: "spaces around" },
  { input: "330803000000", code: "330803", why: "the statistics bureau's 12 digits, at county level" },
  { input: "330803001000", code: null, why: "12 digits of a town: below county level" },
  { input: "339999", code: null, why: "no such code" },
  { input: "3308", code: null, why: "four digits are no code" },
  { input: "441900", code: "441900", why: "东莞市: a city without districts, one code" },
  { input: "810000", code: "810000", why: "香港特别行政区" },
  { input: "710000", code: "710000", why: "台湾省" },
  // full standard names
  { input: "衢江区", code: "330803", why: "full name" },
  { input: "衢州市", code: "330800", why: "full name of a city" },
  { input: "浙江省", code: "330000", why: "full name of a province" },
  { input: "全国", code: "100000", why: "the country" },
  { input: "中国", code: "100000", why: "the country" },
  { input: "龙游县", code: "330825", why: "a county" },
  { input: "江山市", code: "330881", why: "a county-level city" },
  { input: "北京市", code: "110000", why: "a municipality is a province" },
  { input: "广西壮族自治区", code: "450000", why: "an autonomous region" },
  { input: "恩施土家族苗族自治州", code: "422800", why: "an autonomous prefecture" },
  { input: "神农架林区", code: "429021", why: "a forestry district governed by its province" },
  { input: "仙桃市", code: "429004", why: "a county-level city governed by its province" },
  { input: "浦东新区", code: "310115", why: "a 新区" },
  { input: "嘉峪关市", code: "620200", why: "the city, over its one county-level unit of the same name" },
  // short forms
  { input: "衢江", code: "330803", why: "county short form" },
  { input: "衢州", code: "330800", why: "city short form" },
  { input: "浙江", code: "330000", why: "province short form" },
  { input: "广西", code: "450000", why: "广西壮族自治区 without nationality and suffix" },
  { input: "内蒙古", code: "150000", why: "内蒙古自治区" },
  { input: "新疆", code: "650000", why: "新疆维吾尔自治区" },
  { input: "宁夏", code: "640000", why: "宁夏回族自治区" },
  { input: "香港", code: "810000", why: "特别行政区 stripped" },
  { input: "恩施", code: "422800", why: "the prefecture holds 恩施市, which shares the short form" },
  { input: "伊犁", code: "654000", why: "伊犁哈萨克自治州: a long nationality may drop its 族" },
  { input: "双江", code: "530925", why: "双江拉祜族佤族布朗族傣族自治县: four nationalities stripped" },
  { input: "神农架", code: "429021", why: "林区 stripped" },
  { input: "六枝", code: "520203", why: "特区 stripped" },
  { input: "浦东", code: "310115", why: "新区 stripped" },
  { input: "吉林", code: "220000", why: "吉林省 holds 吉林市: the province" },
  { input: "吉林", near: "220204", code: "220200", why: "…but near 船营区 (in 吉林市), the city" },
  { input: "海南", code: "460000", why: "海南省 over 海南藏族自治州 and 海南区: the only one of the highest level" },
  { input: "海南", near: "630100", code: "632500", why: "…but near 西宁市, 青海's 海南藏族自治州" },
  { input: "西安", code: "610100", why: "西安市 over the 西安区 of 辽源 and 牡丹江" },
  { input: "朝阳", code: "211300", why: "朝阳市 over the 朝阳区 of 北京 and 长春" },
  { input: "朝阳", near: "110000", code: "110105", why: "in 北京, 北京's 朝阳区" },
  { input: "河南", code: "410000", why: "河南省 over 河南蒙古族自治县" },
  { input: "济源", code: "419001", why: "a county-level city governed by its province" },
  // ambiguous names
  { input: "西湖区", code: null, why: "杭州 and 南昌 both have one" },
  { input: "西湖区", near: "330803", code: "330106", why: "near 衢江区: 浙江's, in 杭州" },
  { input: "西湖区", near: "360100", code: "360103", why: "near 南昌市: 南昌's" },
  { input: "江北区", code: null, why: "宁波 and 重庆" },
  { input: "江北区", near: "330200", code: "330205", why: "near 宁波市" },
  { input: "江北区", near: "500000", code: "500105", why: "near 重庆市" },
  { input: "江北区", near: "500101", code: "500105", why: "near 万州区, in 重庆 (a municipality is its own city)" },
  { input: "朝阳区", code: null, why: "北京 and 长春" },
  { input: "朝阳区", near: "110108", code: "110105", why: "near 海淀区" },
  { input: "朝阳区", near: "220000", code: "220104", why: "near 吉林省" },
  { input: "朝阳区", near: "330803", code: null, why: "near 衢江区: neither is nearer" },
  { input: "普陀", near: "330000", code: "330903", why: "short form near 浙江省: 舟山's" },
  { input: "普陀", near: "310000", code: "310107", why: "near 上海市: 上海's" },
  { input: "鼓楼区", near: "320000", code: null, why: "江苏 has two (南京, 徐州): still ambiguous" },
  { input: "鼓楼区", near: "320100", code: "320106", why: "near 南京市" },
  // not areas
  { input: "", code: null, why: "empty" },
  { input: "all", code: null, why: "the dashboard's all is no area" },
  { input: "长三角", code: null, why: "a region, not an administrative area" },
  { input: "杜泽镇", code: null, why: "towns are below county level" },
  { input: "衢", code: null, why: "one character is no short form" },
  { input: "城", code: null, why: "one character" },
  { input: "区", code: null, why: "a suffix alone" },
  { input: "衢江区区", code: null, why: "no such name" },
];

/** ancestors(area) by code → the names expected, self first. */
export const ANCESTOR_CASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["330803", ["衢江区", "衢州市", "浙江省", "全国"]],
  ["330800", ["衢州市", "浙江省", "全国"]],
  ["330000", ["浙江省", "全国"]],
  ["100000", ["全国"]],
  ["110105", ["朝阳区", "北京市", "全国"]],
  ["500235", ["云阳县", "重庆市", "全国"]],
  ["110000", ["北京市", "全国"]],
  ["429004", ["仙桃市", "湖北省", "全国"]],
  ["441900", ["东莞市", "广东省", "全国"]],
  ["620201", ["嘉峪关市", "嘉峪关市", "甘肃省", "全国"]],
  ["810000", ["香港特别行政区", "全国"]],
];

/** cityOf / provinceOf by code → expected code (null: none). */
export const CITY_PROVINCE_CASES: ReadonlyArray<{ code: string; city: string | null; province: string | null; why: string }> = [
  { code: "330803", city: "330800", province: "330000", why: "a district" },
  { code: "330800", city: "330800", province: "330000", why: "a city is its own city" },
  { code: "330000", city: null, province: "330000", why: "a province has no city" },
  { code: "110000", city: "110000", province: "110000", why: "a municipality is both" },
  { code: "110105", city: "110000", province: "110000", why: "a district of a municipality" },
  { code: "500235", city: "500000", province: "500000", why: "a county of 重庆 (its 县 pseudo-city left out)" },
  { code: "429004", city: null, province: "420000", why: "governed by its province directly" },
  { code: "659001", city: null, province: "650000", why: "石河子市, governed by 新疆 directly" },
  { code: "441900", city: "441900", province: "440000", why: "a city without districts" },
  { code: "100000", city: null, province: null, why: "the country" },
  { code: "810000", city: null, province: "810000", why: "香港: a province-level unit without cities in the tables" },
];

/** within(inner, outer) by codes. */
export const WITHIN_CASES: ReadonlyArray<readonly [string, string, boolean]> = [
  ["330803", "330803", true],
  ["330803", "330800", true],
  ["330803", "330000", true],
  ["330803", "100000", true],
  ["330800", "330803", false],
  ["330803", "330400", false],
  ["330803", "320000", false],
  ["110105", "110000", true],
  ["100000", "330000", false],
  ["429004", "420000", true],
];
