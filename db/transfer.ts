// Export and restore as JSON Lines: one header line, then every indicator,
// metric mapping, document, article, claim (review state, corrections and the
// extractor's original included), claim audit entry and upload audit entry
// (each with the account's name and id), in foreign-key order,
// one row per line: {"type": "claim", "row": {...}}. Streamed both
// ways, so the size of the database does not decide the memory used.
// Accounts themselves (password hashes, sessions) are not exported: the
// audit keeps the names and ids it had; accounts are made again with `npm run user`.
import { createHash } from "node:crypto";
import { asc, count, gt, sql } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Db } from "./client";
import { articles, claimAudit, claims, documents, indicators, metricMappings, uploadAudit } from "./schema";

export const EXPORT_FORMAT = "qujiang-export";
export const EXPORT_VERSION = 1;
const PAGE = 1_000;
const INSERT_BATCH = 500;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const timestamp = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

const IndicatorLine = z.object({
  id: z.string().min(1),
  nameZh: z.string(),
  nameEn: z.string(),
  sector: z.string(),
  unit: z.string(),
  measure: z.string(),
  // Exports written before series kinds existed: "level" is the column default too
  kind: z.string().default("level"),
  // and before scopes existed: "area" likewise
  scope: z.string().default("area"),
});
const DocumentLine = z.object({
  id: z.number().int().positive(),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string(),
  sourceUrl: z.string().nullable(),
  source: z.string().nullable(),
  title: z.string().nullable(),
  publishedAt: date.nullable(),
  dateSource: z.string(),
  rawText: z.string(),
  normalisedText: z.string(),
  extractorVersion: z.number().int(),
  fetchedAt: timestamp.nullable().default(null),
  ingestedAt: timestamp,
});
const ArticleLine = z.object({
  id: z.number().int().positive(),
  documentId: z.number().int().positive(),
  seq: z.number().int(),
  title: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  publishedAt: date.nullable(),
});
const ClaimLine = z.object({
  id: z.number().int().positive(),
  documentId: z.number().int().positive(),
  articleId: z.number().int().positive().nullable(),
  seq: z.number().int(),
  quote: z.string(),
  value: z.number(),
  unit: z.string(),
  qualifier: z.string(),
  metric: z.string(),
  subject: z.string().nullable(),
  sector: z.string(),
  period: z.string().nullable(),
  // Fields added with areas and frames; older exports lack them
  periodKind: z.string().nullable().default(null),
  periodSource: z.string().nullable().default(null),
  periodCue: z.string().nullable().default(null),
  area: z.string().nullable().default(null),
  areaCode: z.string().nullable().default(null),
  areaSource: z.string().nullable().default(null),
  areaCue: z.string().nullable().default(null),
  // Exports written before claims said why they are in their series
  indicatorSource: z.string().nullable().default(null),
  indicatorCue: z.string().nullable().default(null),
  statusCue: z.string().nullable().default(null),
  breakdown: z.boolean().default(false),
  cumulative: z.boolean(),
  status: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  indicatorId: z.string().nullable(),
  asOf: date.nullable(),
  reviewState: z.string(),
  original: z.unknown().nullable(),
  updatedAt: timestamp,
});

const MetricMappingLine = z.object({
  metric: z.string().min(1),
  indicatorId: z.string().min(1),
  actor: z.string(),
  // Exports from before accounts lack it
  userId: z.string().nullable().default(null),
  createdAt: timestamp,
});
const ClaimAuditLine = z.object({
  id: z.number().int().positive(),
  claimId: z.number().int().positive(),
  actor: z.string(),
  userId: z.string().nullable().default(null),
  action: z.string(),
  at: timestamp,
  before: z.unknown().nullable(),
  after: z.unknown(),
});

const UploadAuditLine = z.object({
  id: z.number().int().positive(),
  userId: z.string().nullable(),
  actor: z.string(),
  at: timestamp,
  source: z.string(),
  status: z.string(),
  documentId: z.number().int().positive().nullable(),
  claims: z.number().int(),
});

const Header = z.object({ type: z.literal("header"), format: z.literal(EXPORT_FORMAT), version: z.literal(EXPORT_VERSION) });

/** In foreign-key order: a restore inserts them as they come. */
const KINDS = [
  { type: "indicator", table: indicators, key: indicators.id, keyName: "id", schema: IndicatorLine },
  { type: "metric_mapping", table: metricMappings, key: metricMappings.metric, keyName: "metric", schema: MetricMappingLine },
  { type: "document", table: documents, key: documents.id, keyName: "id", schema: DocumentLine },
  { type: "article", table: articles, key: articles.id, keyName: "id", schema: ArticleLine },
  { type: "claim", table: claims, key: claims.id, keyName: "id", schema: ClaimLine },
  { type: "claim_audit", table: claimAudit, key: claimAudit.id, keyName: "id", schema: ClaimAuditLine },
  { type: "upload_audit", table: uploadAudit, key: uploadAudit.id, keyName: "id", schema: UploadAuditLine },
] as const;
type Kind = (typeof KINDS)[number];

const Line = z.discriminatedUnion("type", [
  z.object({ type: z.literal("indicator"), row: IndicatorLine }),
  z.object({ type: z.literal("document"), row: DocumentLine }),
  z.object({ type: z.literal("article"), row: ArticleLine }),
  z.object({ type: z.literal("claim"), row: ClaimLine }),
  z.object({ type: z.literal("metric_mapping"), row: MetricMappingLine }),
  z.object({ type: z.literal("claim_audit"), row: ClaimAuditLine }),
  z.object({ type: z.literal("upload_audit"), row: UploadAuditLine }),
]);

export interface TransferCounts {
  indicators: number;
  metricMappings: number;
  documents: number;
  articles: number;
  claims: number;
  claimAudit: number;
  uploadAudit: number;
}
const countKey = {
  indicator: "indicators",
  metric_mapping: "metricMappings",
  document: "documents",
  article: "articles",
  claim: "claims",
  claim_audit: "claimAudit",
  upload_audit: "uploadAudit",
} as const;
const zeroCounts = (): TransferCounts => ({ indicators: 0, metricMappings: 0, documents: 0, articles: 0, claims: 0, claimAudit: 0, uploadAudit: 0 });

/** Every row of one table in key order, a page at a time (keyset pagination, not OFFSET). */
async function* rowsOf(db: Db, kind: Kind): AsyncGenerator<Record<string, unknown>> {
  const table = kind.table as PgTable;
  const key = kind.key as AnyPgColumn;
  let after: unknown = null;
  for (;;) {
    const page: Array<Record<string, unknown>> = await db
      .select()
      .from(table)
      .where(after === null ? undefined : gt(key, after))
      .orderBy(asc(key))
      .limit(PAGE);
    for (const row of page) yield row;
    if (page.length < PAGE) return;
    after = page[page.length - 1][kind.keyName];
  }
}

/**
 * Writes the export line by line through `write` (which should wait for the
 * stream to drain). Returns the counts and a checksum of the row lines, which
 * depends on the data only, not on when it was exported.
 */
export async function exportDatabase(db: Db, write: (line: string) => Promise<void> | void) {
  const hash = createHash("sha256");
  const counts = zeroCounts();
  await write(JSON.stringify({ type: "header", format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date().toISOString() }) + "\n");
  for (const kind of KINDS) {
    for await (const row of rowsOf(db, kind)) {
      const line = JSON.stringify({ type: kind.type, row }) + "\n";
      hash.update(line);
      counts[countKey[kind.type]]++;
      await write(line);
    }
  }
  return { counts, checksum: hash.digest("hex") };
}

/** The checksum an export of this database would carry, without writing it anywhere. */
export async function databaseChecksum(db: Db) {
  return exportDatabase(db, () => {});
}

export class ImportError extends Error {}

export async function tableCounts(db: Db): Promise<TransferCounts> {
  const out = zeroCounts();
  for (const kind of KINDS) {
    const [{ n }] = await db.select({ n: count() }).from(kind.table);
    out[countKey[kind.type]] = n;
  }
  return out;
}

/**
 * Restores an export into an EMPTY database, in one transaction: a bad line
 * anywhere leaves the database as it was. Ids are kept (links such as
 * /articles/12#claim-345 survive) and the id sequences moved past them.
 */
export async function importDatabase(db: Db, lines: AsyncIterable<string>): Promise<TransferCounts> {
  const existing = await tableCounts(db);
  const total = Object.values(existing).reduce((a, b) => a + b, 0);
  if (total > 0) {
    throw new ImportError(
      `refusing to import into a non-empty database (${existing.documents} documents, ${existing.claims} claims, ${existing.indicators} indicators); restore into an empty one`,
    );
  }
  const counts = zeroCounts();
  await db.transaction(async (tx) => {
    let lineNo = 0;
    let sawHeader = false;
    let order = 0;
    let pending: { kind: Kind; rows: Array<Record<string, unknown>> } | null = null;
    const flush = async () => {
      if (!pending || pending.rows.length === 0) return;
      await tx.insert(pending.kind.table).values(pending.rows as never);
      pending.rows = [];
    };
    for await (const raw of lines) {
      lineNo++;
      if (!raw.trim()) continue;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        throw new ImportError(`line ${lineNo}: not JSON`);
      }
      if (!sawHeader) {
        if (!Header.safeParse(json).success) throw new ImportError(`line ${lineNo}: not a ${EXPORT_FORMAT} v${EXPORT_VERSION} header`);
        sawHeader = true;
        continue;
      }
      const parsed = Line.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ImportError(`line ${lineNo}: ${issue.path.join(".") || "line"}: ${issue.message}`);
      }
      const index = KINDS.findIndex((k) => k.type === parsed.data.type);
      if (index < order) throw new ImportError(`line ${lineNo}: ${parsed.data.type} after ${KINDS[order].type}s (out of order)`);
      if (index !== order || !pending) {
        await flush();
        order = index;
        pending = { kind: KINDS[index], rows: [] };
      }
      pending.rows.push(parsed.data.row);
      counts[countKey[parsed.data.type]]++;
      if (pending.rows.length >= INSERT_BATCH) await flush();
    }
    await flush();
    if (!sawHeader) throw new ImportError("empty file");
    for (const t of ["documents", "articles", "claims", "claim_audit", "upload_audit"]) {
      await tx.execute(
        sql.raw(`select setval(pg_get_serial_sequence('${t}', 'id'), coalesce((select max(id) from ${t}), 1), (select count(*) > 0 from ${t}))`),
      );
    }
  });
  return counts;
}
