// The one module the web reads through. Everything is aggregated here, on the
// server: pages receive series points and short lists, never raw claim tables.
// Aggregates are memoised in-process keyed by a cheap data version (max claim
// id, document count) so a new ingest is seen on the next request without any
// cross-process signal; editors' changes move it too (the claim_audit id).
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "./client";
import { rows } from "./rows";
import { SNIPPET_CONTEXT, withSnippet, type WithContext } from "@/lib/snippet";

export interface RangeFilter {
  /** An area's code; "none" → claims without an area; null or undefined → every area (those without one included). */
  area?: string | null;
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
  /** level | running | rate | event: how a series of it is charted. */
  kind: string;
}

/** day | month | quarter | half | ytd | year */
export type Freq = "day" | "month" | "quarter" | "half" | "ytd" | "year";

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
  /** The claim's period as written (2025, 2025-Q1, 2025-09 …) and what kind of span it is. */
  period: string | null;
  freq: Freq;
  areaCode: string | null;
  area: string | null;
  subject: string | null;
}

/** One series: one indicator in one area, one kind of period. */
export interface SeriesSummary {
  indicatorId: string;
  areaCode: string | null;
  area: string | null;
  freq: Freq;
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
  area: string | null;
  areaCode: string | null;
  periodKind: string | null;
  breakdown: boolean;
  periodSource: string | null;
  periodCue: string | null;
  areaSource: string | null;
  areaCue: string | null;
}

// Rejected claims stay in the table (so re-extraction does not resurrect them) but are never shown.
const VISIBLE = sql`c.review_state <> 'rejected'`;
// When several claims land on one date, show an editor-confirmed one first, then an exact figure, then the newest.
// Filtered max() keeps this a single hash aggregate: no sort of the whole table.
const REPRESENTATIVE = sql`coalesce(
  max(c.id) filter (where c.review_state in ('confirmed','corrected','added')),
  max(c.id) filter (where c.qualifier = 'eq'),
  max(c.id))`;


/**
 * The kind of span of a claim's period: the extractor's word when it gave one,
 * else read off the period's shape (a bare YYYY-MM reads as a month). A claim
 * without a period sits at its article's date: a day.
 */
export const FREQ_SQL = sql`coalesce(c.period_kind, case
  when c.period ~ '^[0-9]{4}$' then 'year'
  when c.period ~ '^[0-9]{4}-Q[1-4]$' then 'quarter'
  when c.period ~ '^[0-9]{4}-H[12]$' then 'half'
  when c.period ~ '^[0-9]{4}-[0-9]{2}$' then 'month'
  else 'day' end)`;

// Series are drawn from totals only: a figure about a part (其中…) is listed, never charted among them.
const CHARTED = sql`c.breakdown = false`;

function rangeWhere(f: RangeFilter, { needDate, sectorBy = "claim" }: { needDate: boolean; sectorBy?: "claim" | "indicator" }): SQL {
  const parts: SQL[] = [VISIBLE];
  if (f.area === "none") parts.push(sql`c.area_code is null`);
  else if (f.area) parts.push(sql`c.area_code = ${f.area}`);
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

/** The memo for other read-only aggregates the pages show (conflicts, targets): same data version, same answer. */
export function memoised<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  return memo(db, `ext:${key}`, compute);
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
      sql`select id, name_zh as "nameZh", name_en as "nameEn", sector, unit, measure, kind from indicators order by sector, id`,
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

/**
 * A window of the claim's document around its figure: pages show the snippet
 * cut from it (lib/snippet.ts) instead of the stored quote. A subselect, so
 * that it is read for the rows returned only (after a limit); exports keep
 * the stored quote.
 */
const CONTEXT_COLUMNS = sql`(select substr(d.normalised_text, greatest(c.start - ${SNIPPET_CONTEXT}, 0) + 1, least(c.start, ${SNIPPET_CONTEXT}) + (c."end" - c.start) + ${SNIPPET_CONTEXT})
    from documents d where d.id = c.document_id) as "context", least(c.start, ${SNIPPET_CONTEXT}) as "contextAt", c."end" - c.start as "spanLength"`;

/** Rows with their quote replaced by the snippet shown to readers. */
async function shown<T extends WithContext>(found: Promise<T[]>): Promise<T[]> {
  return (await found).map((r) => withSnippet(r) as T);
}

const POINT_COLUMNS = sql`${CONTEXT_COLUMNS}, c.as_of::text as "date", c.value, c.status, c.qualifier, c.id as "claimId",
  c.article_id as "articleId", c.quote, nullif(btrim(a.title), '') as "articleTitle", c.cumulative,
  c.period, c.area_code as "areaCode", c.area, c.subject`;

/**
 * Every series with data in the filter: one per (indicator, area, kind of
 * period), one point per (date, status) with its most recent `maxPoints` dates.
 */
export function seriesSummaries(db: Db, f: RangeFilter, maxPoints = 24): Promise<SeriesSummary[]> {
  return memo(db, `summaries:${JSON.stringify(f)}:${maxPoints}`, async () => {
    const pts = await shown(rows<SeriesPoint & { indicatorId: string; g: string }>(
      db,
      sql`with g as (
            select c.indicator_id, c.area_code, ${FREQ_SQL} as freq, c.as_of, c.status, ${REPRESENTATIVE} as id, count(*) as n
            from claims c
            where c.indicator_id is not null and ${CHARTED} and ${rangeWhere(f, { needDate: true, sectorBy: "indicator" })}
            group by 1, 2, 3, 4, 5
          ), ranked as (
            select g.*, dense_rank() over (partition by g.indicator_id, g.area_code, g.freq order by g.as_of desc) as r from g
          )
          select ranked.indicator_id as "indicatorId", ranked.freq, ${POINT_COLUMNS}, ranked.n::int as n
          from ranked join claims c on c.id = ranked.id left join articles a on a.id = c.article_id
          where ranked.r <= ${maxPoints}
          order by ranked.indicator_id, ranked.area_code nulls last, ranked.freq, c.as_of, c.status`,
    ));
    const out = new Map<string, SeriesSummary>();
    for (const { indicatorId, ...point } of pts) {
      const key = `${indicatorId}|${point.areaCode}|${point.freq}`;
      let s = out.get(key);
      if (!s) out.set(key, (s = { indicatorId, areaCode: point.areaCode, area: point.area, freq: point.freq, claims: 0, points: [] }));
      s.points.push(point);
      s.claims += point.n;
    }
    return [...out.values()];
  });
}

/**
 * Every point of one indicator in the range (most recent `limit` dates), each
 * with its kind of period; with `area`, that area's series only.
 */
export function indicatorSeries(db: Db, indicatorId: string, f: RangeFilter, limit = 1000): Promise<SeriesPoint[]> {
  return memo(db, `series:${indicatorId}:${JSON.stringify(f)}:${limit}`, async () => {
    const pts = await shown(rows<SeriesPoint>(
      db,
      sql`with g as (
            select c.area_code, ${FREQ_SQL} as freq, c.as_of, c.status, ${REPRESENTATIVE} as id, count(*) as n
            from claims c
            where c.indicator_id = ${indicatorId} and ${CHARTED} and ${rangeWhere({ ...f, sector: null }, { needDate: true })}
            group by 1, 2, 3, 4
          ), lim as (select * from g order by as_of desc limit ${limit})
          select ${POINT_COLUMNS}, lim.freq, lim.n::int as n
          from lim join claims c on c.id = lim.id left join articles a on a.id = c.article_id
          order by c.as_of, c.status`,
    ));
    return pts;
  });
}

export interface EventItem {
  claimId: number;
  articleId: number | null;
  date: string;
  value: number;
  qualifier: string;
  status: string;
  quote: string;
  articleTitle: string | null;
  areaCode: string | null;
  area: string | null;
  /** The bucket (2025-Q1 or 2025-03) the event is counted in. */
  bucket: string;
}

export interface EventBucket {
  bucket: string;
  /** Last day of the bucket: where the bar stands on a time axis. */
  date: string;
  sum: number;
  count: number;
  /** Some event in it is a lower bound (超…): so is the sum. */
  lowerBound: boolean;
}

/**
 * An event indicator (one project's investment, one signing) per month or
 * quarter: the sum and count of its reported events (all of them, in SQL), and
 * the most recent `limit` events themselves. The same figure on the same date
 * in the same area is one event reported twice, counted once.
 */
export function eventSeries(
  db: Db,
  indicatorId: string,
  f: RangeFilter,
  per: "month" | "quarter",
  limit = 200,
): Promise<{ buckets: EventBucket[]; events: EventItem[] }> {
  return memo(db, `events:${indicatorId}:${JSON.stringify(f)}:${per}:${limit}`, async () => {
    const bucket =
      per === "quarter"
        ? sql`to_char(c.as_of, 'YYYY') || '-Q' || to_char(c.as_of, 'Q')`
        : sql`to_char(c.as_of, 'YYYY-MM')`;
    const distinct = sql`select ${REPRESENTATIVE} as id
            from claims c
            where c.indicator_id = ${indicatorId} and ${CHARTED} and ${rangeWhere({ ...f, sector: null }, { needDate: true })}
            group by c.as_of, c.area_code, c.value, c.status`;
    const [sums, events] = await Promise.all([
      rows<{ bucket: string; sum: number; count: number; lowerBound: boolean }>(
        db,
        sql`with g as (${distinct})
            select ${bucket} as bucket, sum(c.value)::float8 as sum, count(*)::int as count,
              bool_or(c.qualifier in ('gt', 'gte')) as "lowerBound"
            from g join claims c on c.id = g.id
            where c.status <> 'plan'
            group by 1 order by 1`,
      ),
      shown(rows<EventItem>(
        db,
        sql`with g as (${distinct}),
            lim as (select c.* from g join claims c on c.id = g.id order by c.as_of desc, c.id desc limit ${limit})
            select c.id as "claimId", c.article_id as "articleId", c.as_of::text as "date", c.value, c.qualifier, c.status,
              c.quote, ${CONTEXT_COLUMNS}, nullif(btrim(a.title), '') as "articleTitle", c.area_code as "areaCode", c.area, ${bucket} as bucket
            from lim c left join articles a on a.id = c.article_id
            order by c.as_of, c.id`,
      )),
    ]);
    const buckets = sums.map((b) => ({ ...b, date: bucketEnd(b.bucket) })).sort((a, b) => a.date.localeCompare(b.date));
    return { buckets, events };
  });
}

function bucketEnd(bucket: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(bucket);
  const [y, m] = q ? [Number(q[1]), Number(q[2]) * 3] : bucket.split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
}

export interface StatedGrowth {
  /** The level claim the growth is said of. */
  claimId: number;
  growthClaimId: number;
  articleId: number | null;
  value: number;
  qualifier: string;
}

/**
 * Growth the article itself states for a figure (…达1234万吨，同比增长12.5%):
 * the growth indicator's claim right after it in the same sentence.
 */
export function statedGrowth(db: Db, claimIds: number[]): Promise<Map<number, StatedGrowth>> {
  const ids = [...new Set(claimIds)].sort((a, b) => a - b);
  if (ids.length === 0) return Promise.resolve(new Map());
  return memo(db, `growth:${ids.join(",")}`, async () => {
    const found = await rows<StatedGrowth>(
      db,
      sql`select distinct on (c.id) c.id as "claimId", g.id as "growthClaimId", g.article_id as "articleId", g.value, g.qualifier
          from claims c
          join claims g on g.document_id = c.document_id
            and g.indicator_id = regexp_replace(c.indicator_id, '_cumulative$', '') || '_growth'
            and g.start > c."end" and g.start - c."end" <= 40
            and g.review_state <> 'rejected' and g.status = c.status
          join documents d on d.id = c.document_id
          where c.id in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})
            and strpos(substr(d.normalised_text, c."end" + 1, g.start - c."end"), '。') = 0
            and strpos(substr(d.normalised_text, c."end" + 1, g.start - c."end"), '；') = 0
          order by c.id, g.start`,
    );
    return new Map(found.map((g) => [g.claimId, g]));
  });
}

export interface AreaOption {
  code: string;
  name: string;
  claims: number;
}

/** Are there visible claims without an area (read before areas were assigned, or none could be)? */
export function hasUnassignedArea(db: Db): Promise<boolean> {
  return memo(db, "unassigned", async () =>
    (await rows<{ x: boolean }>(db, sql`select exists (select 1 from claims c where c.area_code is null and ${VISIBLE}) as x`))[0]?.x === true,
  );
}

export interface AreaPointsScope {
  /** One indicator's points (an indicator page), or every indicator's of a sector ("all" or null: every sector). */
  indicator?: string | null;
  sector?: string | null;
  from?: string | null;
  to?: string | null;
}

/**
 * Data points per area for what a page shows (the area picker's counts): the
 * distinct dates, kinds of period and statuses of charted claims, so an area
 * counts what its chart would draw, not how often a figure was reported.
 */
export function areaPointCounts(db: Db, scope: AreaPointsScope): Promise<AreaOption[]> {
  return memo(db, `area-points:${JSON.stringify(scope)}`, () => {
    const where = [rangeWhere({ sector: scope.indicator ? null : scope.sector, from: scope.from, to: scope.to }, { needDate: true, sectorBy: "indicator" }), CHARTED, sql`c.area_code is not null`];
    where.push(scope.indicator ? sql`c.indicator_id = ${scope.indicator}` : sql`c.indicator_id is not null`);
    return rows<AreaOption>(
      db,
      sql`select c.area_code as code, min(c.area) as name, count(distinct (c.indicator_id, c.as_of, ${FREQ_SQL}, c.status))::int as claims
          from claims c where ${sql.join(where, sql` and `)}
          group by c.area_code order by 3 desc, c.area_code`,
    );
  });
}

/** Every area that has claims, with how many (most first). */
export function areasWithClaims(db: Db): Promise<AreaOption[]> {
  return memo(db, "areas", () =>
    rows<AreaOption>(
      db,
      sql`select c.area_code as code, min(c.area) as name, count(*)::int as claims
          from claims c where c.area_code is not null and ${VISIBLE}
          group by c.area_code order by count(*) desc, c.area_code`,
    ),
  );
}

const CLAIM_COLUMNS = sql`c.id, c.article_id as "articleId", c.document_id as "documentId", c.quote, c.value, c.unit,
  c.qualifier, c.metric, c.subject, c.sector, c.period, c.status, c.as_of::text as "asOf",
  c.indicator_id as "indicatorId", nullif(btrim(a.title), '') as "articleTitle", c.review_state as "reviewState",
  c.area, c.area_code as "areaCode", c.period_kind as "periodKind", c.breakdown,
  c.period_source as "periodSource", c.period_cue as "periodCue", c.area_source as "areaSource", c.area_cue as "areaCue"`;

export function latestClaims(db: Db, f: RangeFilter, limit = 8): Promise<ClaimListItem[]> {
  return memo(db, `latest:${JSON.stringify(f)}:${limit}`, () =>
    shown(rows<ClaimListItem>(
      db,
      sql`select ${CLAIM_COLUMNS}, ${CONTEXT_COLUMNS} from claims c left join articles a on a.id = c.article_id
          where ${rangeWhere(f, { needDate: false })}
          order by coalesce(a.published_at, c.as_of) desc nulls last, c.id desc limit ${limit}`,
    )),
  );
}

export interface ClaimQuery {
  area?: string | null;
  sector?: string | null;
  indicator?: string | null;
  unit?: string | null;
  status?: string | null;
  period?: string | null;
  q?: string | null;
  from?: string | null;
  to?: string | null;
  sort?: "date_desc" | "date_asc" | "value_desc" | "value_asc";
  /** Areas compared with `area` (codes): their claims are listed beside its own. */
  compare?: readonly string[] | null;
}

function claimWhere(f: ClaimQuery): SQL {
  const compared = f.area && f.area !== "none" && f.compare?.length ? [f.area, ...f.compare] : null;
  const parts: SQL[] = [rangeWhere({ area: compared ? null : f.area, sector: f.sector, from: f.from, to: f.to }, { needDate: false })];
  if (compared) parts.push(sql`c.area_code in (${sql.join(compared.map((a) => sql`${a}`), sql`, `)})`);
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
      shown(rows<ClaimListItem>(
        db,
        sql`select ${CLAIM_COLUMNS}, ${CONTEXT_COLUMNS} from claims c left join articles a on a.id = c.article_id
            where ${where} order by ${claimOrder(f.sort)} limit ${pageSize} offset ${(page - 1) * pageSize}`,
      )),
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
    shown(rows<ClaimListItem>(
      db,
      sql`select ${CLAIM_COLUMNS}, ${CONTEXT_COLUMNS} from claims c left join articles a on a.id = c.article_id
          where c.article_id = ${id} and ${VISIBLE} order by c.start, c.id`,
    )),
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
