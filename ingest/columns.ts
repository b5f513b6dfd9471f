// What the ingest writes into claims and articles, derived from db/schema.ts:
// the column lists, and a claim's row. Pure (no database): the extraction
// workers use it to encode rows before they cross to the writer.
import { getTableColumns } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { articles, claims } from "@/db/schema";
import type { PreparedClaim } from "./prepare";

/**
 * The column lists of the bulk writes come from db/schema.ts itself: every column but the ones
 * the database fills (id, defaults of review state). The JSON keys are the
 * schema's property names, so a row is typed by the table's insert type and a
 * column added to the schema is a type error here until the row fills it.
 */
export interface JsonColumn {
  /** Property name in db/schema.ts and key in the JSON row. */
  key: string;
  /** Column name in the database. */
  name: string;
  /** Its SQL type, as json_to_recordset must be told. */
  type: string;
}

function jsonColumns(table: PgTable, skip: readonly string[]): JsonColumn[] {
  return Object.entries(getTableColumns(table))
    .filter(([key]) => !skip.includes(key))
    .map(([key, col]) => ({ key, name: col.name, type: col.getSQLType() === "serial" ? "integer" : col.getSQLType() }));
}

/** Filled by the database or by the editorial review, never by the ingest. */
const CLAIM_SKIP = ["id", "reviewState", "original", "updatedAt"] as const;
const ARTICLE_SKIP = ["id"] as const;

export const CLAIM_COLUMNS = jsonColumns(claims, CLAIM_SKIP);
export const ARTICLE_COLUMNS = jsonColumns(articles, ARTICLE_SKIP);

export type ClaimJsonRow = Required<Omit<typeof claims.$inferInsert, (typeof CLAIM_SKIP)[number]>>;
export type ArticleJsonRow = Required<Omit<typeof articles.$inferInsert, (typeof ARTICLE_SKIP)[number]>>;


type ClaimField = Exclude<keyof ClaimJsonRow, "documentId" | "articleId">;

/**
 * How each column of a claim's row comes from the extracted claim: one getter
 * per column, and the mapped type makes a column added to db/schema.ts a type
 * error here until it has one. The row builder and the COPY encoder both read
 * these, so they cannot disagree.
 */
export const CLAIM_FIELDS: { [K in ClaimField]: (c: PreparedClaim, seq: number, known: ReadonlySet<string>) => ClaimJsonRow[K] } = {
  seq: (_c, seq) => seq,
  quote: (c) => c.quote,
  value: (c) => c.value,
  unit: (c) => c.unit,
  qualifier: (c) => c.qualifier,
  metric: (c) => c.metric,
  subject: (c) => c.subject,
  sector: (c) => c.sector,
  period: (c) => c.period,
  periodKind: (c) => c.periodKind,
  periodSource: (c) => c.periodSource,
  periodCue: (c) => c.periodCue,
  area: (c) => c.area,
  areaCode: (c) => c.areaCode,
  areaSource: (c) => c.areaSource,
  areaCue: (c) => c.areaCue,
  indicatorSource: (c) => c.indicatorSource ?? null,
  indicatorCue: (c) => c.indicatorCue ?? null,
  statusCue: (c) => c.statusCue ?? null,
  breakdown: (c) => c.breakdown,
  cumulative: (c) => c.cumulative,
  status: (c) => c.status,
  start: (c) => c.start,
  end: (c) => c.end,
  // An indicator the database does not know would break the foreign key and lose the page.
  indicatorId: (c, _seq, known) => (c.indicator && known.has(c.indicator) ? c.indicator : null),
  asOf: (c) => c.asOf,
};

const FIELD_ENTRIES = Object.entries(CLAIM_FIELDS) as Array<[ClaimField, (c: PreparedClaim, seq: number, known: ReadonlySet<string>) => unknown]>;

/** A claim's row for the claims table (JSON writes: re-extraction). */
export function claimRow(
  c: PreparedClaim,
  seq: number,
  documentId: number,
  articleIds: readonly number[],
  known: ReadonlySet<string>,
): ClaimJsonRow {
  const row: Record<string, unknown> = { documentId, articleId: articleIds[c.article] ?? null };
  for (const [key, get] of FIELD_ENTRIES) row[key] = get(c, seq, known);
  return row as ClaimJsonRow;
}
