// The one module the web reads through. Everything is aggregated here, on the
// server: pages receive series points and short lists, never raw claim tables.
// Aggregates are memoised in-process keyed by a cheap data version (max claim
// id, document count) so a new ingest is seen on the next request without any
// cross-process signal; editors' changes move it too (the claim_audit id).
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "./client";
import { rows } from "./rows";

export interface RangeFilter {
  sector?: string | null; // "all" or null → every sector
  from?: string | null; // YYYY-MM-DD inclusive
  to?: string | null; // YYYY-MM-DD inclusive
}

export interface IndicatorInfo {
  id: string;
  nameZh: string;
  nameEn: string;
  sector: string;
  unit: string;
  measure: string;
}

export interface SeriesPoint {
  /** YYYY-MM-DD: the claim's as_of. */
  date: string;
  value: number;
  status: string;
  qualifier: string;
  claimId: number;
  articleId: number | null;
  quote: string;
  articleTitle: string | null;
  /** Claims that agree on this date and status; the point shows one of them. */
  n: number;
  cumulative: boolean;
}

export interface IndicatorSummary extends IndicatorInfo {
  claims: number;
  points: SeriesPoint[];
}

export interface ClaimListItem {
  id: number;
  articleId: number | null;
  documentId: number;
  quote: string;
  value: number;
  unit: string;
  qualifier: string;
  metric: string;
  subject: string | null;
  sector: string;
  period: string | null;
  status: string;
  asOf: string | null;
  indicatorId: string | null;
  articleTitle: string | null;
  reviewState: string;
}

// Rejected claims stay in the table (so re-extraction does not resurrect them) but are never shown.
const VISIBLE = sql`c.review_state <> 'rejected'`;
// When several claims land on one date, show an editor-confirmed one first, then an exact figure, then the newest.
// Filtered max() keeps this a single hash aggregate: no sort of the whole table.
const REPRESENTATIVE = sql`coalesce(
  max(c.id) filter (where c.review_state in ('confirmed','corrected','added')),
  max(c.id) filter (where c.qualifier = 'eq'),
  max(c.id))`;


function rangeWhere(f: RangeFilter, { needDate, sectorBy = "claim" }: { needDate: boolean; sectorBy?: "claim" | "indicator" }): SQL {
  const parts: SQL[] = [VISIBLE];
  // Charts group by indicator, so a sector's charts are its indicators' (a claim's own sector may differ from its indicator's).
  if (f.sector && f.sector !== "all")
    parts.push(sectorBy === "indicator" ? sql`c.indicator_id in (select i.id from indicators i where i.sector = ${f.sector})` : sql`c.sector = ${f.sector}`);
  if (needDate || f.from || f.to) parts.push(sql`c.as_of is not null`);
  if (f.from) parts.push(sql`c.as_of >= ${f.from}::date`);
  if (f.to) parts.push(sql`c.as_of <= ${f.to}::date`);
  return sql.join(parts, sql` and `);
}

// ---- memo -----------------------------------------------------------------

const MEMO_TTL_MS = 60_000;
const MEMO_MAX = 300;
const VERSION_TTL_MS = 1_000;
type MemoEntry = { at: number; value: Promise<unknown> };
// Per database handle (tests open several; the web has one).
const memoStores = new WeakMap<Db, Map<string, MemoEntry>>();
const versionCaches = new WeakMap<Db, { at: number; value: Promise<string> }>();

/** Changes when claims or documents are added or removed, or an editor changes a claim. */
export function dataVersion(db: Db): Promise<string> {
  const now = Date.now();
  const cached = versionCaches.get(db);
  if (cached && now - cached.at < VERSION_TTL_MS) return cached.value;
  const value = rows<{ c: number; d: number; e: number }>(
    db,
    // claim_audit's max id moves with every editorial change (db/review), so an edit is seen on the next request too.
    sql`select coalesce((select max(id) from claims), 0)::int as c, (select count(*) from documents)::int as d,
      coalesce((select max(id) from claim_audit), 0)::int as e`,
  ).then((r) => `${r[0].c}:${r[0].d}:${r[0].e}`);
  versionCaches.set(db, { at: now, value });
  value.catch(() => versionCaches.delete(db));
  return value;
}

/** After a write in this process (db/review): the next read sees it at once instead of after VERSION_TTL_MS. */
export function forgetDataVersion(db: Db): void {
  versionCaches.delete(db);
}

async function memo<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  const full = `${await dataVersion(db)}|${key}`;
  const now = Date.now();
  let memoStore = memoStores.get(db);
  if (!memoStore) memoStores.set(db, (memoStore = new Map()));
  const hit = memoStore.get(full);
  if (hit && now - hit.at < MEMO_TTL_MS) return hit.value as Promise<T>;
  const value = compute();
  memoStore.set(full, { at: now, value });
  value.catch(() => memoStore!.delete(full));
  if (memoStore.size > MEMO_MAX) {
    const oldest = memoStore.keys().next().value;
    if (oldest !== undefined) memoStore.delete(oldest);
  }
  return value;
}

// ---- queries --------------------------------------------------------------

export function listIndicators(db: Db): Promise<IndicatorInfo[]> {
  return memo(db, "indicators", () =>
    rows<IndicatorInfo>(
      db,
      sql`select id, name_zh as "nameZh", name_en as "nameEn", sector, unit, measure from indicators order by sector, id`,
    ),
  );
}

export async function getIndicator(db: Db, id: string): Promise<IndicatorInfo | null> {
  return (await listIndicators(db)).find((i) => i.id === id) ?? null;
}

export async function countClaims(db: Db): Promise<number> {
  // Cheap: is there anything at all? Used for the "how to ingest" empty state.
  const r = await rows<{ n: number }>(db, sql`select count(*)::int as n from (select 1 from claims limit 1) x`);
  return r[0]?.n ?? 0;
}

const POINT_COLUMNS = sql`c.as_of::text as "date", c.value, c.status, c.qualifier, c.id as "claimId",
  c.article_id as "articleId", c.quote, nullif(btrim(a.title), '') as "articleTitle", c.cumulative`;

/** One point per (indicator, date, status), for every indicator with data in the filter. */
export function indicatorSummaries(db: Db, f: RangeFilter, maxPoints = 24): Promise<IndicatorSummary[]> {
  return memo(db, `summaries:${JSON.stringify(f)}:${maxPoints}`, async () => {
    const [indicators, pts] = await Promise.all([
      listIndicators(db),
      rows<SeriesPoint & { indicatorId: string }>(
        db,
        sql`with g as (
              select c.indicator_id, c.as_of, c.status, ${REPRESENTATIVE} as id, count(*) as n
              from claims c
              where c.indicator_id is not null and ${rangeWhere(f, { needDate: true, sectorBy: "indicator" })}
              group by c.indicator_id, c.as_of, c.status
            ), ranked as (
              select g.*, dense_rank() over (partition by g.indicator_id order by g.as_of desc) as r from g
            )
            select c.indicator_id as "indicatorId", ${POINT_COLUMNS}, ranked.n::int as n
            from ranked join claims c on c.id = ranked.id left join articles a on a.id = c.article_id
            where ranked.r <= ${maxPoints}
            order by c.indicator_id, c.as_of`,
      ),
    ]);
    const byId = new Map<string, SeriesPoint[]>();
    const counts = new Map<string, number>();
    for (const p of pts) {
      const { indicatorId, ...point } = p;
      if (!byId.has(indicatorId)) byId.set(indicatorId, []);
      byId.get(indicatorId)!.push(point);
      counts.set(indicatorId, (counts.get(indicatorId) ?? 0) + point.n);
    }
    return indicators
      .filter((i) => byId.has(i.id))
      .map((i) => ({ ...i, claims: counts.get(i.id) ?? 0, points: byId.get(i.id)! }));
  });
}

/** Every point of one indicator in the range (most recent `limit` dates). */
export function indicatorSeries(db: Db, indicatorId: string, f: RangeFilter, limit = 1000): Promise<SeriesPoint[]> {
  return memo(db, `series:${indicatorId}:${JSON.stringify(f)}:${limit}`, async () => {
    const pts = await rows<SeriesPoint>(
      db,
      sql`with g as (
            select c.as_of, c.status, ${REPRESENTATIVE} as id, count(*) as n
            from claims c
            where c.indicator_id = ${indicatorId} and ${rangeWhere({ ...f, sector: null }, { needDate: true })}
            group by c.as_of, c.status
          ), lim as (select * from g order by as_of desc limit ${limit})
          select ${POINT_COLUMNS}, lim.n::int as n
          from lim join claims c on c.id = lim.id left join articles a on a.id = c.article_id
          order by c.as_of, c.status`,
    );
    return pts;
  });
}

const CLAIM_COLUMNS = sql`c.id, c.article_id as "articleId", c.document_id as "documentId", c.quote, c.value, c.unit,
  c.qualifier, c.metric, c.subject, c.sector, c.period, c.status, c.as_of::text as "asOf",
  c.indicator_id as "indicatorId", nullif(btrim(a.title), '') as "articleTitle", c.review_state as "reviewState"`;

export function latestClaims(db: Db, f: RangeFilter, limit = 8): Promise<ClaimListItem[]> {
  return memo(db, `latest:${JSON.stringify(f)}:${limit}`, () =>
    rows<ClaimListItem>(
      db,
      sql`select ${CLAIM_COLUMNS} from claims c left join articles a on a.id = c.article_id
          where ${rangeWhere(f, { needDate: false })}
          order by coalesce(a.published_at, c.as_of) desc nulls last, c.id desc limit ${limit}`,
    ),
  );
}

export interface ClaimQuery {
  sector?: string | null;
  indicator?: string | null;
  unit?: string | null;
  status?: string | null;
  period?: string | null;
  q?: string | null;
  from?: string | null;
  to?: string | null;
  sort?: "date_desc" | "date_asc" | "value_desc" | "value_asc";
}

function claimWhere(f: ClaimQuery): SQL {
  const parts: SQL[] = [rangeWhere({ sector: f.sector, from: f.from, to: f.to }, { needDate: false })];
  if (f.indicator) parts.push(sql`c.indicator_id = ${f.indicator}`);
  if (f.unit) parts.push(sql`c.unit = ${f.unit}`);
  if (f.status && f.status !== "all") parts.push(sql`c.status = ${f.status}`);
  if (f.period) parts.push(sql`c.period like ${escapeLike(f.period) + "%"}`);
  if (f.q) {
    const pat = `%${escapeLike(f.q)}%`;
    parts.push(sql`(c.quote ilike ${pat} or c.metric ilike ${pat} or coalesce(c.subject,'') ilike ${pat})`);
  }
  return sql.join(parts, sql` and `);
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

function claimOrder(sort: ClaimQuery["sort"]): SQL {
  switch (sort) {
    case "date_asc":
      return sql`c.as_of asc nulls last, c.id asc`;
    case "value_desc":
      return sql`c.value desc, c.id desc`;
    case "value_asc":
      return sql`c.value asc, c.id asc`;
    default:
      return sql`c.as_of desc nulls last, c.id desc`;
  }
}

export async function searchClaims(
  db: Db,
  f: ClaimQuery,
  page: number,
  pageSize = 50,
): Promise<{ total: number; items: ClaimListItem[] }> {
  const where = claimWhere(f);
  const [count, items] = await Promise.all([
    memo(db, `count:${JSON.stringify(f)}`, () =>
      rows<{ n: number }>(db, sql`select count(*)::int as n from claims c where ${where}`).then((r) => r[0]?.n ?? 0),
    ),
    memo(db, `page:${JSON.stringify(f)}:${page}:${pageSize}`, () =>
      rows<ClaimListItem>(
        db,
        sql`select ${CLAIM_COLUMNS} from claims c left join articles a on a.id = c.article_id
            where ${where} order by ${claimOrder(f.sort)} limit ${pageSize} offset ${(page - 1) * pageSize}`,
      ),
    ),
  ]);
  return { total: count, items };
}

/** For exports: the filtered claims, capped so one request cannot pull the whole table into memory. */
export function exportClaims(db: Db, f: ClaimQuery, cap = 100_000): Promise<ClaimListItem[]> {
  return rows<ClaimListItem>(
    db,
    sql`select ${CLAIM_COLUMNS} from claims c left join articles a on a.id = c.article_id
        where ${claimWhere(f)} order by ${claimOrder(f.sort)} limit ${cap}`,
  );
}

export function listUnits(db: Db): Promise<string[]> {
  return memo(db, "units", async () =>
    (await rows<{ unit: string }>(db, sql`select distinct unit from claims order by unit`)).map((r) => r.unit),
  );
}

export interface ArticleView {
  id: number;
  title: string;
  publishedAt: string | null;
  documentId: number;
  documentTitle: string | null;
  fileName: string;
  sourceUrl: string | null;
  source: string | null;
  dateSource: string;
  /** The article's slice of the normalised text. */
  text: string;
  /** Offset of `text` in the document's normalised text. */
  offset: number;
  claims: ClaimListItem[];
  claimSpans: { id: number; start: number; end: number }[];
}

export async function getArticle(db: Db, id: number): Promise<ArticleView | null> {
  const found = await rows<Omit<ArticleView, "claims" | "claimSpans" | "text" | "offset"> & { start: number; end: number; normalisedText: string }>(
    db,
    sql`select a.id, coalesce(nullif(btrim(a.title), ''), nullif(btrim(d.title), ''), d.file_name) as title, a.published_at::text as "publishedAt", a.document_id as "documentId", d.title as "documentTitle",
          d.file_name as "fileName", d.source_url as "sourceUrl", d.source, d.date_source as "dateSource",
          a.start, a."end", d.normalised_text as "normalisedText"
        from articles a join documents d on d.id = a.document_id where a.id = ${id}`,
  );
  const a = found[0];
  if (!a) return null;
  const [claimRows, spans] = await Promise.all([
    rows<ClaimListItem>(
      db,
      sql`select ${CLAIM_COLUMNS} from claims c left join articles a on a.id = c.article_id
          where c.article_id = ${id} and ${VISIBLE} order by c.start, c.id`,
    ),
    rows<{ id: number; start: number; end: number }>(
      db,
      sql`select c.id, c.start, c."end" from claims c where c.article_id = ${id} and ${VISIBLE} order by c.start, c.id`,
    ),
  ]);
  const { normalisedText, start, end, ...rest } = a;
  return {
    ...rest,
    text: normalisedText.slice(start, end),
    offset: start,
    claims: claimRows,
    claimSpans: spans.map((s) => ({ id: s.id, start: s.start - start, end: s.end - start })),
  };
}
