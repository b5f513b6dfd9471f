// What the ingest writes into claims and articles, derived from db/schema.ts:
// the column lists, and a claim's row. Pure (no database): the extraction
// workers use it to encode rows before they cross to the writer.
import { getTableColumns } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { articles, claims } from "../schema";
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


/** A claim's row for the claims table. An indicator the database does not know is left null (it would break the foreign key and lose the page). */
export function claimRow(
  c: PreparedClaim,
  seq: number,
  documentId: number,
  articleIds: readonly number[],
  known: ReadonlySet<string>,
): ClaimJsonRow {
  return {
    documentId,
    articleId: articleIds[c.article] ?? null,
    seq,
    quote: c.quote,
    value: c.value,
    unit: c.unit,
    qualifier: c.qualifier,
    metric: c.metric,
    subject: c.subject,
    sector: c.sector,
    period: c.period,
    periodKind: c.periodKind,
    periodSource: c.periodSource,
    periodCue: c.periodCue,
    area: c.area,
    areaCode: c.areaCode,
    areaSource: c.areaSource,
    areaCue: c.areaCue,
    breakdown: c.breakdown,
    cumulative: c.cumulative,
    status: c.status,
    start: c.start,
    end: c.end,
    indicatorId: c.indicator && known.has(c.indicator) ? c.indicator : null,
    asOf: c.asOf,
  };
}
