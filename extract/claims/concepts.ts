// Concepts: what a figure measures, as statistical releases (统计公报,
// 经济运行情况, 政府工作报告) and local papers name it — 地区生产总值, 规上工业增加值,
// 进出口总额, 城镇居民人均可支配收入, 货物吞吐量, 签约项目 … Each concept is the stem
// of catalogue ids (../catalogue.ts): the measure (measures.ts) then picks the
// level, its `_growth`, a share or nothing (indicator.ts). Two concepts are
// resolved later from their surroundings: a batch's or a project's 总投资 and
// its project count (签约 / 开工 / 引进 / one project), and an enterprise's
// revenue (a drama base's is drama revenue).
//
// Words are matched in simplified characters (fold.ts folds stray traditional
// ones). All names are scanned by one regular expression, leftmost first:
// where two names could start at one place the more specific is listed first
// (外贸货物吞吐量 before 货物吞吐量); a name that starts earlier wins anyway
// (城镇居民人均可支配收入 over 人均可支配收入).
// Each row: its names, and cases — phrases that must name it (three phrasings
// or more, one in traditional characters, in our own words) and near misses
// that must not. concepts.test.ts runs them.

export interface ConceptRow {
  /** Catalogue stem (`macro.gdp` → macro.gdp / macro.gdp_growth), or a concept resolved later (`project.*`, `revenue`). */
  id: string;
  names: RegExp;
  /**
   * An area's total (throughput, visitors, GDP …): a segment or a kind named with it
   * (内河, 进港, 煤炭吞吐量, 景区接待游客) makes the figure a part of it.
   */
  total?: boolean;
  /** Only a change names this concept (经济增长 is GDP growth; 经济总量 is no growth). */
  changeOnly?: boolean;
  match: readonly string[];
  miss: readonly string[];
}

const row = (id: string, names: RegExp, match: readonly string[], miss: readonly string[], extra: Partial<ConceptRow> = {}): ConceptRow => ({ id, names, match, miss, ...extra });

export const CONCEPTS: readonly ConceptRow[] = [
  // --- GDP and the three sectors
  row("macro.gdp_per_capita", /人均(?:地区)?生产总值|人均GDP/, ["人均地区生产总值", "全市人均GDP", "人均生產總值"], ["地区生产总值", "人均可支配收入"]),
  row("agriculture.value_added", /(?:第一产业|一产|农林牧渔业?(?:及其?服务业)?)增加值/, ["第一产业增加值", "农林牧渔业增加值", "農林牧漁業增加值", "一产增加值"], ["农林牧渔业总产值", "农业产值", "第二产业增加值"], { total: true }),
  row("industry.secondary_value_added", /(?:第二产业|二产)增加值/, ["第二产业增加值", "二产增加值", "第二產業增加值"], ["规上工业增加值", "第三产业增加值"], { total: true }),
  row("services.value_added", /(?:第三产业|三产|服务业)增加值/, ["第三产业增加值", "服务业增加值", "服務業增加值", "三产增加值"], ["服务业营业收入", "第二产业增加值"], { total: true }),
  row("industry.value_added", /规(?:模以)?上工业增加值/, ["规上工业增加值", "规模以上工业增加值", "規模以上工業增加值"], ["工业增加值", "规上工业总产值", "高新技术产业增加值"], { total: true }),
  row("industry.output", /规(?:模以)?上工业(?:总)?产值/, ["规上工业总产值", "规模以上工业产值", "規上工業總產值"], ["工业增加值", "农林牧渔业总产值"], { total: true }),
  row("industry.hightech", /高(?:新)?技术产业增加值/, ["高新技术产业增加值", "高技术产业增加值", "高新技術產業增加值"], ["高新技术产业投资", "规上工业增加值"]),
  row("macro.gdp", /地区生产总值|本地生产总值|生产总值|GDP|经济总量/, ["地区生产总值", "全市GDP", "經濟總量", "生产总值", "本地生產總值"], ["人均地区生产总值", "农林牧渔业总产值", "工业总产值"], { total: true }),
  row("macro.gdp_change", /经济(?:按年)?(?:实质)?(?:增长|增速)|经济增幅/, ["经济增长", "经济增速", "經濟增長"], ["经济总量", "数字经济增加值"], { changeOnly: true }),
  // --- industry and innovation
  row("industry.rd_intensity", /研发(?:投入|经费)?强度|R&D(?:经费)?(?:投入)?强度/, ["研发投入强度", "R&D经费投入强度", "研發投入強度"], ["研发投入", "研发人员"]),
  row("industry.rd_spend", /研究与试验发展(?:\(R&D\)|（R&D）)?经费(?:支出|投入)?|R&D经费(?:支出|投入)?|研发(?:经费)?(?:投入|支出|费用)/, ["研发投入", "R&D经费支出", "研發經費投入", "研究与试验发展经费支出"], ["研发人员", "研发中心", "研发投入强度"]),
  row("industry.capacity", /年产(?!值|量)(?:能)?|产能|年生产能力|生产能力/, ["年产", "设计产能", "年生產能力", "产能"], ["年产值", "产值"]),
  // --- investment
  row("investment.manufacturing", /制造业投资/, ["制造业投资", "全市制造业投资", "製造業投資"], ["制造业增加值", "工业投资"]),
  row("investment.hightech", /高(?:新)?技术产业投资|高(?:新)?技术制造业投资/, ["高新技术产业投资", "高技术产业投资", "高新技術產業投資"], ["高新技术产业增加值", "制造业投资"]),
  row("investment.industrial", /工业投资|工业性投资/, ["工业投资", "全区工业投资", "工業投資"], ["工业增加值", "制造业投资"]),
  row("investment.infrastructure", /基础设施(?:建设)?投资|基建投资/, ["基础设施投资", "基础设施建设投资", "基礎設施投資"], ["基础设施项目", "基础设施类项目"]),
  row("investment.real_estate", /房地产(?:开发)?投资/, ["房地产开发投资", "房地产投资", "房地產開發投資"], ["房地产销售面积", "商品房销售额"]),
  row("investment.private", /民间投资/, ["民间投资", "全省民间投资", "民間投資"], ["民间资本", "民营企业"]),
  row("investment.fixed_asset", /固定资产投资|固投|有效投资/, ["固定资产投资", "全社会固定资产投资", "固定資產投資", "有效投资"], ["固定资产", "资产总额"], { total: true }),
  row("investment.funds_in_place", /(?:招商引资)?到位资金|实际到位(?:资金|内资)|到位内资/, ["招商引资到位资金", "实际到位资金", "到位資金"], ["资金缺口", "引导资金"]),
  row("investment.fdi", /实际(?:使用|利用)外资|实到外资|利用外资/, ["实际使用外资", "实际利用外资", "實際使用外資"], ["外资企业", "外贸企业"]),
  row("project.investment", /计划总投资|总投资额?|投资总额|签约(?:总)?金额|投资金额|协议投资/, ["总投资", "计划总投资", "總投資", "签约金额"], ["年度计划投资", "完成投资", "固定资产投资"]),
  row("project.count", /项目(?![组部])/, ["签约项目", "开工项目", "項目"], ["项目组", "项目部"]),
  row("investment.enterprises_attracted", /(?:引进|招引|入驻|入区|落户|吸引)[^，,。；;、]{0,6}?企业|入驻企业|入区企业|落户企业|企业(?:签约)?(?:入驻|落户|入区)/, ["引进企业", "入驻企业", "入區影視企業", "吸引了企业", "影视企业签约入驻"], ["企业家", "规上企业"]),
  // --- services, trade, money
  row("services.retail_sales", /社会消费品零售总额|社零总额|社零|消费品零售总额/, ["社会消费品零售总额", "社零总额", "社會消費品零售總額"], ["零售额", "网络零售额"], { total: true }),
  row("services.online_retail", /网络零售额|网上零售额/, ["网络零售额", "网上零售额", "網絡零售額"], ["社会消费品零售总额", "零售网点"]),
  row("services.trade", /(?:外贸|货物贸易)?进出口(?:总额|总值|额)?|外贸总额|对外贸易总额/, ["进出口总额", "外贸进出口", "進出口總額", "货物贸易进出口"], ["出口", "进口"], { total: true }),
  row("services.exports", /出口(?:总额|总值|额)?(?!企业|产品|商品|型|退税|转内销)/, ["出口总额", "出口", "出口額"], ["进出口", "出口企业"]),
  row("services.imports", /进口(?:总额|总值|额)?(?!企业|产品|商品|博览)/, ["进口总额", "进口", "進口額"], ["进出口", "出口"]),
  row("macro.fiscal_total", /财政总收入/, ["财政总收入", "全县财政总收入", "財政總收入"], ["一般公共预算收入", "财政支出"], { total: true }),
  row("macro.fiscal_revenue", /(?:地方)?一般公共预算收入|地方财政收入/, ["一般公共预算收入", "地方一般公共预算收入", "一般公共預算收入", "地方财政收入"], ["一般公共预算支出", "财政总收入"], { total: true }),
  row("macro.urban_income", /城镇(?:常住)?居民(?:人均)?(?:可支配)?收入/, ["城镇居民人均可支配收入", "城镇常住居民人均可支配收入", "城鎮居民人均可支配收入", "城镇居民收入"], ["农村居民人均可支配收入", "城镇化率"]),
  row("macro.rural_income", /农村(?:常住)?居民(?:人均)?(?:可支配)?收入|农民人均(?:可支配)?收入|农民收入/, ["农村居民人均可支配收入", "农民人均可支配收入", "農村居民人均可支配收入", "农民收入"], ["城镇居民人均可支配收入", "村集体收入"]),
  row("macro.disposable_income", /(?:全体)?居民人均可支配收入|人均可支配收入|居民收入/, ["全体居民人均可支配收入", "居民人均可支配收入", "居民人均可支配收入", "人均可支配收入"], ["城镇居民人均可支配收入", "人均消费支出"]),
  row("macro.deposits", /存款余额|各项存款|本外币存款/, ["本外币存款余额", "各项存款", "存款餘額"], ["贷款余额", "存款利率"]),
  row("macro.loans", /贷款余额|各项贷款|本外币贷款/, ["本外币贷款余额", "各项贷款", "貸款餘額"], ["存款余额", "贷款利率"]),
  row("macro.cpi", /居民消费价格(?:指数)?|CPI|消费价格指数/, ["居民消费价格", "CPI", "居民消費價格指數"], ["消费品零售", "工业生产者价格"], { changeOnly: true }),
  // --- ports
  row("port.design_capacity", /设计(?:年)?(?:吞吐|通过)(?:量|能力)|(?:年)?(?:吞吐|通过)能力/, ["设计年吞吐量", "年通过能力", "設計吞吐能力", "吞吐能力"], ["货物吞吐量", "设计单位"]),
  row("port.foreign_trade_throughput", /外贸(?:货物)?吞吐量/, ["外贸货物吞吐量", "外贸吞吐量", "外貿貨物吞吐量"], ["外贸集装箱吞吐量", "内贸货物吞吐量"], { total: true }),
  row("port.container_throughput", /集装箱(?:吞吐量|运量|量)?/, ["集装箱吞吐量", "集装箱", "集裝箱吞吐量"], ["货物吞吐量", "件杂货"], { total: true }),
  row("port.road_to_water", /公转水/, ["公转水货运量", "“公转水”运量", "公轉水"], ["水转公", "公路运输"]),
  row("port.cargo_throughput", /(?:货物|港口)?吞吐量|货运吞吐量|港口货运量/, ["货物吞吐量", "港口吞吐量", "貨物吞吐量", "吞吐量"], ["设计年吞吐量", "集装箱吞吐量"], { total: true }),
  row("port.berths", /泊位/, ["泊位", "生产性泊位", "泊位数"], ["航道", "锚地"]),
  row("port.routes", /航线/, ["航线", "适水航线", "航線"], ["航道", "线路"]),
  row("port.vessel_calls", /航次|艘次|进出港船舶|船舶进出港/, ["航次", "艘次", "進出港船舶"], ["船舶吨位", "船员"]),
  row("port.logistics_cost_saved", /(?:节约|节省|降低)[^，,。；;]{0,6}(?:物流|运输)(?:成本|费用)|(?:物流|运输)成本/, ["节约物流成本", "节省运输成本", "節約物流成本", "物流成本"], ["物流园", "运输企业"]),
  // --- short drama
  row("drama.market_size", /市场规模/, ["微短剧市场规模", "市场规模", "市場規模"], ["市场主体", "产业规模"]),
  row("drama.crews", /剧组/, ["剧组", "短剧剧组", "劇組"], ["剧本", "剧集"]),
  row("drama.overseas", /出海|海外|走出国门|境外|国外/, ["出海", "登陆海外", "走出國門", "境外"], ["海关", "国内"]),
  row("drama.revenue_chain", /(?:全)?产业链(?:产值|规模)|短剧(?:营收|收入|产值)/, ["全产业链产值", "产业链规模", "短劇營收"], ["产业链条", "产业链招商"]),
  row("drama.produced", /(?:拍摄|制作|出品|上线|创作|生产)[^，,。；;]{0,6}(?:短剧|微短剧|剧)|短剧|微短剧/, ["拍摄短剧", "制作微短剧", "拍攝短劇", "短剧"], ["剧组", "剧场"]),
  // --- tourism, agriculture
  row("tourism.revenue", /旅游(?:综合|总)?收入|旅游消费|旅游总消费/, ["旅游收入", "旅游综合收入", "旅遊總收入"], ["旅游人数", "旅游项目"], { total: true }),
  // 接待 alone (分别接待98.7万人次): visitors when the unit is 人次; 接待剧组 names crews (剧组 is named later)
  row("tourism.visitors", /游客|旅游人数|旅游人次|游客量|接待/, ["接待游客", "旅游人数", "遊客", "分别接待"], ["导游", "旅游收入"], { total: true }),
  row("agriculture.grain_output", /粮食(?:总)?产量/, ["粮食总产量", "粮食产量", "糧食總產量"], ["粮食播种面积", "粮食收购"], { total: true }),
  // 总产量 after 粮食播种面积…: grain when the sentence is about grain (indicator.ts)
  row("agriculture.output_total", /总产量/, ["总产量", "全年总产量", "總產量"], ["粮食产量", "总产值"], { total: true }),
  // --- an enterprise's revenue and tax (a base's, a park's): resolved to drama revenue in a drama context
  // 产值 alone: a short-drama industry's output is drama revenue; elsewhere it names no series (indicator.ts)
  row("output_value", /(?<![总年])产值/, ["产值力争达到", "带动相关产值", "產值"], ["总产值", "年产值", "短剧产值"]),
  row("revenue", /营业收入|营收|销售收入|主营业务收入|净服务收入|服务收入|销售额/, ["营业收入", "实现营收", "營業收入", "销售收入"], ["营业执照", "可支配收入"]),
  row("industry.tax", /纳税|税收|缴税|实缴税金|税金/, ["纳税", "税收", "納稅", "实缴税金"], ["税率", "减税降费"]),
];

export interface ConceptMention {
  row: ConceptRow;
  /** Offsets in the text searched. */
  start: number;
  end: number;
}

// One pass for all names: group i + 1 is CONCEPTS[i]
const ALL = new RegExp(CONCEPTS.map((r) => `(${r.names.source})`).join("|"), "g");

/** Every concept named in `text` (simplified characters), in order. */
export function conceptsIn(text: string): ConceptMention[] {
  const out: ConceptMention[] = [];
  ALL.lastIndex = 0;
  for (let m = ALL.exec(text); m; m = ALL.exec(text)) {
    let i = 1;
    while (m[i] === undefined) i++;
    out.push({ row: CONCEPTS[i - 1], start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) ALL.lastIndex++;
  }
  return out;
}

/** The concept named last in `text` (nearest a number that follows it), or null. */
export function lastConcept(text: string): ConceptMention | null {
  const all = conceptsIn(text);
  return all.length ? all[all.length - 1] : null;
}
