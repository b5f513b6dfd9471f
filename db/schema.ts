// One schema for PGlite and the real server; drizzle-kit generates migrations/ from it.

import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
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
    // The latest claims of an area (or of all), read backwards by date: the overview's list without a sort of the table.
    index("claims_area_as_of_idx").on(t.areaCode, t.asOf, t.id),
    index("claims_as_of_idx").on(t.asOf, t.id),
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
    /** The account's name when it made the change (older rows: the name an editor typed with the shared secret). */
    actor: text("actor").notNull(),
    /** The account that made the change (users.id); null for rows from before accounts. Not a foreign key: the trail outlives an account. */
    userId: text("user_id"),
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
  /** The account that made the mapping (users.id); null before accounts. */
  userId: text("user_id"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Every item sent through the web upload (a file, a URL, a feed's item): which account, when, what came of it. */
export const uploadAudit = pgTable(
  "upload_audit",
  {
    id: serial("id").primaryKey(),
    userId: text("user_id"),
    actor: text("actor").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /** The file name or URL as sent (a PDF page: edition.pdf#page=2). */
    source: text("source").notNull(),
    /** new | unchanged | re-extracted | failed */
    status: text("status").notNull(),
    documentId: integer("document_id").references(() => documents.id, { onDelete: "set null" }),
    claims: integer("claims").notNull().default(0),
  },
  (t) => [index("upload_audit_document_idx").on(t.documentId)],
);

// Accounts (better-auth's models: user, session, account, verification; the
// admin plugin's role and ban fields). Column keys are better-auth's field names.

/** An editor or admin, by name. role: editor | admin; banned: disabled by an admin (signed out everywhere). */
export const users = pgTable("users", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  role: text("role"),
  banned: boolean("banned").default(false),
  banReason: text("ban_reason"),
  banExpires: timestamp("ban_expires", { withTimezone: true }),
});

/** A signed-in browser: the cookie holds the token, the row says whose it is and until when. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    token: text("token").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    impersonatedBy: text("impersonated_by"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** How a user signs in (better-auth's "account" model): here the credential provider with its password hash. */
export const credentials = pgTable(
  "credentials",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
    scope: text("scope"),
    password: text("password"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("credentials_user_idx").on(t.userId)],
);

export const verifications = pgTable("verifications", {
  id: text("id").primaryKey(),
  identifier: text("identifier").notNull(),
  value: text("value").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Settings the app makes for itself: the secret that signs session cookies when AUTH_SECRET is not given. */
export const appSettings = pgTable("app_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export type ClaimAuditRow = typeof claimAudit.$inferSelect;
export type UserRow = typeof users.$inferSelect;
export type MetricMappingRow = typeof metricMappings.$inferSelect;

/**
 * The rollup every page reads instead of the claims: one row per point a chart
 * can show — indicator × area × kind of period × date × status × entity (the
 * claim's subject for the catalogue's entity indicators, '' for an area's own
 * total) — with the claim that shows it, how many claims agree on the key and
 * whether they disagree on the value. Kept current by statement-level triggers
 * on claims (migrations/*_series_points_triggers.sql) in the same transaction
 * as every write; `area_code` is '' for claims without an area (a key column
 * cannot be null).
 */
export const seriesPoints = pgTable(
  "series_points",
  {
    indicatorId: text("indicator_id").notNull(),
    areaCode: text("area_code").notNull(),
    /** day | month | quarter | half | ytd | year */
    freq: text("freq").notNull(),
    asOf: date("as_of", { mode: "string" }).notNull(),
    status: text("status").notNull(),
    entity: text("entity").notNull(),
    /** The claim the point shows: an editor's first, then an exact figure, then the newest. */
    claimId: integer("claim_id").notNull(),
    /** Claims on this key. */
    n: integer("n").notNull(),
    /** They do not all say the same value. */
    conflict: boolean("conflict").notNull(),
    // The shown claim's fields, so a chart needs no join with the claims.
    value: doublePrecision("value").notNull(),
    qualifier: text("qualifier").notNull(),
    period: text("period"),
    area: text("area"),
    subject: text("subject"),
    articleId: integer("article_id"),
    cumulative: boolean("cumulative").notNull(),
    quote: text("quote").notNull(),
    /** Events: the sum and number of the distinct figures on this key (one event reported twice counts once). */
    eventSum: doublePrecision("event_sum").notNull(),
    eventCount: integer("event_count").notNull(),
    /** Some claim on the key is a lower bound (超…). */
    bound: boolean("bound").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorId, t.areaCode, t.freq, t.asOf, t.status, t.entity] }),
    // The overview and the key-indicators table read one area's series of every indicator.
    index("series_points_area_idx").on(t.areaCode, t.indicatorId, t.freq, t.asOf),
  ],
);

export type SeriesPointRow = typeof seriesPoints.$inferSelect;
