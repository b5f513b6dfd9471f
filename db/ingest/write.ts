// The write side of ingest: each document with its articles and claims in one
// transaction, several documents per transaction when batching (all-or-nothing
// per batch is stricter than per document, so atomicity still holds).
import { and, eq, gte, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { articles, claims, documents, type ClaimRow } from "../schema";
import { validDate } from "./as-of";
import type { PreparedDocument } from "./prepare";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Executor = Db | Tx;

/**
 * Bulk rows go in as ONE JSON parameter expanded by json_to_recordset: a
 * multi-row VALUES through the query builder took 0.3–1 ms per claim to build
 * and bind (2,000 claims ≈ 0.6–2 s, measured here), while one JSON text is
 * parsed by the server in ~70 ms for 2,000, with no 65,535-parameter ceiling. Works the same on
 * PGlite and postgres.js. The column lists mirror db/schema.ts.
 */
export const ARTICLE_COLUMNS = [
  ["document_id", "int"],
  ["seq", "int"],
  ["title", "text"],
  ["start", "int"],
  ["end", "int"],
  ["published_at", "date"],
] as const;
export const CLAIM_COLUMNS = [
  ["document_id", "int"],
  ["article_id", "int"],
  ["seq", "int"],
  ["quote", "text"],
  ["value", "float8"],
  ["unit", "text"],
  ["qualifier", "text"],
  ["metric", "text"],
  ["subject", "text"],
  ["sector", "text"],
  ["period", "text"],
  ["period_kind", "text"],
  ["period_source", "text"],
  ["period_cue", "text"],
  ["area", "text"],
  ["area_code", "text"],
  ["area_source", "text"],
  ["area_cue", "text"],
  ["breakdown", "bool"],
  ["cumulative", "bool"],
  ["status", "text"],
  ["start", "int"],
  ["end", "int"],
  ["indicator_id", "text"],
  ["as_of", "date"],
] as const;
/** Rows per statement: bounds the size of one JSON parameter (~300 bytes a claim). */
const JSON_CHUNK = 5_000;

type Columns = ReadonlyArray<readonly [string, string]>;
type JsonRow<C extends Columns> = { [K in C[number][0]]: unknown };

function insertJsonSql(table: string, columns: Columns, rows: unknown[], returning?: string) {
  const names = columns.map(([n]) => `"${n}"`).join(", ");
  const types = columns.map(([n, t]) => `"${n}" ${t}`).join(", ");
  return sql`${sql.raw(`insert into ${table} (${names}) select ${names} from json_to_recordset(`)}${JSON.stringify(rows)}${sql.raw(
    `::json) as x(${types})${returning ? ` returning ${returning}` : ""}`,
  )}`;
}

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}

export interface WriteResult {
  /** contentHash → id of the row this call inserted. Hashes absent were stored by someone else meanwhile. */
  inserted: Map<string, number>;
  claims: number;
}

function documentRow(p: PreparedDocument) {
  const x = p.extracted;
  return {
    contentHash: p.contentHash,
    fileName: p.fileName,
    sourceUrl: p.frontMatter.url ?? null,
    source: p.frontMatter.source ?? null,
    title: x.title,
    publishedAt: validDate(x.publishedAt),
    dateSource: x.dateSource,
    rawText: p.rawText,
    normalisedText: x.normalisedText,
    extractorVersion: x.extractorVersion,
  };
}

function claimRow(
  p: PreparedDocument,
  documentId: number,
  articleIds: number[],
  seq: number,
  known: ReadonlySet<string>,
): JsonRow<typeof CLAIM_COLUMNS> {
  const c = p.claims[seq];
  return {
    document_id: documentId,
    article_id: articleIds[c.article] ?? null,
    seq,
    quote: c.quote,
    value: c.value,
    unit: c.unit,
    qualifier: c.qualifier,
    metric: c.metric,
    subject: c.subject,
    sector: c.sector,
    period: c.period,
    period_kind: c.periodKind,
    period_source: c.periodSource,
    period_cue: c.periodCue,
    area: c.area,
    area_code: c.areaCode,
    area_source: c.areaSource,
    area_cue: c.areaCue,
    breakdown: c.breakdown,
    cumulative: c.cumulative,
    status: c.status,
    start: c.start,
    end: c.end,
    // An id the catalogue does not know would break the foreign key and lose the whole page.
    indicator_id: c.indicator && known.has(c.indicator) ? c.indicator : null,
    as_of: c.asOf,
  };
}

/** Bulk update by id from one JSON parameter (see insertJsonSql). */
function updateJsonSql(table: string, columns: Columns, rows: unknown[]) {
  const set = columns.map(([n]) => `"${n}" = x."${n}"`).join(", ");
  const types = [`"id" int`, ...columns.map(([n, t]) => `"${n}" ${t}`)].join(", ");
  return sql`${sql.raw(`update ${table} as t set ${set} from json_to_recordset(`)}${JSON.stringify(rows)}${sql.raw(
    `::json) as x(${types}) where t.id = x.id`,
  )}`;
}

/**
 * Rewrites a re-extracted document's articles in place by position, so
 * /articles/<id> links survive; surplus old articles go (their claims' article
 * is set null by the foreign key, then re-pointed by the caller).
 */
async function upsertArticles(tx: Executor, documentId: number, p: PreparedDocument): Promise<number[]> {
  const rows = p.extracted.articles.map((a, seq) => ({
    documentId,
    seq,
    title: a.title,
    start: a.start,
    end: a.end,
    publishedAt: validDate(a.date),
  }));
  await tx.delete(articles).where(and(eq(articles.documentId, documentId), gte(articles.seq, rows.length)));
  if (rows.length === 0) return [];
  const back = await tx
    .insert(articles)
    .values(rows)
    .onConflictDoUpdate({
      target: [articles.documentId, articles.seq],
      set: {
        title: sql`excluded.title`,
        start: sql`excluded.start`,
        end: sql`excluded."end"`,
        publishedAt: sql`excluded.published_at`,
      },
    })
    .returning({ id: articles.id, seq: articles.seq });
  const ids: number[] = [];
  for (const r of back) ids[r.seq] = r.id;
  return ids;
}

/**
 * Pairs stored unreviewed claims with the new extraction's claims still free
 * (positions in `fresh`): same span first, then same quote and unit. Pure.
 */
export function pairUnreviewed(
  p: Pick<PreparedDocument, "claims">,
  stored: ReadonlyArray<Pick<ClaimRow, "id" | "start" | "end" | "quote" | "unit">>,
  fresh: readonly number[],
): { reuse: Array<{ id: number; seq: number }>; insert: number[] } {
  const bySpan = new Map<string, number[]>();
  const byQuote = new Map<string, number[]>();
  for (const c of stored) {
    const span = `${c.start}:${c.end}`;
    const quote = `${c.unit}\u0000${c.quote}`;
    bySpan.set(span, [...(bySpan.get(span) ?? []), c.id]);
    byQuote.set(quote, [...(byQuote.get(quote) ?? []), c.id]);
  }
  const used = new Set<number>();
  const takeFrom = (list: number[] | undefined) => {
    const id = list?.find((x) => !used.has(x));
    if (id !== undefined) used.add(id);
    return id;
  };
  const reuse: Array<{ id: number; seq: number }> = [];
  const left: number[] = [];
  for (const seq of fresh) {
    const c = p.claims[seq];
    const id = takeFrom(bySpan.get(`${c.start}:${c.end}`));
    if (id !== undefined) reuse.push({ id, seq });
    else left.push(seq);
  }
  const insert: number[] = [];
  for (const seq of left) {
    const c = p.claims[seq];
    const id = takeFrom(byQuote.get(`${c.unit}\u0000${c.quote}`));
    if (id !== undefined) reuse.push({ id, seq });
    else insert.push(seq);
  }
  return { reuse, insert };
}

/** Inserts articles of the given documents; returns, per document id, its article ids by position. */
async function insertArticles(tx: Executor, docs: Array<{ id: number; p: PreparedDocument }>) {
  const rows: Array<JsonRow<typeof ARTICLE_COLUMNS>> = docs.flatMap(({ id, p }) =>
    p.extracted.articles.map((a, seq) => ({
      document_id: id,
      seq,
      title: a.title,
      start: a.start,
      end: a.end,
      published_at: validDate(a.date),
    })),
  );
  const ids = new Map<number, number[]>();
  for (let i = 0; i < rows.length; i += JSON_CHUNK) {
    const back = rowsOf<{ id: number; document_id: number; seq: number }>(
      await tx.execute(insertJsonSql("articles", ARTICLE_COLUMNS, rows.slice(i, i + JSON_CHUNK), "id, document_id, seq")),
    );
    for (const r of back) {
      const list = ids.get(r.document_id) ?? [];
      list[r.seq] = r.id;
      ids.set(r.document_id, list);
    }
  }
  return ids;
}

async function insertClaims(tx: Executor, rows: Array<JsonRow<typeof CLAIM_COLUMNS>>) {
  for (let i = 0; i < rows.length; i += JSON_CHUNK) {
    await tx.execute(insertJsonSql("claims", CLAIM_COLUMNS, rows.slice(i, i + JSON_CHUNK)));
  }
  return rows.length;
}

/**
 * Stores new documents. ON CONFLICT DO NOTHING on the content hash makes two
 * concurrent ingests of the same file store it once: the loser's row is
 * skipped (it waits for the winner's commit, then sees the conflict).
 * Rows go in hash order so two batches never wait on each other in a cycle.
 */
export async function writeNewDocuments(
  db: Db,
  docs: PreparedDocument[],
  known: ReadonlySet<string>,
): Promise<WriteResult> {
  if (docs.length === 0) return { inserted: new Map(), claims: 0 };
  const sorted = [...docs].sort((a, b) => (a.contentHash < b.contentHash ? -1 : a.contentHash > b.contentHash ? 1 : 0));
  return db.transaction(async (tx) => {
    const back = await tx
      .insert(documents)
      .values(sorted.map(documentRow))
      .onConflictDoNothing({ target: documents.contentHash })
      .returning({ id: documents.id, contentHash: documents.contentHash });
    const inserted = new Map(back.map((r) => [r.contentHash, r.id]));
    const stored = sorted.filter((p) => inserted.has(p.contentHash)).map((p) => ({ id: inserted.get(p.contentHash)!, p }));
    const articleIds = await insertArticles(tx, stored);
    const rows = stored.flatMap(({ id, p }) => p.claims.map((_, seq) => claimRow(p, id, articleIds.get(id) ?? [], seq, known)));
    const count = await insertClaims(tx, rows);
    return { inserted, claims: count };
  });
}

export type ReextractResult = { status: "re-extracted"; claims: number; kept: number } | { status: "unchanged" };

/**
 * Re-extracts a stored document in place: same id, so links to it survive.
 * Claims an editor touched (review_state ≠ auto) stay, keeping their ids; a new
 * claim at the same span or with the same quote is the same claim, and the
 * editor's version wins over it.
 */
export async function reextractDocument(
  db: Db,
  documentId: number,
  p: PreparedDocument,
  known: ReadonlySet<string>,
): Promise<ReextractResult> {
  return db.transaction(async (tx) => {
    // The row lock serialises two processes re-extracting the same document.
    const [current] = await tx
      .select({ version: documents.extractorVersion, text: documents.normalisedText })
      .from(documents)
      .where(eq(documents.id, documentId))
      .for("update");
    if (!current || current.version >= p.extracted.extractorVersion) return { status: "unchanged" };

    const { contentHash: _hash, ...fields } = documentRow(p);
    void _hash;
    await tx.update(documents).set(fields).where(eq(documents.id, documentId));

    const old = await tx.select().from(claims).where(eq(claims.documentId, documentId));
    const kept = old.filter((c) => c.reviewState !== "auto");
    const articleIds = await upsertArticles(tx, documentId, p);

    const { fresh, updates } = mergeReviewed(p, current.text, kept, articleIds);
    for (const u of updates) await tx.update(claims).set(u.set).where(eq(claims.id, u.id));

    // Unreviewed claims that come back (same span, else same quote and unit)
    // keep their ids too, so shared #claim-<id> links survive a re-extraction.
    const autos = old.filter((c) => c.reviewState === "auto");
    const { reuse, insert } = pairUnreviewed(p, autos, fresh);
    const reused = new Set(reuse.map((r) => r.id));
    const gone = autos.filter((c) => !reused.has(c.id)).map((c) => c.id);
    if (gone.length) await tx.delete(claims).where(inArray(claims.id, gone));
    const reuseRows = reuse.map((r) => ({ id: r.id, ...claimRow(p, documentId, articleIds, r.seq, known) }));
    for (let i = 0; i < reuseRows.length; i += JSON_CHUNK) {
      await tx.execute(updateJsonSql("claims", CLAIM_COLUMNS, reuseRows.slice(i, i + JSON_CHUNK)));
    }
    const count =
      reuse.length +
      (await insertClaims(
        tx,
        insert.map((seq) => claimRow(p, documentId, articleIds, seq, known)),
      ));
    return { status: "re-extracted", claims: count, kept: kept.length };
  });
}

interface KeptUpdate {
  id: number;
  set: Partial<typeof claims.$inferInsert>;
}

/**
 * Pairs each reviewed claim with at most one new claim (same span first, then
 * same quote). Returns the positions of new claims to insert and how to move
 * the reviewed ones onto the new text: offsets and article follow the new
 * extraction; every reviewed field stays as the editor left it.
 */
export function mergeReviewed(
  p: PreparedDocument,
  oldText: string,
  kept: ClaimRow[],
  articleIds: number[],
): { fresh: number[]; updates: KeptUpdate[] } {
  const text = p.extracted.normalisedText;
  const taken = new Set<number>();
  const updates: KeptUpdate[] = [];
  const findNew = (pred: (c: PreparedDocument["claims"][number]) => boolean) => {
    for (let i = 0; i < p.claims.length; i++) if (!taken.has(i) && pred(p.claims[i])) return i;
    return -1;
  };
  const take = (k: ClaimRow, i: number) => {
    taken.add(i);
    const c = p.claims[i];
    updates.push({ id: k.id, set: { start: c.start, end: c.end, seq: i, articleId: articleIds[c.article] ?? null } });
  };
  const bySpan = kept.filter((k) => {
    const i = findNew((c) => c.start === k.start && c.end === k.end);
    if (i >= 0) take(k, i);
    return i < 0;
  });
  for (const k of bySpan) {
    const i = findNew((c) => c.quote === k.quote);
    if (i >= 0) {
      take(k, i);
      continue;
    }
    // Nothing new matches (an editor's addition, or a claim the extractor no
    // longer sees): keep it, carrying its span along with its quote.
    const { start, end } = relocate(k, oldText, text);
    updates.push({ id: k.id, set: { start, end, articleId: articleAt(p, start, articleIds) } });
  }
  const fresh = p.claims.map((_, i) => i).filter((i) => !taken.has(i));
  return { fresh, updates };
}

/** Moves a span to where its quote now is (nearest occurrence); clamps it into the text otherwise. */
export function relocate(k: Pick<ClaimRow, "start" | "end" | "quote">, oldText: string, newText: string) {
  const width = Math.max(0, k.end - k.start);
  const oldQuoteAt = k.quote ? oldText.lastIndexOf(k.quote, k.start) : -1;
  if (oldQuoteAt >= 0 && oldQuoteAt + k.quote.length >= k.end) {
    let best = -1;
    for (let at = newText.indexOf(k.quote); at >= 0; at = newText.indexOf(k.quote, at + 1)) {
      if (best < 0 || Math.abs(at - oldQuoteAt) < Math.abs(best - oldQuoteAt)) best = at;
    }
    if (best >= 0) {
      const start = best + (k.start - oldQuoteAt);
      return { start, end: start + width };
    }
  }
  const start = Math.min(k.start, newText.length);
  return { start, end: Math.min(start + width, newText.length) };
}

function articleAt(p: PreparedDocument, offset: number, articleIds: number[]): number | null {
  const idx = p.extracted.articles.findIndex((a) => a.start <= offset && offset < a.end);
  return idx >= 0 ? (articleIds[idx] ?? null) : null;
}
