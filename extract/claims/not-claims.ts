// Numbers that are not claims: dates and times, ages, ordinals and ranks,
// slogans and plan names, phone/street/issue numbers, list headings, model
// codes. Each rule looks only at the number and a few characters around it.

export interface NumberView {
  text: string;
  start: number;
  end: number;
  value: number;
  raw: string;
  chinese: boolean;
}

export interface NotClaimRule {
  id: string;
  test(n: NumberView): boolean;
}

const before = (n: NumberView, k: number) => n.text.slice(Math.max(0, n.start - k), n.start);
const after = (n: NumberView, k: number) => n.text.slice(n.end, n.end + k);

/** Quoted text around the number, if the number sits inside short quotes: “132”, “10+2”, "三个年". */
function insideShortQuote(n: NumberView): boolean {
  const b = before(n, 8);
  const a = after(n, 8);
  const open = Math.max(b.lastIndexOf("“"), b.lastIndexOf('"'), b.lastIndexOf("「"), b.lastIndexOf("‘"), b.lastIndexOf("'"));
  if (open < 0) return false;
  const closeRel = a.search(/[”"」’']/);
  if (closeRel < 0) return false;
  const inner = b.slice(open + 1) + n.raw + a.slice(0, closeRel);
  if (/[”"」’']/.test(b.slice(open + 1))) return false;
  return inner.length <= 10 && !/[,，。;；]/.test(inner);
}

/** 2幢301室, 5栋2单元: a building's number in an address (新建教学楼2幢 counts buildings). */
const ADDRESS_BUILDING = /^[栋幢棟]\s*(?:\d|[一二三四五六七八九十]+(?:单元|室|号|楼|层)|单元|室|号)/;

export const NOT_CLAIM_RULES: readonly NotClaimRule[] = [
  { id: "ordinal", test: (n) => /第$/.test(before(n, 1)) },
  // 前5个月, 首三季, 近3年来: a time span naming a period, not a measured duration
  { id: "period-span", test: (n) => (/[前首]$/.test(before(n, 1)) || /(?:^|[^接将附])近$|过去$|最近$|这$/.test(before(n, 2))) && /^(?:个)?(?:月|季|年(?!龄))/.test(after(n, 2)) },
  { id: "rank", test: (n) => /前$/.test(before(n, 1)) && /^(?:名|位|强)/.test(after(n, 1)) },
  { id: "year", test: (n) => Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100 && /^(?:年|\s*年)/.test(after(n, 2)) && !/^年(?:以上|多|余)/.test(after(n, 3)) && !n.chinese },
  { id: "chinese-year", test: (n) => n.chinese && /^[〇零一二三四五六七八九]{4}$/.test(n.raw) },
  { id: "month-day", test: (n) => Number.isInteger(n.value) && /^(?:月(?!份?(?:以上|多))|日(?![子元])|时|点(?![五六七八九\d])|分(?:钟)?(?![之])|秒)/.test(after(n, 2)) && !/个$/.test(before(n, 1)) },
  { id: "month-range-start", test: (n) => /^\s*[—\-–~至到]\s*(?:\d{1,2}月|[1-4一二三四]季)/.test(after(n, 5)) },
  // 1-3季度, 三季度: a quarter (a time), not a count (连续3个季度 counts, with 个)
  { id: "quarter", test: (n) => Number.isInteger(n.value) && n.value >= 1 && n.value <= 4 && /^季(?:度)?(?!以上)/.test(after(n, 2)) && !/个$/.test(before(n, 1)) },
  { id: "age", test: (n) => /^(?:周?岁)/.test(after(n, 2)) || /[年党工树]龄(?:超过?|达|满|近)?$/.test(before(n, 4)) },
  { id: "session", test: (n) => /^(?:届|大(?![型幅量])|中全会|次(?:党代会|全会|会议)|期(?!间)|版|号|楼|弄|路|单元|室|级|星|代|线|号线|批次)/.test(after(n, 3)) || ADDRESS_BUILDING.test(after(n, 4)) },
  { id: "slogan-quote", test: insideShortQuote },
  { id: "plus-formula", test: (n) => /^\s*[+＋]/.test(after(n, 2)) || /[+＋]\s*$/.test(before(n, 2)) },
  { id: "code", test: (n) => /[A-Za-z]$/.test(before(n, 1)) || (/^[A-Za-z]/.test(after(n, 1)) && !/^(?:gwh|gw|kwh|kw|mw|teu|km|m(?![a-z]))/i.test(after(n, 4))) },
  { id: "phone", test: (n) => /^\d{7,}$/.test(n.raw.replace(/[-\s]/g, "")) && (/^0/.test(n.raw) || /^1\d{10}$/.test(n.raw)) || /^[-－]\d{4,}/.test(after(n, 5)) },
  { id: "list-heading", test: (n) => /(?:^|\n)\s*[(（]?$/.test(before(n, 3)) && /^\s*[、.．)）]/.test(after(n, 2)) },
  // 几十集, 几百人: vague, not a figure
  { id: "vague-ji", test: (n) => /几$/.test(before(n, 1)) },
  // 一 alone is the indefinite article far more often than a count (一家企业, 一场活动)
  { id: "indefinite-one", test: (n) => n.chinese && n.value === 1 && !(/^倍/.test(after(n, 1)) && GROWTH_BY_MULTIPLE.test(before(n, 6))) },
  // fractions and multiples are not levels: 三分之一, 5倍 (a growth of 一倍 is read by candidates.ts)
  { id: "fraction", test: (n) => /^(?:分之|倍|成(?![本立为果效员交])|折)/.test(after(n, 2)) && !GROWTH_BY_MULTIPLE.test(before(n, 6)) },
  // 每千名老人, 每万人: the denominator of a rate, not a count
  { id: "per-denominator", test: (n) => /每$/.test(before(n, 1)) },
  // 12345市长热线, 12328服务热线: a service number
  { id: "hotline", test: (n) => /^(?:市长|政务|服务|便民|监督|投诉)?(?:热线|专线|平台|服务热线)/.test(after(n, 6)) },
  // “我4个孩子”: a person's own life, not a statistic
  { id: "personal", test: (n) => /[我你他她]$/.test(before(n, 1)) },
  // 时隔6年: time gone by, not a measured duration
  { id: "time-elapsed", test: (n) => /时隔|相隔|阔别$/.test(before(n, 2)) },
  // 《三年行动计划(2025—2027年)》: a span of years
  { id: "year-range", test: (n) => Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100 && /^\s*[—\-–~至到]\s*(?:19|20)\d\d年/.test(after(n, 8)) },
  // 开埠于1862年, 始建于1958年: a year of history, however early
  { id: "history-year", test: (n) => Number.isInteger(n.value) && n.value >= 1000 && n.value < 1900 && /^\s*年/.test(after(n, 2)) && !n.chinese },
  // 八十年代初, 90年代: a decade
  { id: "decade", test: (n) => /^(?:年代|世纪)/.test(after(n, 2)) },
  // 前移6个位次, 上升3位: a move in a ranking, no count; 两位数增长: double digits, no people (位 counts people)
  { id: "rank-move", test: (n) => /^个?位次/.test(after(n, 3)) || (/^位(?![数])/.test(after(n, 2)) && /(?:前移|上升|提升|下降|后移|前进|跃升|攀升)$/.test(before(n, 2))) },
  { id: "digits", test: (n) => /^位数/.test(after(n, 2)) },
  // 唐开元六年（718年）, 清光绪三十年（1904年）: a reign year's Western gloss, history
  { id: "era-gloss", test: (n) => /年\s*[（(]$/.test(before(n, 2)) && /^\s*年\s*[)）]/.test(after(n, 3)) },
  // 1名首席科技官+1家领军企业+N个高校院所: a formula
  { id: "formula-clause", test: (n) => hasPlusNear(n) && /[+＋]\s*[NnXx个]/.test(clauseAround(n)) },
];

/** 增长一倍, 提高2倍: a growth given as a multiple. */
export const GROWTH_BY_MULTIPLE = /(?:增长|提高|增加|提升|上涨)了?(?:近|约|超过?|逾)?$/;

/** A plus sign within 40 characters of the number (a bounded look: indexOf would run to the page's end). */
function hasPlusNear(n: NumberView): boolean {
  const to = Math.min(n.text.length, n.end + 40);
  for (let i = Math.max(0, n.start - 40); i < to; i++) {
    const c = n.text.charCodeAt(i);
    if (c === 0x2b || c === 0xff0b) return true;
  }
  return false;
}

function clauseAround(n: NumberView): string {
  const b = before(n, 40);
  const a = after(n, 40);
  return b.slice(Math.max(b.search(/[^,，。;；]*$/), 0)) + n.raw + a.split(/[,，。;；]/, 1)[0];
}

export function notClaimReason(n: NumberView): string | null {
  for (const rule of NOT_CLAIM_RULES) if (rule.test(n)) return rule.id;
  return null;
}

/** [text, number as written, expected reason or null] — the number is the first occurrence. */
export const NOT_CLAIM_CASES: readonly [string, string, string | null][] = [
  ["2025年5月20日 星期二", "2025", "year"],
  ["2025年5月20日 星期二", "20", "month-day"],
  ["4月24日下午", "4", "month-day"],
  ["总第3854期", "3854", "ordinal"],
  ["第十四届代表大会", "十四", "ordinal"],
  ["党的二十大精神", "二十", "session"],
  ["落实省委“132”总体工作部署", "132", "slogan-quote"],
  ["市委“10+2”重点工作", "10", "slogan-quote"],
  ["为辖区65岁以上老人", "65", "age"],
  ["党龄超30年的老同志", "30", "age"],
  ["咨询电话:0570-8888888", "0570", "phone"],
  ["一、加快项目建设", "一", "list-heading"],
  ["\n2.强化要素保障", "2", "list-heading"],
  ["一个综合性网络文学平台", "一", "indefinite-one"],
  ["8时30分", "8", "month-day"],
  ["货物吞吐量累计超3100万吨", "3100", null],
  ["连续20个月增速全省第一", "20", null],
  ["这件10余年的信访积案", "10", null],
  ["1—10月规上工业增加值", "1", "month-range-start"],
  ["1-3季度，全市GDP增长", "1", "month-range-start"],
  ["1-3季度，全市GDP增长", "3", "quarter"],
  ["一至三季度全縣GDP增長", "三", "quarter"],
  ["连续3个季度保持增长", "3", null],
  ["G60科创走廊", "60", "code"],
  ["年产50Gwh生产基地", "50", null],
  ["3号泊位", "3", "session"],
  ["住在小区2幢301室", "2", "session"],
  ["5棟2單元", "5", "session"],
  ["新建教学楼2幢", "2", null],
  ["建成标准厂房12栋，总面积", "12", null],
  ["进入全省前10名", "10", "rank"],
  ["今年前5个月,全市", "5", "period-span"],
  ["近3年累计投资超10亿元", "3", "period-span"],
  ["过去5年,全县GDP年均增长7%", "5", "period-span"],
  ["服务近10万人口", "10", null],
  ["4A级旅游景区", "4", "code"],
  ["建成5G基站", "5", "code"],
  ["每千名老人拥有社会养老床位52张", "千", "per-denominator"],
  ["可拨打12345市长热线反映", "12345", "hotline"],
  ["“我4个孩子都在外地打工", "4", "personal"],
  ["时隔6年,再次", "6", "time-elapsed"],
  ["《三年行动计划(2025—2027年)》", "2025", "year-range"],
  ["即1名首席科技官(博士)+1家领军企业+N个高校院所", "1", "formula-clause"],
  ["比上年增长一倍以上", "一", null],
  ["是去年的2倍", "2", "fraction"],
  ["九江港开埠于1862年", "1862", "history-year"],
  ["始建於1958年的老廠房", "1958", "year"],
  ["八十年代初，这里还是一片荒滩", "八十", "decade"],
  ["上世纪90年代", "90", "decade"],
  ["二十世纪八十年代", "八十", "decade"],
  ["全年完成1862万吨", "1862", null],
  ["唐开元六年（718年）置县", "718", "era-gloss"],
  ["综合排名较上年前移6个位次", "6", "rank-move"],
  ["在全省的位次上升3位", "3", "rank-move"],
  ["排名提升五个位次", "五", "rank-move"],
  ["连续20个月保持两位数增长", "两", "digits"],
  ["增速保持在两位数以上", "两", "digits"],
  ["全县共有专家3位", "3", null],
  ["新增院士工作站2个，引进博士5位", "5", null],
  ["東漢建安二十六年(221年)設縣", "221", "era-gloss"],
  ["北宋咸平三年（ 1000 年）建城", "1000", "history-year"], // (a year from 1000 on is history-year's)
  ["项目建设周期（3年）", "3", null],
];

/**
 * Rules that need the unit: small Chinese counts of generic things are rhetoric
 * (三个主攻方向, 四套班子, 三篇文章, 未来五年), not statistics; 亿元以上项目 is a
 * category; 24年军龄 is an age; 1名首席科技官+1家领军企业 is a formula.
 */
const WEAK_MEASURES = new Set(["个", "项", "篇", "套", "条", "种", "批", "次", "年", "大", "步", "类", "方面"]);

export function notClaimAfterUnit(n: NumberView, unit: string, afterUnit: string): boolean {
  // 连续五年, 已连续三年: a streak is a figure (unit 年), however small its Chinese numeral
  if (unit === "年" && /连续$/.test(before(n, 2))) return false;
  if (n.chinese && n.value < 10 && Number.isInteger(n.value) && WEAK_MEASURES.has(unit)) return true;
  // 5000吨级船舶, 千吨级泊位, 30万吨級碼頭: a class rating names a kind of ship or berth, it measures nothing
  if (/^[级級]/.test(afterUnit) && (unit === "吨" || unit === "千瓦" || unit === "人")) return true;
  // 万年县, 三门县, 六合区: a numeral inside a place's name
  if (n.chinese && /^[县區区市镇乡村縣鎮鄉]/.test(afterUnit)) return true;
  // 迈上千亿台阶: 台 starts the word 台阶 (a step), it counts no machines
  if (unit === "台" && /^阶/.test(afterUnit)) return true;
  // 年货物吞吐量超10亿吨的大港: the class a place joins, not its figure
  if (/^的?(?:大港|大关|大关口|俱乐部|行列)/.test(afterUnit)) return true;
  if (/^几/.test(n.raw)) return true;
  if (/^[万亿千百]$/.test(n.raw) && /^(?:以上|以下|级)/.test(afterUnit)) return true;
  if (unit === "年" && /^(?:的)?[\u4e00-\u9fa5]?龄/.test(afterUnit)) return true;
  if (/^\s*[+＋]/.test(afterUnit)) return true;
  // 千人规模的赛事, 亿吨大港: a class of things named by its size
  if (/^[万亿千百]$/.test(n.raw) && /^(?:规模|级|大港|大关|行列|俱乐部)/.test(afterUnit)) return true;
  // 10亿元以上项目11个, 50万元以上的行政村: a size class, the count follows
  // (规上工业: 年主营业务收入2000万元及以上的工业法人单位 — a statistical threshold, defined, not measured)
  if (/^及?(?:以上|以下)的?(?:项目|企业|工业企业|行政村|村|单位|重大项目|[\u4e00-\u9fa5]{0,3}法人|[\u4e00-\u9fa5]{0,3}企业)/.test(afterUnit)) return true;
  // 其中超10亿元项目3个, 引进逾5000万元的企业12家: 超/逾 a size names the class the count is of
  if (/(?:超|超过|逾)$/.test(before(n, 2)) && /^的?(?:项目|企业|工业企业|重大项目|产业项目)[\d一二三四五六七八九十两]/.test(afterUnit)) return true;
  // 全省山区26县第四: the group a rank is among
  if (/^第[一二三四五六七八九十\d]/.test(afterUnit)) return true;
  // 全省26个山区县之一, 11个设区市中排名第三: the size of a group the place is one of, or ranks in;
  // background, not a figure of the place (全市11个重点项目中，已开工8个 counts projects: no rank follows)
  if (/^[^，,。；;\d]{0,6}之一/.test(afterUnit) || /^[^，,。；;\d]{0,6}中(?:排名|排|位居|居|位列|名列|列)/.test(afterUnit)) return true;
  // | 亿元 |, a unit column's 万元, (单位：亿元): a table's unit cell names the unit of the figures beside it, it is no figure
  if (/^[万亿千百萬億]+$/.test(n.raw) && /(?:^|[|\t\n]|[单單]位[:：])[ \t]*$/.test(before(n, 4)) && /^[ \t]*(?:[|\t\n)）,，]|$)/.test(afterUnit)) return true;
  return false;
}

/** [text, number as written, unit, expected] */
export const AFTER_UNIT_CASES: readonly [string, string, string, boolean][] = [
  ["区四套班子领导", "四", "套", true],
  ["三个主攻方向", "三", "个", true],
  ["连续四个季度获得", "四", "季度", false],
  ["成功吸引了两家外贸企业", "两", "家", false],
  ["亿元以上项目7个", "亿", "元", true],
  ["拥有24年军龄的老兵", "24", "年", true],
  ["1名首席科技官+1家领军企业", "1", "人", false],
  ["这件10余年的信访积案", "10", "年", false],
  ["一场千人规模的赛事", "千", "人", true],
  ["跻身内河亿吨大港行列", "亿", "吨", true],
  ["10亿元以上项目11个", "10", "元", true],
  ["经营性收入50万元以上的行政村有97个", "50", "元", true],
  ["年主营业务收入2000万元及以上的工业法人单位", "2000", "元", true],
  ["统计范围为年营业收入500万元以上的商贸企业", "500", "元", true],
  ["年营业收入1000万元及以上的服务法人", "1000", "元", true],
  ["全年营业收入1000万元以上，同比增长", "1000", "元", false],
  ["增速居全省山区26县第四", "26", "县", true],
  ["作为全省26个山区县之一", "26", "个", true],
  ["是全国首批15个试点城市之一", "15", "个", true],
  ["系長三角27個中心區城市之一", "27", "個", true],
  ["在全省11个设区市中排名第三", "11", "个", true],
  ["在全国45个城市中位居第5", "45", "个", true],
  ["全市11个重点项目中，已开工8个", "11", "个", false],
  ["全省11个设区市全部实现正增长", "11", "个", false],
  ["总投资10亿元以上", "10", "元", false],
  ["其中超10亿元项目3个", "10", "元", true],
  ["引进逾5000万元的企业12家", "5000", "元", true],
  ["新引进超过5亿元产业项目4个", "5", "元", true],
  ["签约项目总投资超10亿元", "10", "元", false],
  ["共签约超10亿元项目，总投资", "10", "元", false],
  ["已连续五年位居全省首位", "五", "年", false],
  ["连续三年举办", "三", "年", false],
  ["三年行动计划", "三", "年", true],
  ["5000吨级船舶可常年通航", "5000", "吨", true],
  ["建设万吨级泊位", "万", "吨", true],
  ["可停靠30万吨級油輪", "30", "吨", true],
  ["完成货物吞吐量5000吨", "5000", "吨", false],
  ["万年县10个", "万", "年", true],
  ["萬年縣的主要指标", "萬", "年", true],
  ["年产三万吨的", "三", "吨", false],
  ["首个年吞吐量超10亿吨的大港", "10", "吨", true],
  ["跻身千亿元俱乐部", "千", "元", true],
  ["迈上千亿台阶", "千亿", "台", true],
  ["新增数控机床50台", "50", "台", false],
  ["吞吐量超10亿吨的港口有两个", "10", "吨", false],
  ["规上工业总产值 | 亿元 | 412.63 | 8.7", "亿", "元", true],
  ["工业总产值|亿元|412.63|8.7", "亿", "元", true],
  ["指標\n萬元\n1234", "萬", "元", true],
  ["出口总额\t亿美元\t19.88", "亿", "美元", true],
  ["（单位：万元）", "万", "元", true],
  ["| 税收 | 亿元", "亿", "元", true],
  ["| 5亿元 | 8.7", "5", "元", false],
  ["| 突破亿元 |", "亿", "元", false],
  ["项目投资超亿元，增长", "亿", "元", false],
  ["亿元以上项目7个", "亿", "元", true],
];
