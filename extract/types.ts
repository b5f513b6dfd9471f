// The claim record of ../shared/eval/CLAIMS.md (without `core`), plus what the
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

export interface Claim {
  /** Short span of the normalised text containing the number and what it measures. */
  quote: string;
  /** In base units: 万/亿 applied, percentages as their number (42% → 42). */
  value: number;
  /** Canonical unit of CLAIMS.md (元, 吨, TEU, %, 部 …). */
  unit: string;
  qualifier: Qualifier;
  metric: string;
  subject: string | null;
  sector: SectorId;
  /** YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-H1/H2, or null when nothing fixes it. */
  period: string | null;
  cumulative: boolean;
  status: Status;
  /** Offsets into the document's normalised text: the number and its unit (quote contains this span). */
  start: number;
  end: number;
  /** Catalogue indicator id (e.g. "port.cargo_throughput") or null when none fits. */
  indicator: string | null;
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

export interface IndicatorDef {
  id: string;
  nameZh: string;
  nameEn: string;
  sector: SectorId;
  unit: string;
  measure: Measure;
}
