// The indicator catalogue, kept as data: what a dashboard charts. Each entry
// says which claims belong to it: the canonical unit, cue patterns that must
// appear in the claim's context (its metric and clause), and optionally that it
// is a running total. The database seeds its indicators table from INDICATORS.
import type { IndicatorDef, IndicatorKind, Measure, SectorId } from "./types";

export interface IndicatorRule extends IndicatorDef {
  /** Every pattern must match the claim's context. */
  cues: readonly RegExp[];
  /** None of these may match. */
  exclude?: readonly RegExp[];
  /** Only for running totals (true) or only for period figures (false). */
  cumulative?: boolean;
  /** Other units the indicator accepts (e.g. 万吨 is already 吨; 标箱 is TEU). */
  units?: readonly string[];
  /**
   * The indicator exists in every sector (an enterprise's revenue or tax): the claim's sector
   * comes from its context, not from the indicator.
   */
  sectorFromContext?: boolean;
}

/** A series' kind follows from its measure unless the rule says it is an event. */
const KIND_OF_MEASURE: Record<Measure, IndicatorKind> = { level: "level", cumulative: "running", change_pct: "rate", share_pct: "rate" };

const GROWTH = /增长|增速|增幅|同比|环比|提高|上升|下降/;

const def = (
  id: string,
  nameZh: string,
  nameEn: string,
  sector: SectorId,
  unit: string,
  measure: Measure,
  cues: readonly RegExp[],
  extra: Partial<Pick<IndicatorRule, "exclude" | "cumulative" | "units" | "sectorFromContext" | "kind">> = {},
): IndicatorRule => ({ id, nameZh, nameEn, sector, unit, measure, kind: KIND_OF_MEASURE[measure], cues, ...extra });

/** Most specific first: the first rule that matches a claim wins. */
export const INDICATOR_RULES: readonly IndicatorRule[] = [
  // port & logistics
  def("port.container_throughput", "集装箱吞吐量", "Container throughput", "port", "TEU", "level", [/集装箱/]),
  def("port.road_to_water", "“公转水”运量", "Road-to-water freight volume", "port", "吨", "level", [/公转水/]),
  def("port.cargo_throughput_growth", "货物吞吐量增速", "Cargo throughput growth", "port", "%", "change_pct", [/吞吐量/, GROWTH]),
  def("port.cargo_throughput_cumulative", "货物吞吐量(累计)", "Cargo throughput (cumulative)", "port", "吨", "cumulative", [/吞吐量/], { cumulative: true }),
  def("port.cargo_throughput", "货物吞吐量", "Cargo throughput", "port", "吨", "level", [/吞吐量|作业量|装卸量|运量|运了/]),
  def("port.vessel_calls", "船舶航次", "Vessel calls", "port", "航次", "level", [/航次|艘次|船舶|货轮/], { units: ["艘", "艘次"] }),
  def("port.routes", "航线", "Shipping routes", "port", "条", "level", [/航线/]),
  def("port.logistics_cost_saved", "节约物流成本", "Logistics cost saved", "port", "元", "level", [/节约|节省|降低/, /物流|运输|运费/]),
  // investment & projects
  def("investment.hightech_growth", "高新技术产业投资增速", "High-tech investment growth", "investment", "%", "change_pct", [/高新技术产业投资|高技术产业投资/]),
  def("investment.fixed_asset_growth", "固定资产投资增速", "Fixed-asset investment growth", "investment", "%", "change_pct", [/固定资产投资|有效投资/]),
  def("investment.fixed_asset", "固定资产投资", "Fixed-asset investment", "investment", "元", "level", [/固定资产投资/]),
  def("investment.signed_investment", "签约项目总投资", "Investment of signed projects", "investment", "元", "level", [/签约/, /投资/], { kind: "event" }),
  def("investment.projects_signed", "签约项目数", "Projects signed", "investment", "个", "level", [/签约/], { units: ["项", "家"], kind: "event" }),
  def("investment.projects_landed", "落地项目数", "Projects landed", "investment", "个", "level", [/落地|引进|开工|竣工|投产|招引/, /项目/], { units: ["项"] }),
  // 产业类项目67个, 民生及社会事业类项目37个: a count of projects of a kind
  def("investment.projects", "项目数", "Projects", "investment", "个", "level", [/类项目/], { units: ["项"], exclude: [/实事|民生实事/] }),
  def("investment.project_investment", "项目投资额", "Project investment", "investment", "元", "level", [/投资|亿元以上/], { exclude: [/研发/], kind: "event" }),
  def("investment.enterprises_attracted", "引进企业数", "Enterprises attracted", "investment", "家", "level", [/引进|招引|入驻/, /企业|公司/]),
  // short drama & digital culture
  def("drama.produced", "拍摄短剧", "Short dramas produced", "drama", "部", "level", [/拍摄|制作|出品|上线|推出|生产/, /剧/]),
  def("drama.overseas", "出海短剧", "Short dramas released overseas", "drama", "部", "level", [/海外|出海|国外|境外/]),
  def("drama.revenue", "短剧营收", "Short-drama revenue", "drama", "元", "level", [/营收|收入|产值|销售额/, /剧|影视/]),
  // macro
  // 占GDP比重 is a share of GDP (R&D, digital economy …), not its growth
  def("macro.gdp_growth", "GDP增速", "GDP growth", "macro", "%", "change_pct", [/GDP|生产总值/], { exclude: [/占(?:全[国省市县区])?(?:GDP|地区生产总值|生产总值)/] }),
  def("macro.gdp", "地区生产总值", "GDP", "macro", "元", "level", [/GDP|生产总值/]),
  def("macro.fiscal_revenue", "一般公共预算收入", "Fiscal revenue", "macro", "元", "level", [/财政(?:总)?收入|一般公共预算收入/]),
  def("macro.disposable_income_growth", "居民人均可支配收入增速", "Per-capita disposable income growth", "macro", "%", "change_pct", [/人均可支配收入|居民收入/, GROWTH]),
  def("macro.disposable_income", "居民人均可支配收入", "Per-capita disposable income", "macro", "元", "level", [/人均可支配收入/]),
  // deposits and loans are macro (the claim record's sector note), not a service
  def("macro.deposits", "金融机构存款余额", "Bank deposits", "macro", "元", "level", [/存款余额|各项存款|本外币存款|储蓄存款/]),
  def("macro.loans", "金融机构贷款余额", "Bank loans", "macro", "元", "level", [/贷款余额|各项贷款|本外币贷款/]),
  // services, tourism
  def("services.retail_sales_growth", "社会消费品零售总额增速", "Retail sales growth", "services", "%", "change_pct", [/社会消费品零售总额|社零/]),
  def("services.retail_sales", "社会消费品零售总额", "Retail sales", "services", "元", "level", [/社会消费品零售总额|社零/]),
  def("tourism.visitors", "接待游客", "Tourist visits", "tourism", "人次", "level", [/游客|旅游/]),
  def("tourism.revenue", "旅游收入", "Tourism revenue", "tourism", "元", "level", [/旅游(?:总)?收入/]),
  // industry & innovation
  def("industry.hightech_share", "高新技术产业增加值占比", "High-tech share of industrial value added", "industry", "%", "share_pct", [/高新技术产业增加值|高技术产业增加值/, /占|比重/]),
  def("industry.value_added_growth", "规上工业增加值增速", "Industrial value-added growth", "industry", "%", "change_pct", [/工业增加值/]),
  def("industry.output_growth", "规上工业产值增速", "Industrial output growth", "industry", "%", "change_pct", [/工业(?:总)?产值/]),
  def("industry.output", "规上工业产值", "Industrial output", "industry", "元", "level", [/工业(?:总)?产值/]),
  // R&D intensity (R&D spend as a share of GDP or of revenue) is a share, not a growth rate
  def("industry.rd_intensity", "研发投入强度", "R&D intensity", "industry", "%", "share_pct", [/研发|R&D|科研/, /占|比重|强度/], { exclude: [GROWTH] }),
  def("industry.rd_spend_growth", "研发投入增速", "R&D spending growth", "industry", "%", "change_pct", [/研发/, GROWTH]),
  def("industry.rd_spend", "研发投入", "R&D spending", "industry", "元", "level", [/(?:研发|R&D)(?:投入|经费|费用|支出)/]),
  def("industry.capacity_gwh", "产能(GWh)", "Capacity (GWh)", "industry", "GWh", "level", [/./]),
  // 年产12万吨…项目, 设计年产高端特种纸30万吨: a plant's capacity (a port's 设计年吞吐量 is port throughput, above)
  def("industry.capacity_t", "产能(吨)", "Capacity (tonnes)", "industry", "吨", "level", [/年产|产能/], { exclude: [/吞吐|运量|货运/] }),
  def("industry.capacity_gw", "产能(GW)", "Capacity (GW)", "industry", "GW", "level", [/./]),
  def("industry.tax", "企业纳税", "Enterprise tax paid", "industry", "元", "level", [/纳税|税收|缴税|税金/], { exclude: [/海关/], sectorFromContext: true }),
  def("industry.enterprise_revenue", "企业营收", "Enterprise revenue", "industry", "元", "level", [/营收|营业收入|销售收入|主营业务收入|产值/], { exclude: [/村集体/], sectorFromContext: true }),
  def("industry.innovation_index", "科技创新指数", "Innovation index", "industry", "index", "level", [/指数/]),
];

/** Plain data for the database seed (indicators table). */
export const INDICATORS: readonly IndicatorDef[] = INDICATOR_RULES.map(({ id, nameZh, nameEn, sector, unit, measure, kind }) => ({
  id,
  nameZh,
  nameEn,
  sector,
  unit,
  measure,
  kind,
}));

export interface IndicatorQuery {
  unit: string;
  /** Metric plus the clause around the number. */
  context: string;
  cumulative: boolean;
}

export function matchIndicator(q: IndicatorQuery): IndicatorRule | null {
  for (const rule of INDICATOR_RULES) {
    if (rule.unit !== q.unit && !rule.units?.includes(q.unit)) continue;
    if (rule.cumulative !== undefined && rule.cumulative !== q.cumulative) continue;
    if (!rule.cues.every((re) => re.test(q.context))) continue;
    if (rule.exclude?.some((re) => re.test(q.context))) continue;
    return rule;
  }
  return null;
}

/** [unit, context, cumulative, expected indicator id] */
export const CATALOGUE_CASES: readonly [string, string, boolean, string | null][] = [
  ["吨", "货物吞吐量累计超3100万吨", true, "port.cargo_throughput_cumulative"],
  ["吨", "单日吞吐量突破2.3万吨", false, "port.cargo_throughput"],
  ["%", "2025年货物吞吐量同比增长42%", false, "port.cargo_throughput_growth"],
  ["TEU", "集装箱吞吐量达12万标箱", false, "port.container_throughput"],
  ["吨", "\"公转水\"货运量超1200万吨", true, "port.road_to_water"],
  ["元", "为企业节约近3.8亿元运输成本", true, "port.logistics_cost_saved"],
  ["条", "打造32条适水航线网", false, "port.routes"],
  ["航次", "现在每天要接卸15个航次", false, "port.vessel_calls"],
  ["个", "8个项目进行了集中签约", false, "investment.projects_signed"],
  ["元", "集中签约,总投资金额超45亿元", false, "investment.signed_investment"],
  ["元", "总投资20.5亿元的银泰项目", false, "investment.project_investment"],
  ["个", "2024年共新引进落地亿元以上项目7个", false, "investment.projects_landed"],
  ["部", "累计拍摄短剧超800部", true, "drama.produced"],
  ["部", "50余部短剧已登陆海外市场", true, "drama.overseas"],
  ["元", "短剧工厂实现营收超6亿元", true, "drama.revenue"],
  ["%", "衢江全年GDP增长10.8%", false, "macro.gdp_growth"],
  ["%", "力争2026年规上工业产值增速达到30%以上", false, "industry.output_growth"],
  ["%", "规上工业增加值增长8.5%", false, "industry.value_added_growth"],
  ["%", "高新技术产业投资增速达129.5%", true, "investment.hightech_growth"],
  ["%", "高新技术产业增加值占规上工业增加值比重达82.5%", true, "industry.hightech_share"],
  ["GWh", "年产50Gwh生产基地", false, "industry.capacity_gwh"],
  ["GW", "N型30GW高效电池", false, "industry.capacity_gw"],
  ["元", "今年将研发投入增加到7.2亿元", false, "industry.rd_spend"],
  ["元", "全市R&D经费投入达68.5亿元", false, "industry.rd_spend"],
  ["%", "R&D经费投入占GDP比重为3.02%", false, "industry.rd_intensity"],
  ["%", "研发投入同比增长35%", false, "industry.rd_spend_growth"],
  ["元", "综合营收纳税1868万元", true, "industry.tax"],
  ["人", "服务近10万人口", false, null],
  ["元", "全市社会消费品零售总额达186.3亿元", false, "services.retail_sales"],
  ["人次", "接待游客1256.3万人次", false, "tourism.visitors"],
  ["元", "实现旅游收入112.4亿元", false, "tourism.revenue"],
  ["元", "全区完成固定资产投资126.8亿元", false, "investment.fixed_asset"],
  ["%", "农村居民人均可支配收入增长8.1%", false, "macro.disposable_income_growth"],
  ["元", "全市金融机构本外币存款余额4107.5亿元", true, "macro.deposits"],
  ["吨", "年产12万吨高端聚烯烃特种材料项目", false, "industry.capacity_t"],
  ["吨", "设计年吞吐量320万吨", false, "port.cargo_throughput"],
  ["个", "民生及社会事业类项目37个", false, "investment.projects"],
];
