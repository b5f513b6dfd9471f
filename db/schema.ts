// One schema for PGlite and the real server; drizzle-kit generates migrations/ from it.

import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

export const documents = pgTable(
  "documents",
  {
    id: serial("id").primaryKey(),
    /** sha256 of the raw bytes: a re-ingested file adds nothing. */
    contentHash: text("content_hash").notNull(),
    fileName: text("file_name").notNull(),
    sourceUrl: text("source_url"),
    /** Publication name (front matter `source`), e.g. 今日衢江. */
    source: text("source"),
    title: text("title"),
    publishedAt: date("published_at", { mode: "string" }),
    /** front_matter | masthead | inferred | unknown */
    dateSource: text("date_source").notNull(),
    rawText: text("raw_text").notNull(),
    normalisedText: text("normalised_text").notNull(),
    extractorVersion: integer("extractor_version").notNull(),
    /** When the page was fetched from sourceUrl (null for files and stdin). */
    fetchedAt: timestamp("fetched_at", { withTimezone: true }),
    ingestedAt: timestamp("ingested_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("documents_content_hash_idx").on(t.contentHash),
    // A fetched page is found again by its URL (new content re-extracts it; a feed skips what is stored).
    index("documents_source_url_idx").on(t.sourceUrl),
  ],
);

export const articles = pgTable(
  "articles",
  {
    id: serial("id").primaryKey(),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    /** Position of the article in its document. */
    seq: integer("seq").notNull(),
    title: text("title").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    publishedAt: date("published_at", { mode: "string" }),
  },
  (t) => [uniqueIndex("articles_document_seq_idx").on(t.documentId, t.seq)],
);

export const indicators = pgTable("indicators", {
  /** e.g. port.cargo_throughput */
  id: text("id").primaryKey(),
  nameZh: text("name_zh").notNull(),
  nameEn: text("name_en").notNull(),
  sector: text("sector").notNull(),
  unit: text("unit").notNull(),
  /** level | cumulative | change_pct | share_pct */
  measure: text("measure").notNull(),
  /** How a series of it is charted: level | running | rate | event (see extract/catalogue.ts). */
  kind: text("kind").notNull().default("level"),
  /** Whose figures its points are: area (the area's total) | entity (one per subject) | both. */
  scope: text("scope").notNull().default("area"),
});

export const claims = pgTable(
  "claims",
  {
    id: serial("id").primaryKey(),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "set null" }),
    /** Position of the claim in its document. */
    seq: integer("seq").notNull(),
    quote: text("quote").notNull(),
    value: doublePrecision("value").notNull(),
    unit: text("unit").notNull(),
    qualifier: text("qualifier").notNull(),
    metric: text("metric").notNull(),
    subject: text("subject"),
    sector: text("sector").notNull(),
    period: text("period"),
    /** day | month | quarter | half | ytd | year: what kind of span `period` is (2025-09 may be September or 1–9月). */
    periodKind: text("period_kind"),
    /** How the period was known: sentence | paragraph | headline | lead | dateline | published | none. */
    periodSource: text("period_source"),
    /** The words that fixed the period (上半年, 截至11月底), for the article page. */
    periodCue: text("period_cue"),
    /** Full standard name of the administrative area (衢江区, 衢州市, 浙江省, 全国) or null. */
    area: text("area"),
    /** GB/T 2260 code of `area` (330803); 100000 for 全国. */
    areaCode: text("area_code"),
    /** How the area was known: sentence | paragraph | headline | lead | source | home | none. */
    areaSource: text("area_source"),
    /** The words that fixed the area (衢州港, 全区). */
    areaCue: text("area_cue"),
    /** A figure about a part of its indicator (其中外贸箱…, 仅煤炭…): never drawn among totals. */
    breakdown: boolean("breakdown").notNull().default(false),
    cumulative: boolean("cumulative").notNull(),
    status: text("status").notNull(),
    /** Offsets into documents.normalised_text. */
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    indicatorId: text("indicator_id").references(() => indicators.id, { onDelete: "set null" }),
    /** Where the claim sits on a time axis: end of its period, or the article date for undated totals. */
    asOf: date("as_of", { mode: "string" }),
    /** auto | confirmed | corrected | rejected | added — human review, kept across re-extraction. */
    reviewState: text("review_state").notNull().default("auto"),
    /** What the extractor said before an editor changed it (null while untouched). */
    original: jsonb("original"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("claims_indicator_as_of_idx").on(t.indicatorId, t.asOf),
    index("claims_indicator_area_as_of_idx").on(t.indicatorId, t.areaCode, t.asOf),
    index("claims_sector_as_of_idx").on(t.sector, t.asOf),
    index("claims_document_idx").on(t.documentId),
    index("claims_article_idx").on(t.articleId),
  ],
);

export type DocumentRow = typeof documents.$inferSelect;
export type ArticleRow = typeof articles.$inferSelect;
export type ClaimRow = typeof claims.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;

/** Every editorial change to a claim: who, when, and the claim's fields before and after. */
export const claimAudit = pgTable(
  "claim_audit",
  {
    id: serial("id").primaryKey(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    /** "editor" or the name the editor typed when signing in. */
    actor: text("actor").notNull(),
    /** confirm | correct | reject | restore | add | map */
    action: text("action").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /** The changed fields as they were (null for an added claim). */
    before: jsonb("before"),
    after: jsonb("after").notNull(),
  },
  (t) => [index("claim_audit_claim_idx").on(t.claimId, t.at)],
);

/** An editor's rule: claims whose metric is this phrase (and whose unit is the indicator's) belong to this indicator. */
export const metricMappings = pgTable("metric_mappings", {
  metric: text("metric").primaryKey(),
  indicatorId: text("indicator_id")
    .notNull()
    .references(() => indicators.id, { onDelete: "cascade" }),
  actor: text("actor").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type ClaimAuditRow = typeof claimAudit.$inferSelect;
export type MetricMappingRow = typeof metricMappings.$inferSelect;
