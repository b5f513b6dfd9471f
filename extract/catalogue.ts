// The indicator catalogue: the series a dashboard charts, as docs/claims.md
// *Indicators* lists them (catalogue.test.ts reads that table and fails when the
// two part). Plain data: which words make a claim a point of one of these is the
// extractor's business (claims/indicator.ts), how a series is stored and drawn
// the database's and the web's; all of them key on these ids.
//
//   measure  level       a figure in the indicator's unit (GDP in 元, throughput in 吨)
//            cumulative  a running total since some start (开港以来累计)
//            change_pct  the year-on-year change in percent (同比, 比上年, 增速): ids ending in _growth
//            share_pct   a share in percent (占…比重)
//   kind     how a series is charted: level (a figure per period), running (a total as of a date),
//            rate (a growth rate or share), event (one occurrence, summed and counted per period)
//   scope    area    one point per area and period (the area's own total)
//            entity  one point per entity (the claim's subject) — a plant's capacity, a project's investment
//            both    the area's total and each base's or producer's own figures, told apart by the subject
import type { IndicatorDef, IndicatorKind, IndicatorScope, Measure, SectorId } from "./types";

const KIND_OF_MEASURE: Record<Measure, IndicatorKind> = { level: "level", cumulative: "running", change_pct: "rate", share_pct: "rate" };

type Extra = Partial<Pick<IndicatorDef, "kind" | "scope" | "units">>;

const entry = (id: string, nameZh: string, nameEn: string, sector: SectorId, unit: string, measure: Measure, extra: Extra = {}): IndicatorDef => ({
  id,
  nameZh,
  nameEn,
  sector,
  unit,
  units: extra.units ?? [],
  measure,
  kind: extra.kind ?? KIND_OF_MEASURE[measure],
  scope: extra.scope ?? "area",
});

/** A level and its year-on-year growth (`<id>_growth`), named alike. */
const withGrowth = (id: string, nameZh: string, nameEn: string, sector: SectorId, unit: string, extra: Extra = {}): IndicatorDef[] => [
  entry(id, nameZh, nameEn, sector, unit, "level", extra),
  entry(`${id}_growth`, `${nameZh}增速`, `${nameEn}, growth`, sector, "%", "change_pct"),
];
const growth = (id: string, nameZh: string, nameEn: string, sector: SectorId) => entry(id, nameZh, nameEn, sector, "%", "change_pct");

/** In the order of docs/claims.md, which is the order pages list them in (by sector, then this order). */
export const CATALOGUE: readonly IndicatorDef[] = [
  // macro economy
  ...withGrowth("macro.gdp", "地区生产总值", "GDP", "macro", "元"),
  entry("macro.gdp_per_capita", "人均地区生产总值", "GDP per capita", "macro", "元", "level"),
  // value added by the three sectors, and industry
  ...withGrowth("agriculture.value_added", "第一产业增加值", "Primary industry value added", "agriculture", "元"),
  ...withGrowth("industry.secondary_value_added", "第二产业增加值", "Secondary industry value added", "industry", "元"),
  ...withGrowth("services.value_added", "第三产业增加值", "Tertiary industry value added", "services", "元"),
  ...withGrowth("industry.value_added", "规模以上工业增加值", "Value added of industry above designated size", "industry", "元"),
  ...withGrowth("industry.output", "规模以上工业总产值", "Gross output of industry above designated size", "industry", "元"),
  entry("industry.hightech_share", "高新技术产业增加值占规上工业比重", "High-tech share of industrial value added", "industry", "%", "share_pct"),
  ...withGrowth("industry.rd_spend", "研究与试验发展(R&D)经费支出", "R&D expenditure", "industry", "元"),
  entry("industry.rd_intensity", "R&D经费支出占GDP比重", "R&D intensity (share of GDP)", "industry", "%", "share_pct"),
  entry("industry.capacity_t", "产能(吨)", "Production capacity (tonnes)", "industry", "吨", "level", { scope: "entity" }),
  entry("industry.capacity_gw", "产能(GW)", "Production capacity (GW)", "industry", "GW", "level", { scope: "entity" }),
  entry("industry.capacity_gwh", "产能(GWh)", "Production capacity (GWh)", "industry", "GWh", "level", { scope: "entity" }),
  entry("industry.enterprise_revenue", "企业营业收入", "Enterprise revenue", "industry", "元", "level", { scope: "entity" }),
  entry("industry.tax", "企业纳税额", "Enterprise tax paid", "industry", "元", "level", { scope: "entity" }),
  // investment
  ...withGrowth("investment.fixed_asset", "固定资产投资", "Fixed-asset investment", "investment", "元"),
  growth("investment.manufacturing_growth", "制造业投资增速", "Manufacturing investment, growth", "investment"),
  growth("investment.industrial_growth", "工业投资增速", "Industrial investment, growth", "investment"),
  growth("investment.hightech_growth", "高新技术产业投资增速", "High-tech industry investment, growth", "investment"),
  growth("investment.infrastructure_growth", "基础设施投资增速", "Infrastructure investment, growth", "investment"),
  growth("investment.real_estate_growth", "房地产开发投资增速", "Real-estate development investment, growth", "investment"),
  growth("investment.private_growth", "民间投资增速", "Private investment, growth", "investment"),
  entry("investment.projects_signed", "签约项目数", "Projects signed", "investment", "个", "level", { kind: "event", units: ["项"] }),
  entry("investment.signed_investment", "签约项目总投资", "Investment of projects signed", "investment", "元", "level", { kind: "event" }),
  entry("investment.projects_started", "开工项目数", "Projects started", "investment", "个", "level", { kind: "event", units: ["项"] }),
  entry("investment.started_investment", "开工项目总投资", "Investment of projects started", "investment", "元", "level", { kind: "event" }),
  entry("investment.projects_attracted", "招引落地项目数", "Projects attracted", "investment", "个", "level", { units: ["项"] }),
  entry("investment.project_investment", "项目总投资", "Investment of one project", "investment", "元", "level", { kind: "event", scope: "entity" }),
  entry("investment.enterprises_attracted", "引进入驻企业数", "Enterprises attracted", "investment", "家", "level", { scope: "entity" }),
  entry("investment.funds_in_place", "招商引资到位资金", "Investment funds in place", "investment", "元", "level"),
  entry("investment.fdi", "实际使用外资", "Foreign direct investment used", "investment", "美元", "level"),
  // services and commerce
  ...withGrowth("services.retail_sales", "社会消费品零售总额", "Retail sales of consumer goods", "services", "元"),
  ...withGrowth("services.trade", "进出口总额", "Imports and exports", "services", "元"),
  ...withGrowth("services.exports", "出口总额", "Exports", "services", "元"),
  ...withGrowth("services.imports", "进口总额", "Imports", "services", "元"),
  ...withGrowth("services.online_retail", "网络零售额", "Online retail sales", "services", "元"),
  // public finance, households, money and prices
  ...withGrowth("macro.fiscal_total", "财政总收入", "Total fiscal revenue", "macro", "元"),
  ...withGrowth("macro.fiscal_revenue", "一般公共预算收入", "General public budget revenue", "macro", "元"),
  ...withGrowth("macro.disposable_income", "居民人均可支配收入", "Per-capita disposable income", "macro", "元"),
  ...withGrowth("macro.urban_income", "城镇居民人均可支配收入", "Urban per-capita disposable income", "macro", "元"),
  ...withGrowth("macro.rural_income", "农村居民人均可支配收入", "Rural per-capita disposable income", "macro", "元"),
  entry("macro.deposits", "金融机构存款余额", "Bank deposits outstanding", "macro", "元", "level"),
  entry("macro.loans", "金融机构贷款余额", "Bank loans outstanding", "macro", "元", "level"),
  growth("macro.cpi_growth", "居民消费价格涨幅", "Consumer prices (CPI), change", "macro"),
  // ports and logistics
  ...withGrowth("port.cargo_throughput", "港口货物吞吐量", "Port cargo throughput", "port", "吨"),
  entry("port.cargo_throughput_cumulative", "货物吞吐量(开港以来累计)", "Port cargo throughput since opening", "port", "吨", "cumulative"),
  ...withGrowth("port.foreign_trade_throughput", "外贸货物吞吐量", "Foreign-trade cargo throughput", "port", "吨"),
  ...withGrowth("port.container_throughput", "集装箱吞吐量", "Container throughput", "port", "TEU"),
  entry("port.design_capacity", "设计年吞吐能力", "Design handling capacity per year", "port", "吨", "level", { scope: "entity" }),
  entry("port.berths", "泊位数", "Berths", "port", "个", "level", { scope: "entity" }),
  entry("port.routes", "航线数", "Shipping routes", "port", "条", "level"),
  entry("port.vessel_calls", "船舶航次", "Vessel calls", "port", "航次", "level", { units: ["艘", "艘次"] }),
  entry("port.road_to_water", "“公转水”运量", "Road-to-water freight volume", "port", "吨", "level"),
  entry("port.logistics_cost_saved", "节约物流成本", "Logistics costs saved", "port", "元", "level"),
  // short drama and digital culture
  entry("drama.produced", "拍摄制作短剧数", "Short dramas produced", "drama", "部", "level", { scope: "both" }),
  entry("drama.overseas", "出海短剧数", "Short dramas released abroad", "drama", "部", "level", { scope: "both" }),
  entry("drama.revenue", "短剧营收", "Short-drama revenue", "drama", "元", "level", { scope: "both" }),
  entry("drama.crews", "接待剧组数", "Film crews hosted", "drama", "个", "level", { scope: "both" }),
  entry("drama.market_size", "微短剧市场规模", "Micro-drama market size", "drama", "元", "level", { units: ["美元"] }),
  // tourism, agriculture
  ...withGrowth("tourism.visitors", "接待游客", "Tourist visits", "tourism", "人次"),
  ...withGrowth("tourism.revenue", "旅游收入", "Tourism revenue", "tourism", "元"),
  entry("agriculture.grain_output", "粮食产量", "Grain output", "agriculture", "吨", "level"),
];

const BY_ID = new Map(CATALOGUE.map((d) => [d.id, d]));

export const CATALOGUE_IDS: ReadonlySet<string> = new Set(BY_ID.keys());

export function catalogueEntry(id: string | null | undefined): IndicatorDef | undefined {
  return id ? BY_ID.get(id) : undefined;
}

/** The year-on-year growth indicator of a level (macro.gdp → macro.gdp_growth), if the catalogue lists one. */
export function growthOf(id: string): IndicatorDef | undefined {
  return BY_ID.get(`${id}_growth`);
}

/** The level a growth indicator is the change of (macro.gdp_growth → macro.gdp), if listed. */
export function levelOf(id: string): IndicatorDef | undefined {
  return id.endsWith("_growth") ? BY_ID.get(id.slice(0, -"_growth".length)) : undefined;
}

/** Does the unit fit the indicator (its own unit, or one it accepts: 艘 for vessel calls)? */
export function unitFits(def: IndicatorDef, unit: string): boolean {
  return def.unit === unit || def.units.includes(unit);
}

/**
 * Ids the catalogue no longer has, and where their claims went (migrations/0004):
 * `projects_landed` counted projects attracted and projects started alike.
 */
export const RETIRED_IDS: Readonly<Record<string, string | null>> = {
  "investment.projects_landed": "investment.projects_attracted",
  "investment.projects": null,
  "industry.innovation_index": null,
};
