// Editorial changes to claims: confirm, correct, reject, restore, add. Each one
// runs in a transaction that locks the claim row, changes it and writes one
// audit row (who, when, the fields before and after), so the log and the
// claim never disagree. `original` keeps what the extractor said, written on
// the first correction only; re-extraction keeps every claim whose
// review_state is not 'auto' (ingest/write.ts, mergeReviewed).
import { and, asc, desc, eq, inArray, max, sql } from "drizzle-orm";
import { computeAsOf } from "../as-of";
import { dataChanged } from "../changes";
import { forgetDataVersion } from "../queries";
import type { Db } from "../client";
import { articles, claimAudit, claims, documents, indicators, type ClaimRow } from "../schema";
import { changedFields, EDITABLE_FIELDS, type ClaimFields, type ClaimPatch, type NewClaim } from "@/lib/review/fields";
import { ReviewError, takeWritersTurn, type Actor, type Tx } from "./rows";
import { lookupArea } from "@/lib/areas";
import { parsePeriod } from "@/extract/time/period";

/** An editor's area: its code kept in step, and the provenance says an editor set it. */
function areaColumns(area: string | null) {
  return { areaCode: area ? (lookupArea(area)?.code ?? null) : null, areaSource: area ? "editor" : "none", areaCue: null };
}

/**
 * An editor's period: its kind kept in step (the rollup files a point by kind, so a year moved to
 * 2019-Q2 must chart as a quarter), and the provenance says an editor set it. The written form
 * cannot tell 1—9月 from September: a claim that was year to date stays so under a new YYYY-MM.
 */
function periodColumns(period: string | null, kindBefore: string | null) {
  const kind = parsePeriod(period, kindBefore === "ytd" ? "ytd" : null)?.kind ?? null;
  return { periodKind: kind, periodSource: period ? "editor" : "none", periodCue: null };
}

export type ReviewState = "auto" | "confirmed" | "corrected" | "rejected" | "added";

export interface AuditEntry {
  id: number;
  claimId: number;
  actor: string;
  /** The account (users.id); null for entries from before accounts. */
  userId: string | null;
  action: string;
  at: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/** Runs a change and, once committed, makes this process's dashboard queries and page cache see it. */
export async function committed<T>(db: Db, change: Promise<T>): Promise<T> {
  try {
    return await change;
  } finally {
    forgetDataVersion(db);
    dataChanged();
  }
}

export interface ChangeResult {
  claim: ClaimRow;
  /** Null when the request changed nothing (no audit row either). */
  audit: AuditEntry | null;
}

function fieldsOf(c: ClaimRow): ClaimFields {
  const out = {} as Record<string, unknown>;
  for (const f of EDITABLE_FIELDS) out[f] = c[f];
  return out as ClaimFields;
}

async function lockClaim(tx: Tx, id: number): Promise<ClaimRow> {
  await takeWritersTurn(tx);
  const [row] = await tx.select().from(claims).where(eq(claims.id, id)).for("update");
  if (!row) throw new ReviewError(404, `claim ${id} does not exist`);
  return row;
}

async function assertIndicator(tx: Tx, id: string | null | undefined) {
  if (!id) return;
  const [found] = await tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.id, id));
  if (!found) throw new ReviewError(422, `indicator ${id} does not exist (map the metric to a new indicator first)`);
}

/** The claim's chart position after its period or running-total flag changed. */
async function asOfFor(tx: Tx, c: Pick<ClaimRow, "articleId" | "documentId">, period: string | null, cumulative: boolean) {
  const [dates] = await tx
    .select({ article: articles.publishedAt, document: documents.publishedAt })
    .from(documents)
    .leftJoin(articles, c.articleId === null ? sql`false` : eq(articles.id, c.articleId))
    .where(eq(documents.id, c.documentId));
  return computeAsOf({ period, cumulative }, dates?.article ?? null, dates?.document ?? null);
}

async function writeAudit(
  tx: Tx,
  claimId: number,
  actor: Actor,
  action: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): Promise<AuditEntry> {
  const [row] = await tx.insert(claimAudit).values({ claimId, actor: actor.name, userId: actor.userId, action, before, after }).returning();
  return toEntry(row);
}

function toEntry(row: typeof claimAudit.$inferSelect): AuditEntry {
  return {
    id: row.id,
    claimId: row.claimId,
    actor: row.actor,
    userId: row.userId ?? null,
    action: row.action,
    at: row.at instanceof Date ? row.at.toISOString() : String(row.at),
    before: (row.before as Record<string, unknown> | null) ?? null,
    after: (row.after as Record<string, unknown>) ?? {},
  };
}

/** Changes any editable field; the claim becomes 'corrected' (an added one stays 'added'). */
export function correctClaim(db: Db, id: number, patch: ClaimPatch, actor: Actor): Promise<ChangeResult> {
  return committed(db, db.transaction(async (tx) => {
    const current = await lockClaim(tx, id);
    const { actor: _a, ...fields } = patch;
    void _a;
    const diff = changedFields(fieldsOf(current), fields);
    if (Object.keys(diff.after).length === 0) return { claim: current, audit: null };
    if ("indicatorId" in diff.after) await assertIndicator(tx, diff.after.indicatorId as string | null);

    const next = { ...fieldsOf(current), ...(diff.after as Partial<ClaimFields>) };
    const state: ReviewState = current.reviewState === "added" ? "added" : current.reviewState === "rejected" ? "rejected" : "corrected";
    const set: Partial<typeof claims.$inferInsert> = { ...(diff.after as Partial<ClaimFields>), reviewState: state, updatedAt: new Date() };
    if (current.original === null && current.reviewState !== "added") set.original = fieldsOf(current);
    if ("area" in diff.after) Object.assign(set, areaColumns(next.area));
    // The series is now the editor's choice, not the extractor's reading
    if ("indicatorId" in diff.after) Object.assign(set, { indicatorSource: "editor", indicatorCue: null });
    if ("status" in diff.after) set.statusCue = null;
    if ("period" in diff.after) Object.assign(set, periodColumns(next.period, current.periodKind));
    if ("period" in diff.after || "cumulative" in diff.after) set.asOf = await asOfFor(tx, current, next.period, next.cumulative);

    const [claim] = await tx.update(claims).set(set).where(eq(claims.id, id)).returning();
    const before = { ...diff.before, ...(state !== current.reviewState ? { reviewState: current.reviewState } : {}) };
    const after = { ...diff.after, ...(state !== current.reviewState ? { reviewState: state } : {}) };
    return { claim, audit: await writeAudit(tx, id, actor, "correct", before, after) };
  }));
}

/** confirm: the extractor (or the last editor) got it right; reject: not a claim, hidden everywhere; restore: undo a reject. */
export function reviewClaim(db: Db, id: number, action: "confirm" | "reject" | "restore", actor: Actor): Promise<ChangeResult> {
  return committed(db, db.transaction(async (tx) => {
    const current = await lockClaim(tx, id);
    const from = current.reviewState as ReviewState;
    let to: ReviewState;
    if (action === "reject") to = "rejected";
    else if (action === "confirm") to = from === "auto" || from === "rejected" ? "confirmed" : from;
    else {
      if (from !== "rejected") return { claim: current, audit: null };
      to = await stateBeforeReject(tx, id);
    }
    if (to === from) return { claim: current, audit: null };
    const [claim] = await tx.update(claims).set({ reviewState: to, updatedAt: new Date() }).where(eq(claims.id, id)).returning();
    return { claim, audit: await writeAudit(tx, id, actor, action, { reviewState: from }, { reviewState: to }) };
  }));
}

async function stateBeforeReject(tx: Tx, id: number): Promise<ReviewState> {
  const [last] = await tx
    .select({ before: claimAudit.before })
    .from(claimAudit)
    .where(and(eq(claimAudit.claimId, id), eq(claimAudit.action, "reject")))
    .orderBy(desc(claimAudit.id))
    .limit(1);
  const prior = (last?.before as { reviewState?: string } | null)?.reviewState;
  // An untouched claim that was rejected and restored has now been looked at: confirmed.
  return prior === "corrected" || prior === "added" || prior === "confirmed" ? prior : "confirmed";
}

/** Where `quote` stands in the article (the n-th occurrence), as offsets into the document's normalised text. */
export function locateQuote(articleText: string, quote: string, occurrence: number): number | null {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) {
    at = articleText.indexOf(quote, at + 1);
    if (at < 0) return null;
  }
  return at;
}

/** A number the extractor missed: the editor quotes it from the article and fills in the record. */
export function addClaim(db: Db, input: NewClaim, actor: Actor): Promise<ChangeResult> {
  return committed(db, db.transaction(async (tx) => {
    const [a] = await tx
      .select({
        documentId: articles.documentId,
        start: articles.start,
        end: articles.end,
        text: sql<string>`substr(${documents.normalisedText}, ${articles.start} + 1, ${articles.end} - ${articles.start})`,
      })
      .from(articles)
      .innerJoin(documents, eq(documents.id, articles.documentId))
      .where(eq(articles.id, input.articleId));
    if (!a) throw new ReviewError(404, `article ${input.articleId} does not exist`);
    const at = locateQuote(a.text, input.quote, input.occurrence);
    if (at === null) throw new ReviewError(422, "the quote does not appear in the article's text");
    await assertIndicator(tx, input.indicatorId);
    const start = a.start + at;
    const [{ seq }] = await tx
      .select({ seq: max(claims.seq) })
      .from(claims)
      .where(eq(claims.documentId, a.documentId));
    const fields: ClaimFields = {
      value: input.value,
      unit: input.unit,
      qualifier: input.qualifier,
      metric: input.metric,
      subject: input.subject ?? null,
      sector: input.sector,
      indicatorId: input.indicatorId ?? null,
      period: input.period ?? null,
      area: input.area ?? null,
      status: input.status,
      cumulative: input.cumulative ?? false,
    };
    const asOf = await asOfFor(tx, { articleId: input.articleId, documentId: a.documentId }, fields.period, fields.cumulative);
    const [claim] = await tx
      .insert(claims)
      .values({
        ...fields,
        ...areaColumns(fields.area),
        ...periodColumns(fields.period, null),
        ...(fields.indicatorId ? { indicatorSource: "editor" } : {}),
        documentId: a.documentId,
        articleId: input.articleId,
        seq: (seq ?? -1) + 1,
        quote: input.quote,
        start,
        end: start + input.quote.length,
        asOf,
        reviewState: "added",
      })
      .returning();
    return { claim, audit: await writeAudit(tx, claim.id, actor, "add", null, { ...fields, quote: input.quote, reviewState: "added" }) };
  }));
}

/** The audit log of some claims, oldest first per claim. */
export async function auditOf(db: Db, claimIds: number[]): Promise<Map<number, AuditEntry[]>> {
  const out = new Map<number, AuditEntry[]>();
  if (claimIds.length === 0) return out;
  const found = await db
    .select()
    .from(claimAudit)
    .where(inArray(claimAudit.claimId, claimIds))
    .orderBy(asc(claimAudit.claimId), asc(claimAudit.id));
  for (const r of found) {
    const list = out.get(r.claimId) ?? [];
    list.push(toEntry(r));
    out.set(r.claimId, list);
  }
  return out;
}

export async function getClaim(db: Db, id: number): Promise<ClaimRow | null> {
  const [row] = await db.select().from(claims).where(eq(claims.id, id));
  return row ?? null;
}

export interface Correction {
  claimId: number;
  articleId: number | null;
  quote: string;
  value: number;
  unit: string;
  qualifier: string;
  actor: string;
  userId: string | null;
  at: string;
}

/** The latest corrections of an indicator's claims, newest first: who corrected which figure, and when. */
export async function recentCorrections(db: Db, indicatorId: string, limit = 20): Promise<Correction[]> {
  const rows = await db
    .select({
      claimId: claims.id,
      articleId: claims.articleId,
      quote: claims.quote,
      value: claims.value,
      unit: claims.unit,
      qualifier: claims.qualifier,
      actor: claimAudit.actor,
      userId: claimAudit.userId,
      at: claimAudit.at,
      auditId: claimAudit.id,
    })
    .from(claimAudit)
    .innerJoin(claims, eq(claims.id, claimAudit.claimId))
    .where(and(eq(claims.indicatorId, indicatorId), eq(claimAudit.action, "correct")))
    .orderBy(desc(claimAudit.id))
    .limit(limit * 4);
  // The latest correction of each claim only.
  const seen = new Set<number>();
  const out: Correction[] = [];
  for (const r of rows) {
    if (seen.has(r.claimId)) continue;
    seen.add(r.claimId);
    const { auditId: _id, at, ...rest } = r;
    out.push({ ...rest, userId: rest.userId ?? null, at: (at instanceof Date ? at : new Date(at)).toISOString() });
    if (out.length >= limit) break;
  }
  return out;
}
