// Example cases for extract/areas/places.ts: they document the rules and are the tests.

export interface PlaceCase {
  text: string;
  /** The article's home area, by code (衢江区 330803 unless said). */
  home?: string;
  /** The mentions expected, left to right: [text as found, area's full name or code]. */
  expect: ReadonlyArray<readonly [string, string]>;
  /** How each expected mention was found, when the case is about that. */
  via?: ReadonlyArray<string>;
  why: string;
}

const QUJIANG = "330803";
const QUZHOU = "330800";
const ZHEJIANG = "330000";
const JIAXING = "330400";

export const PLACE_CASES: ReadonlyArray<PlaceCase> = [
  // ---- full standard names
  { text: "中共衢州市衢江区委召开会议", expect: [["衢州市", "衢州市"], ["衢江区", "衢江区"]], via: ["name", "name"], why: "full names, 区委 does not hide them" },
  { text: "浙江省衢州市统计局发布", expect: [["浙江省", "浙江省"], ["衢州市", "衢州市"]], why: "province and city" },
  { text: "来自江苏省南京市的企业", expect: [["江苏省", "江苏省"], ["南京市", "南京市"]], why: "anywhere in the country" },
  { text: "广西壮族自治区和内蒙古自治区", expect: [["广西壮族自治区", "广西壮族自治区"], ["内蒙古自治区", "内蒙古自治区"]], why: "autonomous regions" },
  { text: "龙游县、江山市、常山县、开化县", expect: [["龙游县", "龙游县"], ["江山市", "江山市"], ["常山县", "常山县"], ["开化县", "开化县"]], why: "a list of full county names" },
  { text: "浦江县际超文具有限公司", expect: [["浦江县", "浦江县"]], why: "a company's seat is a place" },
  { text: "西湖区的项目", expect: [["西湖区", "330106"]], why: "ambiguous (杭州, 南昌): the one in the home province" },
  { text: "西湖区的项目", home: "360100", expect: [["西湖区", "360103"]], why: "…in a 南昌 paper, 南昌's" },
  { text: "江北区的项目", home: "330200", expect: [["江北区", "330205"]], why: "宁波's, for a 宁波 paper" },
  { text: "朝阳区的项目", expect: [], why: "北京 and 长春 both have one, neither near 衢江: nothing" },
  { text: "朝阳区的项目", home: "110000", expect: [["朝阳区", "110105"]], why: "in a 北京 paper, 北京's" },
  { text: "城区人口增长", expect: [], why: "城区 is a word before it is the 城区 of 阳泉, 晋城 or 汕尾" },
  { text: "振兴县域经济", expect: [], why: "兴县 is the seam of 振兴 and 县域" },
  { text: "管理县城建设", expect: [], why: "理县 is the seam of 管理 and 县城" },
  { text: "安徽和县的企业", expect: [["安徽", "安徽省"], ["和县", "和县"]], why: "a two-character name far from home needs its province before it" },
  // ---- short forms
  { text: "衢江经济运行稳中有进", expect: [["衢江", "衢江区"]], via: ["short"], why: "county short form" },
  { text: "衢州有礼", expect: [["衢州", "衢州市"]], why: "city short form" },
  { text: "浙江故事走向全球", expect: [["浙江", "浙江省"]], why: "province short form" },
  { text: "来自广西、内蒙古、新疆", expect: [["广西", "广西壮族自治区"], ["内蒙古", "内蒙古自治区"], ["新疆", "新疆维吾尔自治区"]], why: "short forms of autonomous regions" },
  { text: "北京、上海、深圳", expect: [["北京", "北京市"], ["上海", "上海市"], ["深圳", "深圳市"]], why: "municipalities and a far city" },
  { text: "平湖、嘉善、海宁规上工业增加值", home: JIAXING, expect: [["平湖", "平湖市"], ["嘉善", "嘉善县"], ["海宁", "海宁市"]], why: "county short forms of the home city" },
  { text: "作为影视重镇，东阳横店去年接待游客", home: ZHEJIANG, expect: [["东阳", "东阳市"]], why: "a county short form in the home province" },
  { text: "龙游的企业", expect: [["龙游", "龙游县"]], why: "龙游, a neighbour" },
  { text: "开化国家公园", expect: [["开化", "开化县"]], why: "开化 is rarely a verb in news: a place" },
  { text: "常山胡柚", expect: [["常山", "常山县"]], why: "常山" },
  { text: "吉林的粮食", home: "220100", expect: [["吉林", "吉林省"]], why: "in a 长春 paper, 吉林 is the province that holds both" },
  { text: "海南自贸港", expect: [["海南", "海南省"]], why: "the province, over 青海's 海南州" },
  { text: "上海浦东", expect: [["上海", "上海市"], ["浦东", "浦东新区"]], why: "a far county short form with its municipality before it" },
  { text: "江苏昆山、江阴、张家港", expect: [["江苏", "江苏省"], ["昆山", "昆山市"], ["江阴", "江阴市"], ["张家港", "张家港市"]], why: "far county short forms: a list with their province" },
  { text: "昆山、江阴、张家港", expect: [["昆山", "昆山市"], ["江阴", "江阴市"], ["张家港", "张家港市"]], why: "three characters (张家港) stand alone; the two-character ones lean on it through the list" },
  { text: "昆山的企业", expect: [], why: "a far two-character county short form alone needs a cue" },
  { text: "面对复杂多变的外部环境", expect: [], why: "杂多县 (青海) is the seam of 复杂 and 多变" },
  { text: "宁波舟山港完成江海联运量2.6亿吨", home: JIAXING, expect: [["宁波舟山港", "浙江省"]], why: "江海区 (江门) is the seam of 江海联运" },
  { text: "新增城镇就业10.2万人", home: JIAXING, expect: [], why: "增城区 (广州) is the seam of 新增 and 城镇" },
  { text: "打造创新平台", expect: [], why: "新平县 (云南) is the seam of 创新 and 平台" },
  { text: "在衢江区杜泽镇白水村", expect: [["衢江区", "衢江区"], ["杜泽镇", "衢江区"]], why: "白水县 (陕西) is no 白水村" },
  // ---- common words
  { text: "江山如画", expect: [], why: "an idiom" },
  { text: "江山就是人民，人民就是江山", expect: [], why: "江山 alone is a common word: it needs a cue" },
  { text: "江山、常山、开化三县", expect: [["江山", "江山市"], ["常山", "常山县"], ["开化", "开化县"]], why: "…a list with other places is one" },
  { text: "衢州江山的企业", expect: [["衢州", "衢州市"], ["江山", "江山市"]], why: "…and its city right before it is one" },
  { text: "江山经济开发区", home: "330881", expect: [["江山", "江山市"]], why: "…and so is the home county's own name" },
  { text: "乡村振兴", expect: [], why: "振兴区 (丹东)" },
  { text: "新建项目12个", expect: [], why: "新建区 (南昌)" },
  { text: "平安建设持续走深走实", expect: [], why: "平安区 (海东)" },
  { text: "绿水青山就是金山银山", expect: [], why: "青山区, 金山区" },
  { text: "战略合作与资源共享", expect: [], why: "合作市, 资源县" },
  { text: "新兴产业增加值", expect: [], why: "新兴县" },
  { text: "港口吞吐量", expect: [], via: [], why: "港口区 (防城港)" },
  { text: "阿里巴巴和朝阳产业", expect: [], why: "阿里地区, 朝阳市" },
  { text: "推进共同富裕", expect: [], why: "富裕县" },
  { text: "会同有关部门", expect: [], why: "会同县" },
  { text: "走出一条出海口", expect: [], why: "海口市 is the seam of 出海口" },
  { text: "广东中山、珠海", expect: [["广东", "广东省"], ["中山", "中山市"], ["珠海", "珠海市"]], why: "中山 with its province" },
  // ---- street addresses and other words
  { text: "中山路3号", expect: [], why: "a street" },
  { text: "中山东路与衢州大道交叉口", expect: [], why: "streets with a direction, an avenue" },
  { text: "湖南路", expect: [], why: "a street named after a province" },
  { text: "孙中山纪念馆", expect: [], why: "a person" },
  { text: "长江西岸", expect: [], why: "not 江西" },
  { text: "黄河南岸", expect: [], why: "not 河南" },
  { text: "钱塘江畔", expect: [], why: "not 钱塘区" },
  { text: "北京时间", expect: [], why: "a time zone" },
  // ---- regions
  { text: "长三角一体化", expect: [], why: "a region" },
  { text: "是华东唯一的枢纽", expect: [], why: "a region" },
  { text: "浙西南革命老区", expect: [], why: "a region" },
  { text: "山区26县第四", expect: [], why: "a group of counties" },
  { text: "登陆海外平台", expect: [], why: "abroad" },
  { text: "江南水乡", expect: [], why: "江南区 (南宁)" },
  // ---- towns
  { text: "杜泽镇白水村", expect: [["杜泽镇", "衢江区"]], via: ["town"], why: "a town → its county" },
  { text: "樟潭街道", expect: [["樟潭街道", "衢江区"]], why: "a street → its county" },
  { text: "在湖南镇鸣枪开跑", expect: [["湖南镇", "衢江区"]], why: "the town of 衢江 (one of two: the home's), not 湖南省" },
  { text: "大洲镇", expect: [["大洲镇", "衢江区"]], why: "three 大洲镇: the home county's" },
  { text: "溪口镇", expect: [["溪口镇", "龙游县"]], why: "eleven 溪口镇: the one in the home city (龙游)" },
  { text: "溪口镇", home: "330200", expect: [["溪口镇", "奉化区"]], why: "…and in a 宁波 paper, 宁波's" },
  { text: "石门镇", home: QUZHOU, expect: [["石门镇", "江山市"]], why: "in a 衢州 paper, 衢州's (江山)" },
  { text: "横店镇", home: QUJIANG, expect: [["横店镇", "东阳市"]], why: "one in the country: anywhere" },
  { text: "城关镇", expect: [], why: "dozens, none near: nothing" },
  { text: "全镇", expect: [], why: "no town" },
  { text: "部分乡镇", expect: [], why: "分乡镇 (a town) is the seam of 部分 and 乡镇" },
  { text: "对于城镇居民", expect: [], why: "于城镇 (a town) is the seam of 对于 and 城镇" },
  { text: "衢州高新区", expect: [["衢州", "衢州市"]], why: "高新区 is a town's name somewhere, and a generic word" },
  // ---- ports
  { text: "衢州港货物吞吐量", expect: [["衢州港", "衢州市"]], via: ["port"], why: "a city's port" },
  { text: "嘉兴港完成", home: JIAXING, expect: [["嘉兴港", "嘉兴市"]], via: ["port"], why: "a city's port" },
  { text: "湖州港", expect: [["湖州港", "湖州市"]], via: ["port"], why: "a city's port" },
  { text: "衢江港区", expect: [["衢江港区", "衢江区"]], via: ["port_area"], why: "a county's port area" },
  { text: "龙游港区完成150万吨", expect: [["龙游港区", "龙游县"]], via: ["port_area"], why: "a county's port area" },
  { text: "衢州衢江港区", expect: [["衢州", "衢州市"], ["衢江港区", "衢江区"]], via: ["short", "port_area"], why: "a city, then its county's port area" },
  { text: "宁波舟山港", expect: [["宁波舟山港", "浙江省"]], via: ["compound"], why: "two cities' port: their province" },
  { text: "嘉兴港口建设", expect: [["嘉兴港口", "嘉兴市"]], via: ["port"], why: "港口 after a city" },
  { text: "嘉兴港航管理中心", expect: [["嘉兴", "嘉兴市"]], via: ["short"], why: "港航 is no port: the city" },
  { text: "上海港", expect: [["上海港", "上海市"]], via: ["port"], why: "a municipality's port" },
  { text: "防城港", expect: [["防城港", "防城港市"]], via: ["short"], why: "a city whose name ends in 港" },
  { text: "全省港口", expect: [["全省", "浙江省"]], why: "全省 and the word 港口" },
  { text: "乍浦港区、独山港区、海盐港区", home: JIAXING, expect: [["乍浦港区", "平湖市"], ["独山港区", "平湖市"], ["海盐港区", "海盐县"]], via: ["port_area", "port_area", "port_area"], why: "a port area named after its town (乍浦镇, 独山港镇) is the town's county; 独山县 (贵州) has no port here" },
  { text: "平湖独山港区", home: JIAXING, expect: [["平湖", "平湖市"], ["独山港区", "平湖市"]], why: "独山 right after 平湖 is a part of 平湖: its town's port area" },
  { text: "江郎山·廿八都景区接待游客21.6万人次", home: QUZHOU, expect: [["廿八都景区", "江山市"]], via: ["town"], why: "a scenic area named after its town (廿八都镇)" },
  { text: "游客走进乍浦港区参观", expect: [["乍浦港区", "平湖市"]], why: "a far town's port area, unique in its province, read from a 衢江 paper" },
  { text: "全市43家A级景区和主要景区", home: QUZHOU, expect: [["全市", "衢州市"]], why: "near miss: a site word after no town's name names no place" },
  { text: "衢江区港产城融合", expect: [["衢江区", "衢江区"]], via: ["name"], why: "港产城 is a phrase, not a port" },
  { text: "香港和澳门", expect: [["香港", "香港特别行政区"], ["澳门", "澳门特别行政区"]], why: "香港 is no port of 香" },
  { text: "粤港澳大湾区", expect: [], why: "港澳" },
  // ---- collective words
  { text: "全区实现地区生产总值", expect: [["全区", "衢江区"]], via: ["collective"], why: "a county paper's 全区" },
  { text: "我区和本区", expect: [["我区", "衢江区"], ["本区", "衢江区"]], why: "我区, 本区" },
  { text: "增速领跑全市", expect: [["全市", "衢州市"]], why: "a county paper's 全市 is its city" },
  { text: "高于全省平均水平", expect: [["全省", "浙江省"]], why: "全省" },
  { text: "全国首个", expect: [["全国", "全国"]], via: ["collective"], why: "全国" },
  { text: "我国短剧市场", expect: [["我国", "全国"]], why: "我国" },
  { text: "全区", home: QUZHOU, expect: [], why: "a city paper's 全区 says no district" },
  { text: "我市和全市", home: QUZHOU, expect: [["我市", "衢州市"], ["全市", "衢州市"]], why: "a city paper" },
  { text: "全市", home: ZHEJIANG, expect: [], why: "a province paper's 全市 says no city" },
  { text: "全省", home: ZHEJIANG, expect: [["全省", "浙江省"]], why: "a province paper" },
  { text: "全市", home: "330881", expect: [["全市", "江山市"]], why: "a county-level city's paper: 全市 is itself" },
  { text: "全县城乡居民收入", home: "330825", expect: [["全县", "龙游县"]], why: "全县 before 城乡" },
  { text: "全市域推进", expect: [["全市域", "衢州市"]], why: "全市域 is the city's whole territory" },
  { text: "衢州全市实现", home: JIAXING, expect: [["衢州", "衢州市"], ["全市", "衢州市"]], why: "全市 right after a place is that place's" },
  { text: "浙江全省", home: QUJIANG, expect: [["浙江", "浙江省"], ["全省", "浙江省"]], why: "全省 right after a province" },
  { text: "全市场", expect: [], why: "the whole market" },
  { text: "全区域覆盖", expect: [], why: "the whole region" },
  { text: "全省份", expect: [], why: "all provinces" },
  { text: "全国性行业协会", expect: [], why: "an adjective: a nationwide body, not a national figure" },
  { text: "全国人大代表", expect: [], why: "an organ" },
  { text: "安全区", expect: [], why: "安全" },
  { text: "完全国产化", expect: [], why: "完全" },
  { text: "资本市场", expect: [], why: "资本" },
  { text: "日本市场", expect: [], why: "日本" },
  { text: "根本区别", expect: [], why: "根本" },
  // ---- the country
  { text: "中国短剧市场规模", expect: [["中国", "全国"]], via: ["country"], why: "中国" },
  { text: "中国式现代化衢江实践", expect: [["衢江", "衢江区"]], why: "a slogan" },
  { text: "中国人民银行", expect: [], why: "an organisation" },
  { text: "其中国家级赛事6场", expect: [], why: "其中 + 国家级" },
];

export interface HomeCase {
  hints: { source?: string | null; masthead?: string | null; url?: string | null };
  /** Full name of the home area, or null. */
  home: string | null;
  why: string;
}

export const HOME_CASES: ReadonlyArray<HomeCase> = [
  { hints: { source: "今日衢江" }, home: "衢江区", why: "a county paper" },
  { hints: { source: "衢州日报" }, home: "衢州市", why: "a city paper" },
  { hints: { source: "浙江日报" }, home: "浙江省", why: "a province paper" },
  { hints: { source: "嘉兴日报" }, home: "嘉兴市", why: "a city paper" },
  { hints: { source: "衢江发布" }, home: "衢江区", why: "a government account" },
  { hints: { source: "人民日报" }, home: "全国", why: "central media" },
  { hints: { source: "新华社" }, home: "全国", why: "central media" },
  { hints: { source: "光明日报" }, home: "全国", why: "central media (光明区 is no answer)" },
  { hints: { source: "中国青年报" }, home: "全国", why: "central media" },
  { hints: { source: "江山发布" }, home: "江山市", why: "a common word (江山) that an outlet's name is built on" },
  { hints: { source: "今日江山" }, home: "江山市", why: "今日 + place" },
  { hints: { source: "中山日报" }, home: "中山市", why: "中山 with 日报" },
  { hints: { source: "东方卫视" }, home: null, why: "东方 is no place here" },
  { hints: { source: "新华日报" }, home: null, why: "新华区 is in several cities: nothing" },
  { hints: { source: "香港商報" }, home: null, why: "a 香港 paper on the mainland: its 全省 is not 香港's" },
  { hints: { source: "潮新闻" }, home: null, why: "names no place" },
  { hints: {}, home: null, why: "nothing" },
  { hints: { source: null, masthead: "中共衢州市衢江区委主办 衢江传媒集团承办 2025年5月20日 星期二" }, home: "衢江区", why: "a masthead: the deepest place along the first" },
  { hints: { masthead: "衢州日报 QUZHOU RIBAO 2026年1月16日 星期五 第2版" }, home: "衢州市", why: "a masthead line" },
  { hints: { source: "今日衢江", masthead: "衢州日报" }, home: "衢江区", why: "the source first" },
  { hints: { source: "潮新闻", url: "https://example.cn/area/330803/2025/05/20/1.html" }, home: "衢江区", why: "a division code in the path" },
  { hints: { url: "https://example.cn/%E8%A1%A2%E5%B7%9E/news.html" }, home: "衢州市", why: "Chinese (encoded) in the path" },
  { hints: { url: "https://example.cn/news?city=%E5%98%89%E5%85%B4" }, home: "嘉兴市", why: "Chinese in a query value" },
  { hints: { url: "https://example.cn/news/2025/123456.html" }, home: null, why: "six digits that are no code" },
  { hints: { url: "not a url at all" }, home: null, why: "no URL" },
];
