// Which catalogue indicator a claim is a point of, from the words around it:
// each rule names an id of the catalogue (../catalogue.ts) and the cue patterns
// that must appear in the claim's context (its metric and clause). The unit must
// be one the indicator takes. Most specific rules first; the first match wins.
import { catalogueEntry, unitFits } from "../catalogue";
import type { IndicatorDef } from "../types";

export interface IndicatorRule {
  def: IndicatorDef;
  /** Every pattern must match the claim's context. */
  cues: readonly RegExp[];
  /** None of these may match. */
  exclude?: readonly RegExp[];
  /** Only for running totals (true) or only for period figures (false). */
  cumulative?: boolean;
  /**
   * The indicator exists in every sector (an enterprise's revenue or tax): the claim's sector
   * comes from its context, not from the indicator.
   */
  sectorFromContext?: boolean;
}

const GROWTH = /增长|增速|增幅|同比|环比|提高|上升|下降/;

function rule(id: string, cues: readonly RegExp[], extra: Omit<IndicatorRule, "def" | "cues"> = {}): IndicatorRule {
  const def = catalogueEntry(id);
  if (!def) throw new Error(`indicator rule for ${id}: not in the catalogue`);
  return { def, cues, ...extra };
}

/** Most specific first: the first rule that matches a claim wins. */
export const INDICATOR_RULES: readonly IndicatorRule[] = [
  // port & logistics
  rule("port.container_throughput", [/集装箱/]),
  rule("port.road_to_water", [/公转水/]),
  rule("port.cargo_throughput_growth", [/吞吐量/, GROWTH]),
  rule("port.cargo_throughput_cumulative", [/吞吐量/], { cumulative: true }),
  // 设计年吞吐量320万吨, 年通过能力: what a terminal can handle, never what it handled
  rule("port.design_capacity", [/设计|通过能力|吞吐能力/, /吞吐|通过能力/]),
  rule("port.cargo_throughput", [/吞吐量|作业量|装卸量|运量|运了/]),
  rule("port.vessel_calls", [/航次|艘次|船舶|货轮/]),
  rule("port.routes", [/航线/]),
  rule("port.logistics_cost_saved", [/节约|节省|降低/, /物流|运输|运费/]),
  // investment & projects
  rule("investment.hightech_growth", [/高新技术产业投资|高技术产业投资/]),
  rule("investment.fixed_asset_growth", [/固定资产投资|有效投资/]),
  rule("investment.fixed_asset", [/固定资产投资/]),
  rule("investment.signed_investment", [/签约/, /投资/]),
  rule("investment.projects_signed", [/签约/]),
  rule("investment.started_investment", [/开工/, /总投资/]),
  rule("investment.projects_started", [/开工/, /项目/]),
  rule("investment.projects_attracted", [/落地|引进|竣工|投产|招引/, /项目/]),
  rule("investment.project_investment", [/投资|亿元以上/], { exclude: [/研发/] }),
  rule("investment.enterprises_attracted", [/引进|招引|入驻/, /企业|公司/]),
  // short drama & digital culture
  rule("drama.produced", [/拍摄|制作|出品|上线|推出|生产/, /剧/]),
  rule("drama.overseas", [/海外|出海|国外|境外/]),
  rule("drama.revenue", [/营收|收入|产值|销售额/, /剧|影视/]),
  // macro
  // 占GDP比重 is a share of GDP (R&D, digital economy …), not its growth
  rule("macro.gdp_growth", [/GDP|生产总值/], { exclude: [/占(?:全[国省市县区])?(?:GDP|地区生产总值|生产总值)/] }),
  rule("macro.gdp", [/GDP|生产总值/]),
  rule("macro.fiscal_revenue", [/财政(?:总)?收入|一般公共预算收入/]),
  rule("macro.disposable_income_growth", [/人均可支配收入|居民收入/, GROWTH]),
  rule("macro.disposable_income", [/人均可支配收入/]),
  // deposits and loans are macro (the claim record's sector note), not a service
  rule("macro.deposits", [/存款余额|各项存款|本外币存款|储蓄存款/]),
  rule("macro.loans", [/贷款余额|各项贷款|本外币贷款/]),
  // services, tourism
  rule("services.retail_sales_growth", [/社会消费品零售总额|社零/]),
  rule("services.retail_sales", [/社会消费品零售总额|社零/]),
  rule("tourism.visitors", [/游客|旅游/]),
  rule("tourism.revenue", [/旅游(?:总)?收入/]),
  // industry & innovation
  rule("industry.hightech_share", [/高新技术产业增加值|高技术产业增加值/, /占|比重/]),
  rule("industry.value_added_growth", [/工业增加值/]),
  rule("industry.output_growth", [/工业(?:总)?产值/]),
  rule("industry.output", [/工业(?:总)?产值/]),
  // R&D intensity (R&D spend as a share of GDP or of revenue) is a share, not a growth rate
  rule("industry.rd_intensity", [/研发|R&D|科研/, /占|比重|强度/], { exclude: [GROWTH] }),
  rule("industry.rd_spend_growth", [/研发/, GROWTH]),
  rule("industry.rd_spend", [/(?:研发|R&D)(?:投入|经费|费用|支出)/]),
  rule("industry.capacity_gwh", [/./]),
  // 年产12万吨…项目, 设计年产高端特种纸30万吨: a plant's capacity (a port's 设计年吞吐量 is port throughput, above)
  rule("industry.capacity_t", [/年产|产能/], { exclude: [/吞吐|运量|货运/] }),
  rule("industry.capacity_gw", [/./]),
  rule("industry.tax", [/纳税|税收|缴税|税金/], { exclude: [/海关/], sectorFromContext: true }),
  rule("industry.enterprise_revenue", [/营收|营业收入|销售收入|主营业务收入|产值/], { exclude: [/村集体/], sectorFromContext: true }),
];


export interface IndicatorQuery {
  unit: string;
  /** Metric plus the clause around the number. */
  context: string;
  cumulative: boolean;
}

export function matchIndicator(q: IndicatorQuery): IndicatorRule | null {
  for (const r of INDICATOR_RULES) {
    if (!unitFits(r.def, q.unit)) continue;
    if (r.cumulative !== undefined && r.cumulative !== q.cumulative) continue;
    if (!r.cues.every((re) => re.test(q.context))) continue;
    if (r.exclude?.some((re) => re.test(q.context))) continue;
    return r;
  }
  return null;
}
