// The claim record of docs/claims.md (without `core`), plus what the
// product needs to trace a claim back to its sentence. Every module of extract/
// speaks these types; nothing here knows about the database or the web.

export const SECTORS = [
  "port",
  "investment",
  "drama",
  "industry",
  "macro",
  "services",
  "agriculture",
  "tourism",
  "social",
] as const;
export type SectorId = (typeof SECTORS)[number];

export const QUALIFIERS = ["eq", "gt", "gte", "lt", "approx"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const STATUSES = ["actual", "plan"] as const;
export type Status = (typeof STATUSES)[number];

/** How a document's publication date was found, most trusted first. */
export const DATE_SOURCES = ["front_matter", "masthead", "inferred", "unknown"] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

/** What an indicator's numbers are: a level, a running total, a growth rate or a share. */
export const MEASURES = ["level", "cumulative", "change_pct", "share_pct"] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * How a series of an indicator is charted: `level` a figure for a period (GDP, a month's throughput),
 * `running` a running total as of a date, `rate` a growth rate or share, `event` one occurrence
 * (one project's investment, one signing) summed and counted per period.
 */
export const INDICATOR_KINDS = ["level", "running", "rate", "event"] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/**
 * What kind of span a claim's period is. The period string alone cannot say: 2025-09 is
 * September (`month`) or 1–9月 / 前三季度 (`ytd`, the year to the end of September).
 */
export const PERIOD_KINDS = ["day", "month", "quarter", "half", "ytd", "year"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** How a claim's period was known, most local first (chrono's "stated vs implied"). */
export const PERIOD_SOURCES = ["sentence", "paragraph", "headline", "lead", "dateline", "published", "none"] as const;
export type PeriodSource = (typeof PERIOD_SOURCES)[number];

/** How a claim's area was known: named in its sentence, carried from a frame, or the article's home area. */
export const AREA_SOURCES = ["sentence", "paragraph", "headline", "lead", "source", "home", "none"] as const;
export type AreaSource = (typeof AREA_SOURCES)[number];

export interface Claim {
  /** Short span of the normalised text containing the number and what it measures. */
  quote: string;
  /** In base units: 万/亿 applied, percentages as their number (42% → 42). */
  value: number;
  /** Canonical unit of docs/claims.md (元, 吨, TEU, %, 部 …). */
  unit: string;
  qualifier: Qualifier;
  metric: string;
  subject: string | null;
  sector: SectorId;
  /** YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-H1/H2, or null when nothing fixes it. */
  period: string | null;
  /** The kind of span of `period` (null with it). */
  periodKind: PeriodKind | null;
  /** How the period was known, and the words that fixed it (上半年; null when defaulted). */
  periodSource: PeriodSource;
  periodCue: string | null;
  /** Full standard name of the administrative area, county level or above (衢江区, 衢州市, 浙江省, 全国), or null. */
  area: string | null;
  /** GB/T 2260 code of `area` (330803); 100000 for 全国. */
  areaCode: string | null;
  areaSource: AreaSource;
  areaCue: string | null;
  /** A figure about a part of its indicator (其中外贸箱…, 仅煤炭就…), not its total. */
  breakdown: boolean;
  cumulative: boolean;
  status: Status;
  /** Offsets into the document's normalised text: the number and its unit (quote contains this span). */
  start: number;
  end: number;
  /** Catalogue indicator id (e.g. "port.cargo_throughput") or null when none fits. */
  indicator: string | null;
  /** How the indicator was decided (own words, a 分别 list, carried from the figure before, or why none: part, measure …) and the words that decided it. */
  indicatorSource?: string;
  indicatorCue?: string | null;
  /** The words that made the claim a plan (力争, 预计, a time ahead of the paper), null for an actual. */
  statusCue?: string | null;
  /** The words the sector was read from (the series' own sector: its name), null when defaulted. */
  sectorCue?: string | null;
  /** Index into ExtractedDocument.articles. */
  article: number;
}

export interface Article {
  title: string;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** YYYY-MM-DD: the article's own date when it states one, else the document's. */
  date: string | null;
}

export interface FrontMatter {
  title?: string;
  url?: string;
  /** YYYY-MM-DD */
  date?: string;
  source?: string;
}

export interface ExtractedDocument {
  extractorVersion: number;
  normalisedText: string;
  title: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
  dateSource: DateSource;
  articles: Article[];
  claims: Claim[];
}

/** Whose figure a point of an indicator is: the area's total, one entity's (the claim's subject), or both. */
export const INDICATOR_SCOPES = ["area", "entity", "both"] as const;
export type IndicatorScope = (typeof INDICATOR_SCOPES)[number];

export interface IndicatorDef {
  id: string;
  nameZh: string;
  nameEn: string;
  sector: SectorId;
  /** The canonical unit of its points. */
  unit: string;
  /** Further units its points may carry (艘 beside 航次; 美元 beside 元). */
  units: readonly string[];
  measure: Measure;
  kind: IndicatorKind;
  scope: IndicatorScope;
}
