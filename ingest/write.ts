// The write side of ingest: each document with its articles and claims in one
// transaction, several documents per transaction when batching (all-or-nothing
// per batch is stricter than per document, so atomicity still holds).
import { and, eq, getTableName, gte, inArray, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { dataChanged } from "@/db/changes";
import type { Db } from "@/db/client";
import { rowsOf } from "@/db/rows";
import { articles, claims, documents, type ClaimRow } from "@/db/schema";
import { validDate } from "@/db/as-of";
import { ARTICLE_COLUMNS, CLAIM_COLUMNS, claimRow, type ArticleJsonRow, type ClaimJsonRow, type JsonColumn } from "./columns";
import { copyClaims, withIds } from "./copy";
import { matchClaims, storedKey } from "./match";
import type { PreparedDocument } from "./prepare";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Executor = Db | Tx;

/**
 * Bulk rows go in as ONE JSON parameter expanded by json_to_recordset: a
 * multi-row VALUES through the query builder took 0.3–1 ms per claim to build
 * and bind (2,000 claims ≈ 0.6–2 s, measured here), while one JSON text is
 * parsed by the server in ~70 ms for 2,000, with no 65,535-parameter ceiling.
 * New documents' claims go in faster still, by COPY (copy.ts). Column lists
 * come from db/schema.ts (columns.ts).
 */
/** Rows per statement: bounds the size of one JSON parameter (~300 bytes a claim). */
const JSON_CHUNK = 5_000;

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
const recordType = (columns: readonly JsonColumn[], extra = "") =>
  `${extra}${columns.map((c) => `${quoted(c.key)} ${c.type}`).join(", ")}`;

function insertJsonSql(table: PgTable, columns: readonly JsonColumn[], rows: unknown[], returning?: string) {
  const names = columns.map((c) => quoted(c.name)).join(", ");
  const values = columns.map((c) => `x.${quoted(c.key)}`).join(", ");
  return sql`${sql.raw(`insert into ${quoted(getTableName(table))} (${names}) select ${values} from json_to_recordset(`)}${JSON.stringify(rows)}${sql.raw(
    `::json) as x(${recordType(columns)})${returning ? ` returning ${returning}` : ""}`,
  )}`;
}

/** Bulk update by id from one JSON parameter (see insertJsonSql). */
function updateJsonSql(table: PgTable, columns: readonly JsonColumn[], rows: unknown[]) {
  const set = columns.map((c) => `${quoted(c.name)} = x.${quoted(c.key)}`).join(", ");
  return sql`${sql.raw(`update ${quoted(getTableName(table))} as t set ${set} from json_to_recordset(`)}${JSON.stringify(rows)}${sql.raw(
    `::json) as x(${recordType(columns, '"id" integer, ')}) where t.id = x.id`,
  )}`;
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
    sourceUrl: p.sourceUrl ?? p.frontMatter.url ?? null,
    source: p.frontMatter.source ?? null,
    title: x.title,
    publishedAt: validDate(x.publishedAt),
    dateSource: x.dateSource,
    rawText: p.rawText,
    normalisedText: x.normalisedText,
    extractorVersion: x.extractorVersion,
    fetchedAt: p.fetchedAt ? new Date(p.fetchedAt) : null,
  };
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

/** Inserts articles of the given documents; returns, per document id, its article ids by position. */
async function insertArticles(tx: Executor, docs: Array<{ id: number; p: PreparedDocument }>) {
  const rows: ArticleJsonRow[] = docs.flatMap(({ id, p }) =>
    p.extracted.articles.map((a, seq) => ({
      documentId: id,
      seq,
      title: a.title,
      start: a.start,
      end: a.end,
      publishedAt: validDate(a.date),
    })),
  );
  const ids = new Map<number, number[]>();
  for (let i = 0; i < rows.length; i += JSON_CHUNK) {
    const back = rowsOf<{ id: number; document_id: number; seq: number }>(
      await tx.execute(insertJsonSql(articles, ARTICLE_COLUMNS, rows.slice(i, i + JSON_CHUNK), "id, document_id, seq")),
    );
    for (const r of back) {
      const list = ids.get(r.document_id) ?? [];
      list[r.seq] = r.id;
      ids.set(r.document_id, list);
    }
  }
  return ids;
}

async function insertClaims(tx: Executor, rows: ClaimJsonRow[]) {
  for (let i = 0; i < rows.length; i += JSON_CHUNK) {
    await tx.execute(insertJsonSql(claims, CLAIM_COLUMNS, rows.slice(i, i + JSON_CHUNK)));
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
  const result = await db.transaction(async (tx) => {
    const back = await tx
      .insert(documents)
      .values(sorted.map(documentRow))
      .onConflictDoNothing({ target: documents.contentHash })
      .returning({ id: documents.id, contentHash: documents.contentHash });
    const inserted = new Map(back.map((r) => [r.contentHash, r.id]));
    const stored = sorted.filter((p) => inserted.has(p.contentHash)).map((p) => ({ id: inserted.get(p.contentHash)!, p }));
    const articleIds = await insertArticles(tx, stored);
    // The claims, encoded where they were extracted (copy.ts): only the ids are put in here.
    let text = "";
    let count = 0;
    for (const { id, p } of stored) {
      text += withIds(p.claimLines, id, articleIds.get(id) ?? []);
      count += p.claimCount;
    }
    await copyClaims(tx, text);
    return { inserted, claims: count };
  });
  if (result.inserted.size > 0) dataChanged();
  return result;
}

export type ReextractResult = { status: "re-extracted"; claims: number; kept: number } | { status: "unchanged" };

/**
 * Extracts a stored document again, in place: same id, so links to it survive.
 * Either a newer extractor read the same bytes, or the page at the document's
 * URL changed (new content hash and text). Claims are matched to the new ones
 * by one rule (match.ts): an editor's claim (review_state ≠ auto) keeps its id
 * and every value the editor left, following the text to its new span; an
 * unreviewed claim that comes back keeps its id with the new values, so shared
 * #claim-<id> links survive; the rest go, and new ones are inserted.
 */
export async function reextractDocument(
  db: Db,
  documentId: number,
  p: PreparedDocument,
  known: ReadonlySet<string>,
): Promise<ReextractResult> {
  const result = await db.transaction(async (tx): Promise<ReextractResult> => {
    // The row lock serialises two processes re-extracting the same document.
    const [current] = await tx
      .select({ version: documents.extractorVersion, text: documents.normalisedText, hash: documents.contentHash })
      .from(documents)
      .where(eq(documents.id, documentId))
      .for("update");
    if (!current) return { status: "unchanged" };
    if (current.hash === p.contentHash && current.version >= p.extracted.extractorVersion) return { status: "unchanged" };

    // A file re-read by a newer extractor says nothing of where the page was fetched: keep that.
    const { sourceUrl, fetchedAt, ...fields } = documentRow(p);
    await tx
      .update(documents)
      .set({ ...fields, ...(sourceUrl ? { sourceUrl } : {}), ...(fetchedAt ? { fetchedAt } : {}) })
      .where(eq(documents.id, documentId));

    const fresh = p.claims;
    if (!fresh) throw new Error("re-extraction needs the prepared claims (prepare with keepClaims)");
    const old = await tx.select().from(claims).where(eq(claims.documentId, documentId)).orderBy(claims.seq, claims.id);
    const reviewed = old.filter((c) => c.reviewState !== "auto");
    const autos = old.filter((c) => c.reviewState === "auto");
    const articleIds = await upsertArticles(tx, documentId, p);
    const text = p.extracted.normalisedText;

    // Reviewed claims first: where the extractor finds the same claim, the editor's version stands for it.
    const taken = new Set<number>();
    const r = matchClaims(reviewed.map(storedKey), fresh, taken);
    const byId = new Map(reviewed.map((c) => [c.id, c]));
    for (const { id, seq } of r.pairs) {
      const c = fresh[seq];
      await tx
        .update(claims)
        .set({ start: c.start, end: c.end, seq, articleId: articleIds[c.article] ?? null, ...fieldsReviewNeverSaw(byId.get(id)!, c) })
        .where(eq(claims.id, id));
    }
    // Nothing new matches (an editor's addition, or a claim the extractor no
    // longer sees): keep it, carrying its span along with its quote.
    for (const id of r.unpaired) {
      const { start, end } = relocate(byId.get(id)!, current.text, text);
      await tx.update(claims).set({ start, end, articleId: articleAt(p, start, articleIds) }).where(eq(claims.id, id));
    }

    const a = matchClaims(autos.map(storedKey), fresh, taken);
    if (a.unpaired.length) await tx.delete(claims).where(inArray(claims.id, a.unpaired));
    const reuseRows = a.pairs.map((x) => ({ id: x.id, ...claimRow(fresh[x.seq], x.seq, documentId, articleIds, known) }));
    for (let i = 0; i < reuseRows.length; i += JSON_CHUNK) {
      await tx.execute(updateJsonSql(claims, CLAIM_COLUMNS, reuseRows.slice(i, i + JSON_CHUNK)));
    }
    const insert = fresh.map((_, seq) => seq).filter((seq) => !taken.has(seq));
    const inserted = await insertClaims(
      tx,
      insert.map((seq) => claimRow(fresh[seq], seq, documentId, articleIds, known)),
    );
    return { status: "re-extracted", claims: a.pairs.length + inserted, kept: reviewed.length };
  });
  if (result.status === "re-extracted") dataChanged();
  return result;
}

/**
 * What an editor's claim gains from a newer extractor: only fields it never had. A claim reviewed
 * before claims carried areas has no area source: it takes the extractor's area, and the period's
 * kind and provenance when the period is still the one reviewed. Anything an editor set stays.
 */
function fieldsReviewNeverSaw(stored: ClaimRow, c: NonNullable<PreparedDocument["claims"]>[number]) {
  const out: Partial<typeof claims.$inferInsert> = {};
  if (stored.areaSource === null) {
    Object.assign(out, { area: c.area, areaCode: c.areaCode, areaSource: c.areaSource, areaCue: c.areaCue, breakdown: c.breakdown });
  }
  if (stored.periodSource === null && stored.period === c.period) {
    Object.assign(out, { periodKind: c.periodKind, periodSource: c.periodSource, periodCue: c.periodCue });
  }
  // Why the claim is in its series, when the series is still the extractor's
  if (stored.indicatorSource === null && stored.indicatorId === (c.indicator ?? null)) {
    Object.assign(out, { indicatorSource: c.indicatorSource ?? null, indicatorCue: c.indicatorCue ?? null });
  }
  if (stored.statusCue === null && stored.status === c.status && c.statusCue) Object.assign(out, { statusCue: c.statusCue });
  return out;
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
