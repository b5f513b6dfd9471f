// Every UI string in both languages. Chinese is the default; `lang=en` in the URL switches.
// Sector names follow docs/claims.md.
import { PERIOD_KINDS, SECTORS, type PeriodKind, type SectorId } from "@/extract/types";
import { periodLabel } from "@/extract/time/display";
import { formatAmount, unitLabel } from "./units";

export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];

export const SECTOR_NAMES: Record<SectorId, { zh: string; en: string }> = {
  port: { zh: "港航物流", en: "Port & logistics" },
  investment: { zh: "招商与项目投资", en: "Investment & projects" },
  drama: { zh: "短剧与数字文化", en: "Short drama & digital culture" },
  industry: { zh: "工业与科创", en: "Industry & innovation" },
  macro: { zh: "宏观经济", en: "Macro economy" },
  services: { zh: "服务业与商贸", en: "Services & commerce" },
  agriculture: { zh: "农业农村", en: "Agriculture & rural" },
  tourism: { zh: "文旅体育", en: "Tourism & sports" },
  social: { zh: "民生与公共服务", en: "Public services" },
};

export function sectorName(id: string, lang: Lang): string {
  return (SECTORS as readonly string[]).includes(id) ? SECTOR_NAMES[id as SectorId][lang] : id;
}

const zh = {
  appTitle: "衢江经济指标看板",
  appTagline: "从本地新闻中提取的经济数据，每个数字都可追溯到原文句子",
  navOverview: "概览",
  navClaims: "数据明细",
  sector: "行业",
  allSectors: "全部",
  from: "起始月份",
  to: "截止月份",
  apply: "应用",
  reset: "重置",
  language: "语言",
  copyLink: "复制链接",
  copied: "已复制链接",
  copyFailed: "复制失败，请手动复制地址栏",
  headline: "重点指标",
  charts: "指标走势",
  latestClaims: "最新数据",
  latestValue: "最新值",
  vsPrevious: "较上一数据点",
  noPrevious: "无更早数据点",
  source: "来源",
  viewIndicator: "查看指标",
  dataTable: "数据表",
  date: "日期",
  value: "数值",
  unit: "单位",
  qualifier: "限定",
  status: "状态",
  quote: "原文",
  article: "文章",
  indicator: "指标",
  period: "时期",
  metric: "度量",
  subject: "主体",
  text: "文本",
  all: "全部",
  actual: "实际",
  plan: "计划/目标",
  reported: "实际数据",
  planned: "计划/目标",
  lowerBound: "下限（超/突破）",
  claimsBehind: "该指标的全部数据",
  downloadCsv: "下载 CSV",
  downloadSvg: "下载 SVG",
  downloadPng: "下载 PNG",
  exportCsv: "导出 CSV",
  exportJson: "导出 JSON",
  growthChart: "增长率",
  levelChart: "数值",
  published: "发布日期",
  dateKnown: "日期来源",
  originalUrl: "原文链接",
  claimsInArticle: "本文数据",
  document: "文档",
  backToIndicator: "返回指标",
  page: "页",
  prev: "上一页",
  next: "下一页",
  sort: "排序",
  filter: "筛选",
  results: "条结果",
  noData: "暂无数据。",
  noDataHow: "请先导入文章：在项目目录运行 npm run ingest -- 文件或文件夹路径，然后刷新本页。",
  noDataFilter: "当前筛选条件下没有数据，请选择其他行业或扩大时间范围。",
  notFound: "未找到",
  loading: "正在加载…",
  invalidParam: "参数无效，已使用默认值：",
  unknownIndicator: "未知指标",
  clickPointHint: "点击数据点可打开原文并定位到该句。",
  showingFirst: "仅显示",
  rows: "行",
  seeAllInExplorer: "在数据明细中查看全部",
  moreSeries: "更多指标走势：在数据明细中按指标查看",
  chartOf: "图表：",
  points: "个数据点",
  claimsCount: "条数据",
  dateSourceNames: {
    front_matter: "文件元数据",
    masthead: "报头日期",
    inferred: "从正文推断",
    unknown: "未知",
  } as Record<string, string>,
  qualifierNames: { eq: "", gt: "超过", gte: "不少于", lt: "不到", approx: "约" } as Record<string, string>,
  measureNames: { level: "水平值", cumulative: "累计值", change_pct: "增长率", share_pct: "占比" } as Record<string, string>,
  sortNames: { date_desc: "时期（新→旧，计划在后）", date_asc: "时期（旧→新）", value_desc: "数值（大→小）", value_asc: "数值（小→大）" } as Record<string, string>,
  skip: "跳到主要内容",
  chartType: "图表类型",
  chartAuto: "自动",
  chartLine: "折线",
  chartBar: "柱状",
  showPlan: "显示计划/目标",
  allDates: "全部时间",
  yes: "是",
  no: "否",
  area: "地区",
  allAreas: "全部地区",
  noArea: "地区未注明",
  compareWith: "比较地区",
  compareCityProvince: "与全市、全省比较",
  compareOff: "取消比较",
  freq: "时期类型",
  freqNames: { day: "日", month: "月度", quarter: "季度", half: "半年", ytd: "年初至今累计", year: "年度" } as Record<string, string>,
  noComparable: "无可比的更早数据点",
  vsComparable: { day: "较前一日", month: "较上月", quarter: "较上季度", half: "较上半年度", ytd: "较上年同期", year: "较上年" } as Record<string, string>,
  statedGrowth: "原文：同比",
  eventsChart: "按季度汇总",
  eventsPer: { month: "每月合计", quarter: "每季度合计" } as Record<string, string>,
  eventsList: "逐项列表",
  eventsCount: "项",
  eventsSum: "合计",
  eventsNote: "每个柱为该时期报道的各项之和，不连线：各项目彼此独立。",
  latestPeriodTotal: "最近一期合计",
  unassignedAreas: "部分数据尚未标注地区，只在“全部地区”中显示。",
  showAllAreas: "查看全部地区",
  provenance: "来源判断",
  periodFrom: "时期",
  areaFrom: "地区",
  seriesWhy: {
    own: "依据本句用词",
    after: "依据数字后的用词",
    list: "依据“分别”列举",
    carry: "沿用前一数字的指标",
    unit: "依据单位",
    mapping: "依据编辑的指标对应",
    editor: "编辑指定",
    part: "总量的一部分，不单列为指标",
    measure: "该口径（如百分点、年均、环比）无对应指标",
    none: "未对应到指标",
  } as Record<string, string>,
  planBecause: "计划/目标，依据",
  sourceNames: {
    sentence: "本句",
    paragraph: "段首",
    headline: "标题",
    lead: "导语",
    dateline: "电头",
    published: "发布日期",
    source: "来源",
    home: "本地默认",
    editor: "编辑更正",
    none: "未注明",
  } as Record<string, string>,
  fromCue: "来自",
  breakdown: "分项",
  embedSource: "数据来源",
  openFull: "打开完整视图",
  seriesOf: "序列",
  legend: "图例",
  axisTime: "时间",
  share: "分享 / 嵌入",
  shareLink: "链接",
  embedCode: "嵌入代码",
  copy: "复制",
  newsSource: "来源: 新闻报道",
  articlesUnit: "篇",
  kindOfPeriod: "时期类型",
  reviewStates: { extracted: "自动提取", confirmed: "已确认", corrected: "已更正", added: "编辑补录", rejected: "已删除" } as Record<string, string>,
  qualifierWords: { eq: "准确值", gt: "超过", gte: "不少于", lt: "不到", approx: "约" } as Record<string, string>,
  yearOnYear: "同比",
  latestShort: "最新",
  noIndicator: "未归入指标",
};

export type Dict = typeof zh;

const en: Dict = {
  appTitle: "Qujiang Economic Indicators",
  appTagline: "Figures extracted from local news; every number traced to its sentence",
  navOverview: "Overview",
  navClaims: "Claims explorer",
  sector: "Sector",
  allSectors: "All",
  from: "From (month)",
  to: "To (month)",
  apply: "Apply",
  reset: "Reset",
  language: "Language",
  copyLink: "Copy link",
  copied: "Link copied",
  copyFailed: "Copy failed; copy the address bar instead",
  headline: "Key indicators",
  charts: "Indicators over time",
  latestClaims: "Latest figures",
  latestValue: "Latest",
  vsPrevious: "vs previous point",
  noPrevious: "no earlier point",
  source: "Source",
  viewIndicator: "View indicator",
  dataTable: "Data table",
  date: "Date",
  value: "Value",
  unit: "Unit",
  qualifier: "Qualifier",
  status: "Status",
  quote: "Quote",
  article: "Article",
  indicator: "Indicator",
  period: "Period",
  metric: "Metric",
  subject: "Subject",
  text: "Text",
  all: "All",
  actual: "Actual",
  plan: "Plan / target",
  reported: "Reported",
  planned: "Plan / target",
  lowerBound: "Lower bound (over / more than)",
  claimsBehind: "Every claim behind this indicator",
  downloadCsv: "Download CSV",
  downloadSvg: "Download SVG",
  downloadPng: "Download PNG",
  exportCsv: "Export CSV",
  exportJson: "Export JSON",
  growthChart: "Growth rate",
  levelChart: "Value",
  published: "Published",
  dateKnown: "Date from",
  originalUrl: "Original URL",
  claimsInArticle: "Claims in this article",
  document: "Document",
  backToIndicator: "Back to indicator",
  page: "Page",
  prev: "Previous",
  next: "Next",
  sort: "Sort",
  filter: "Filter",
  results: "results",
  noData: "No data yet.",
  noDataHow: "Ingest articles first: in the project folder run npm run ingest -- PATH (a file or folder), then reload this page.",
  noDataFilter: "Nothing matches these filters; choose another sector or widen the time range.",
  notFound: "Not found",
  loading: "Loading…",
  invalidParam: "Invalid parameter, default used: ",
  unknownIndicator: "Unknown indicator",
  clickPointHint: "Click a data point to open its article at the sentence.",
  showingFirst: "Showing",
  rows: "rows",
  seeAllInExplorer: "See all in the claims explorer",
  moreSeries: "More series: browse them by indicator in the claims explorer",
  chartOf: "Chart: ",
  points: "points",
  claimsCount: "claims",
  dateSourceNames: {
    front_matter: "front matter",
    masthead: "masthead",
    inferred: "inferred from the text",
    unknown: "unknown",
  },
  qualifierNames: { eq: "", gt: "over", gte: "at least", lt: "under", approx: "about" },
  measureNames: { level: "level", cumulative: "running total", change_pct: "growth rate", share_pct: "share" },
  sortNames: { date_desc: "Period (latest first, plans last)", date_asc: "Period (oldest first)", value_desc: "Value (largest first)", value_asc: "Value (smallest first)" },
  skip: "Skip to main content",
  chartType: "Chart type",
  chartAuto: "Auto",
  chartLine: "Line",
  chartBar: "Bar",
  showPlan: "Show plans / targets",
  allDates: "all dates",
  yes: "yes",
  no: "no",
  area: "Area",
  allAreas: "All areas",
  noArea: "area not stated",
  compareWith: "Compare areas",
  compareCityProvince: "Compare with city and province",
  compareOff: "Stop comparing",
  freq: "Kind of period",
  freqNames: { day: "Days", month: "Months", quarter: "Quarters", half: "Half-years", ytd: "Year to date", year: "Years" },
  noComparable: "no comparable earlier point",
  vsComparable: { day: "vs the day before", month: "vs previous month", quarter: "vs previous quarter", half: "vs previous half-year", ytd: "vs same period last year", year: "vs previous year" },
  statedGrowth: "article: year on year",
  eventsChart: "Summed per period",
  eventsPer: { month: "Total per month", quarter: "Total per quarter" },
  eventsList: "The events",
  eventsCount: "events",
  eventsSum: "total",
  eventsNote: "Each bar is the sum of the events reported in that period; no line joins them: each project is its own.",
  latestPeriodTotal: "Latest period total",
  unassignedAreas: "Some figures have no area yet; they show under “All areas” only.",
  showAllAreas: "Show all areas",
  provenance: "How it was read",
  periodFrom: "period",
  areaFrom: "area",
  seriesWhy: {
    own: "from the sentence's words",
    after: "from the words after the figure",
    list: "from a 分别 list",
    carry: "carried from the figure before",
    unit: "from the unit",
    mapping: "from an editor's metric mapping",
    editor: "set by an editor",
    part: "a part of a total, not a series of its own",
    measure: "a measure no series holds (points, multi-year average, month-on-month …)",
    none: "no series fits",
  } as Record<string, string>,
  planBecause: "plan or target, from",
  sourceNames: {
    sentence: "the sentence",
    paragraph: "the paragraph opening",
    headline: "the headline",
    lead: "the lead",
    dateline: "the dateline",
    published: "the publication date",
    source: "the source",
    home: "the home area (default)",
    editor: "an editor's correction",
    none: "not stated",
  },
  fromCue: "from",
  breakdown: "part",
  embedSource: "Source",
  openFull: "Open the full view",
  seriesOf: "Series",
  legend: "Legend",
  axisTime: "Time",
  share: "Share / embed",
  shareLink: "Link",
  embedCode: "Embed code",
  copy: "Copy",
  newsSource: "Source: news reports",
  articlesUnit: "articles",
  kindOfPeriod: "Kind of period",
  reviewStates: { extracted: "extracted", confirmed: "confirmed", corrected: "corrected", added: "added by an editor", rejected: "rejected" },
  qualifierWords: { eq: "exact", gt: "over", gte: "at least", lt: "under", approx: "about" },
  yearOnYear: "YoY",
  latestShort: "latest",
  noIndicator: "no indicator",
};

export const DICTS: Record<Lang, Dict> = { zh, en };

export function dict(lang: Lang): Dict {
  return DICTS[lang];
}

/** A value in its unit as a reader writes it: 3.1亿元 / CNY 310 million, 12万吨 / 120k tonnes (lib/units.ts). */
export function formatValue(value: number, unit: string, lang: Lang): string {
  return formatAmount(value, unit, lang);
}

/** A unit on its own (a heading, an axis, a filter): 吨 / tonnes; "" for a plain index. */
export function unitName(unit: string, lang: Lang): string {
  return unitLabel(unit, lang);
}

/**
 * The period a figure describes, as a reader sees it (2025年上半年 / H1 2025):
 * its written period and kind, else the date it sits at, read as a day.
 */
export function periodText(period: string | null | undefined, kind: string | null | undefined, date: string | null | undefined, lang: Lang): string {
  const k = (PERIOD_KINDS as readonly string[]).includes(kind ?? "") ? (kind as PeriodKind) : null;
  return periodLabel(period, k, lang) ?? periodLabel(date, "day", lang) ?? "—";
}

/** Actual or plan, in words. */
export function statusName(status: string, lang: Lang): string {
  const t = dict(lang);
  return status === "plan" ? t.plan : t.actual;
}

/** A count and its noun, plural right in English (1 point, 2 points); Chinese nouns take no plural. */
export function countOf(n: number, noun: "points" | "results" | "rows" | "claims" | "events" | "articles", lang: Lang): string {
  const zh: Record<typeof noun, string> = { points: "个数据点", results: "条结果", rows: "行", claims: "条数据", events: "项", articles: "篇" };
  const en: Record<typeof noun, [string, string]> = {
    points: ["point", "points"],
    results: ["result", "results"],
    rows: ["row", "rows"],
    claims: ["claim", "claims"],
    events: ["event", "events"],
    articles: ["article", "articles"],
  };
  if (lang === "zh") return `${n} ${zh[noun]}`;
  return `${n} ${en[noun][new Intl.PluralRules("en").select(n) === "one" ? 0 : 1]}`;
}

/** Items of a list in the page's language: 甲、乙 / A, B. */
export function listOf(items: readonly string[], lang: Lang): string {
  return items.join(lang === "zh" ? "、" : ", ");
}

export function qualifierPrefix(q: string, lang: Lang): string {
  const word = dict(lang).qualifierNames[q] ?? "";
  // 超过3100万吨 but "over 31M t".
  return word && lang === "en" ? `${word} ` : word;
}

/** The one place a bilingual name is chosen: indicators, and anything else with nameZh/nameEn. */
export function localName(x: { nameZh: string; nameEn: string }, lang: Lang): string {
  return lang === "zh" ? x.nameZh : x.nameEn || x.nameZh;
}

/**
 * How a claim's period or area was known, for the article page:
 * 时期 2023-H1 · 来自段首“上半年” / period 2023-H1 · from the paragraph opening “上半年”.
 */
export function provenance(what: "period" | "area", value: string | null, source: string | null, cue: string | null, lang: Lang): string {
  const t = dict(lang);
  const label = what === "period" ? t.periodFrom : t.areaFrom;
  const v = value ?? "—";
  if (!source) return `${label} ${v}`;
  const where = t.sourceNames[source] ?? source;
  if (source === "none") return `${label} ${v} · ${where}`;
  const quoted = cue ? (lang === "zh" ? `“${cue}”` : ` “${cue}”`) : "";
  return lang === "zh" ? `${label} ${v} · ${t.fromCue}${where}${quoted}` : `${label} ${v} · ${t.fromCue} ${where}${quoted}`;
}

/** Why a claim is (or is not) a point of a series: 依据本句用词“签约金额” / from the sentence's words “签约金额”. */
export function seriesWhy(source: string | null, cue: string | null, lang: Lang): string | null {
  if (!source) return null;
  const t = dict(lang);
  const why = t.seriesWhy[source] ?? source;
  return cue ? `${why}${lang === "zh" ? "" : " "}“${cue}”` : why;
}

/** The source line a chart carries when it leaves the page: 衢江经济指标看板 · 来源: 新闻报道, 12 篇. */
export function sourceLine(articles: number, lang: Lang): string {
  const t = dict(lang);
  return lang === "zh" ? `${t.appTitle} · ${t.newsSource}, ${articles} ${t.articlesUnit}` : `${t.appTitle} · ${t.newsSource}, ${countOf(articles, "articles", lang)}`;
}

/** The filter bar's words (overview, indicator page). */
export function filterLabels(lang: Lang) {
  const t = dict(lang);
  return {
    area: t.area,
    allAreas: t.allAreas,
    sector: t.sector,
    allSectors: t.allSectors,
    from: t.from,
    to: t.to,
    apply: t.apply,
    reset: t.reset,
    loading: t.loading,
    filter: t.filter,
    allDates: t.allDates,
  };
}
