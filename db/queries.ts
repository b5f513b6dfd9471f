// The one module the web reads through. Charts, tables and area lists read the
// rollup (series_points), which triggers keep current in the same transaction
// as every claim write: no page aggregates the claims on request, and no page
// aggregate is cached in process memory (the explorer's units list excepted), so the first request after a start is as fast
// as any other and a write is seen by the next request in every process.
// Claims themselves are read only by key or by a bounded index range (a
// page of the explorer, an article's claims, the latest few).
import { cache } from "react";
import { sql, type SQL } from "drizzle-orm";
import { periodEnd } from "@/extract/time/period";
import type { Db } from "./client";
import { rows } from "./rows";
import { SNIPPET_CONTEXT, withSnippet, type WithContext } from "@/extract/snippet";

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
  /** area | entity | both: whose figures its points are (extract/catalogue.ts). */
  scope: string;
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
  /** Whose figure (an entity indicator's subject); '' for the area's own total. */
  entity: string;
  /** The claims on this point do not all say the same value. */
  conflict: boolean;
}

/** One series: one indicator in one area, one kind of period, one entity ('' the area's total). */
export interface SeriesSummary {
  indicatorId: string;
  areaCode: string | null;
  area: string | null;
  freq: Freq;
  entity: string;
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
  indicatorSource: string | null;
  indicatorCue: string | null;
  statusCue: string | null;
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

/**
 * The catalogue as the database has it. Read once per request (React's cache; a page, its metadata and its parts
 * each ask for it); outside a render (the CLI, tests) each call reads.
 */
export const listIndicators = cache((db: Db): Promise<IndicatorInfo[]> =>
  rows<IndicatorInfo>(
    db,
    sql`select id, name_zh as "nameZh", name_en as "nameEn", sector, unit, measure, kind, scope from indicators order by sector, id`,
  ),
);

export async function getIndicator(db: Db, id: string): Promise<IndicatorInfo | null> {
  return (await listIndicators(db)).find((i) => i.id === id) ?? null;
}

export async function countClaims(db: Db): Promise<number> {
  // Cheap: is there anything at all? Used for the "how to ingest" empty state.
  const r = await rows<{ n: number }>(db, sql`select count(*)::int as n from (select 1 from claims limit 1) x`);
  return r[0]?.n ?? 0;
}

/** Code-point order (ids, codes, ISO dates): what the pages expect, whatever the database's collation. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A window of the claim's document around its figure: pages show the snippet
 * cut from it (lib/snippet.ts) instead of the stored quote. A subselect, so
 * that it is read for the rows returned only (after a limit); exports keep
 * the stored quote.
 */
const CONTEXT_COLUMNS = sql`(select substr(d.normalised_text, greatest(c.start - ${SNIPPET_CONTEXT}, 0) + 1, least(c.start, ${SNIPPET_CONTEXT}) + (c."end" - c.start) + ${SNIPPET_CONTEXT})
    from documents d where d.id = c.document_id) as "context", least(c.start, ${SNIPPET_CONTEXT}) as "contextAt", c."end" - c.start as "spanLength"`;

/** The same window for a rollup row (alias sp), through the claim it shows. */
const SP_CONTEXT = sql`(select ${CONTEXT_COLUMNS} from claims c where c.id = sp.claim_id) ctx`;
const SP_CONTEXT_COLUMNS = sql`ctx.context, ctx."contextAt", ctx."spanLength"`;

/** Rows with their quote replaced by the snippet shown to readers. */
async function shown<T extends WithContext>(found: Promise<T[]>): Promise<T[]> {
  return (await found).map((r) => withSnippet(r) as T);
}

// The point's fields as the rollup stores them (series_points: db/schema.ts, kept by triggers); '' is no area.
const SP_COLUMNS = sql`sp.as_of::text as "date", sp.value, sp.status, sp.qualifier, sp.claim_id as "claimId",
  sp.article_id as "articleId", sp.quote, nullif(btrim(a.title), '') as "articleTitle", sp.cumulative,
  sp.period, nullif(sp.area_code, '') as "areaCode", sp.area, sp.subject, sp.entity, sp.conflict, sp.n, sp.freq`;
/**
 * The same fields with the article's title read per row (no join): for a few hundred rows an index lookup each,
 * where a join was planned as a hash of every article (a scan of the articles table per request).
 */
const SP_COLUMNS_TITLE_PER_ROW = sql`sp.as_of::text as "date", sp.value, sp.status, sp.qualifier, sp.claim_id as "claimId",
  sp.article_id as "articleId", sp.quote, (select nullif(btrim(a.title), '') from articles a where a.id = sp.article_id) as "articleTitle",
  sp.cumulative, sp.period, nullif(sp.area_code, '') as "areaCode", sp.area, sp.subject, sp.entity, sp.conflict, sp.n, sp.freq`;

/** The rollup's rows in a range filter: area ('' is none), the indicators of a sector, dates. */
function pointsWhere(f: RangeFilter): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.area === "none") parts.push(sql`sp.area_code = ''`);
  else if (f.area) parts.push(sql`sp.area_code = ${f.area}`);
  if (f.sector && f.sector !== "all") parts.push(sql`sp.indicator_id in (select i.id from indicators i where i.sector = ${f.sector})`);
  if (f.from) parts.push(sql`sp.as_of >= ${f.from}::date`);
  if (f.to) parts.push(sql`sp.as_of <= ${f.to}::date`);
  return sql.join(parts, sql` and `);
}

/** The series (series_index) in a range filter: area ('' is none), the indicators of a sector, dates overlapping. */
function seriesWhere(f: RangeFilter): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.area === "none") parts.push(sql`s.area_code = ''`);
  else if (f.area) parts.push(sql`s.area_code = ${f.area}`);
  if (f.sector && f.sector !== "all") parts.push(sql`s.indicator_id in (select i.id from indicators i where i.sector = ${f.sector})`);
  if (f.from) parts.push(sql`s.last_as_of >= ${f.from}::date`);
  if (f.to) parts.push(sql`s.first_as_of <= ${f.to}::date`);
  return sql.join(parts, sql` and `);
}

/**
 * Every series with data in the filter: one per (indicator, area, kind of
 * period, entity), with the points of its most recent `maxPoints` dates; with
 * `maxSeries`, only that many series, the most documented first. Read from the
 * rollup (series_index, then each series' latest points by its key): no claim
 * is scanned.
 */
export async function seriesSummaries(db: Db, f: RangeFilter, maxPoints = 24, maxSeries?: number): Promise<SeriesSummary[]> {
  const pts = await rows<SeriesPoint & { indicatorId: string }>(
    db,
    sql`with s as (
          select s.* from series_index s where ${seriesWhere(f)}
          order by s.claims desc, s.indicator_id, s.area_code, s.freq, s.entity
          ${maxSeries ? sql`limit ${maxSeries}` : sql``}
        )
        select s.indicator_id as "indicatorId", ${SP_COLUMNS}
        from s cross join lateral (
          select * from series_points p
          where p.indicator_id = s.indicator_id and p.area_code = s.area_code and p.freq = s.freq and p.entity = s.entity
            ${f.from ? sql`and p.as_of >= ${f.from}::date` : sql``} ${f.to ? sql`and p.as_of <= ${f.to}::date` : sql``}
          order by p.as_of desc limit ${maxPoints * 2}
        ) sp
        left join articles a on a.id = sp.article_id`,
  );
  // Ordered here, not in SQL: a few thousand rows sort faster in JS than under the database's text collation.
  pts.sort(
    (a, b) =>
      cmp(a.indicatorId, b.indicatorId) ||
      Number(a.areaCode === null) - Number(b.areaCode === null) ||
      cmp(a.areaCode ?? "", b.areaCode ?? "") ||
      cmp(a.entity, b.entity) ||
      cmp(a.freq, b.freq) ||
      cmp(a.date, b.date) ||
      cmp(a.status, b.status),
  );
  const out = new Map<string, SeriesSummary>();
  for (const { indicatorId, ...point } of pts) {
    const key = `${indicatorId}|${point.areaCode}|${point.freq}|${point.entity}`;
    let s = out.get(key);
    if (!s) out.set(key, (s = { indicatorId, areaCode: point.areaCode, area: point.area, freq: point.freq, entity: point.entity, claims: 0, points: [] }));
    s.points.push(point);
  }
  // The latest `maxPoints` dates of each (two statuses on one date are one date).
  for (const s of out.values()) {
    const dates = [...new Set(s.points.map((p) => p.date))].sort().slice(-maxPoints);
    const keep = new Set(dates);
    s.points = s.points.filter((p) => keep.has(p.date));
    s.claims = s.points.reduce((n, p) => n + p.n, 0);
  }
  return [...out.values()];
}

/**
 * Every point of one indicator in the range (most recent `limit` dates), each
 * with its kind of period; with `area`, that area's series only. The area's
 * own totals only, unless the indicator is one of entities (then every entity's).
 */
export async function indicatorSeries(db: Db, indicatorId: string, f: RangeFilter, limit = 1000, snippets = limit): Promise<SeriesPoint[]> {
  // `snippets`: the latest points of each kind of period, entity and status whose quote is cut from the document
  // (what a data table under the chart lists); the older ones keep the stored quote (a chart point shows no quote).
  return shown(rows<SeriesPoint & WithContext>(
    db,
    sql`with lim as (
          select sp.* from series_points sp
          where sp.indicator_id = ${indicatorId} and ${pointsWhere({ ...f, sector: null })}
            and (sp.entity = '' or exists (select 1 from indicators i where i.id = sp.indicator_id and i.scope = 'entity'))
          order by sp.as_of desc limit ${limit}
        ), ranked as (
          select lim.*, row_number() over (partition by lim.freq, lim.entity, lim.status order by lim.as_of desc) as rn from lim
        )
        -- The document's window only for the rows that show a snippet (in the WHERE, so that it filters before the
        -- lookup: as a condition of the lateral join it was applied after reading every row's claim and document).
        select * from (
          select ${SP_COLUMNS_TITLE_PER_ROW}, ${SP_CONTEXT_COLUMNS} from ranked sp
            left join lateral (select ${CONTEXT_COLUMNS} from claims c where c.id = sp.claim_id) ctx on true
            where sp.rn <= ${snippets}
          union all
          select ${SP_COLUMNS_TITLE_PER_ROW}, null, null, null from ranked sp where sp.rn > ${snippets}
        ) u order by "date" collate "C", status collate "C"`,
  ));
}

/** One period of one indicator in several areas (the peers view): the reported area totals on that key. */
export async function pointsAt(db: Db, indicatorId: string, areaCodes: string[], freq: Freq, asOf: string): Promise<SeriesPoint[]> {
  if (areaCodes.length === 0) return [];
  return shown(rows<SeriesPoint & WithContext>(
    db,
    sql`select ${SP_COLUMNS}, ${SP_CONTEXT_COLUMNS} from series_points sp left join articles a on a.id = sp.article_id left join lateral ${SP_CONTEXT} on true
        where sp.indicator_id = ${indicatorId} and sp.area_code in (${sql.join(areaCodes.map((c) => sql`${c}`), sql`, `)})
          and sp.freq = ${freq} and sp.as_of = ${asOf}::date and sp.status <> 'plan' and sp.entity = ''`,
  ));
}

/** The periods an indicator's peers report (area totals, not plans), latest first, with how many report each. */
export async function peerPeriods(
  db: Db,
  indicatorId: string,
  areaCodes: string[],
  selectedCode: string,
  limit = 40,
): Promise<{ freq: Freq; date: string; period: string | null; n: number; selected: boolean }[]> {
  if (areaCodes.length === 0) return [];
  return rows(
    db,
    sql`select sp.freq, sp.as_of::text as date, min(sp.period) as period, count(distinct sp.area_code)::int as n,
          bool_or(sp.area_code = ${selectedCode}) as selected
        from series_points sp
        where sp.indicator_id = ${indicatorId} and sp.area_code in (${sql.join(areaCodes.map((c) => sql`${c}`), sql`, `)})
          and sp.entity = '' and sp.status <> 'plan'
        group by sp.freq, sp.as_of order by sp.as_of desc, n desc limit ${limit}`,
  );
}

/** Several areas' reported totals on several (indicator, kind, date) keys at once: the key-indicators table's ranks. */
export async function pointsOnKeys(
  db: Db,
  areaCodes: string[],
  keys: { indicatorId: string; freq: Freq; date: string }[],
): Promise<(SeriesPoint & { indicatorId: string })[]> {
  if (areaCodes.length === 0 || keys.length === 0) return [];
  const list = (xs: string[]) => sql`array[${sql.join(xs.map((x) => sql`${x}`), sql`, `)}]::text[]`;
  return rows(
    db,
    sql`select sp.indicator_id as "indicatorId", ${SP_COLUMNS}
        from unnest(${list(keys.map((k) => k.indicatorId))}, ${list(keys.map((k) => k.freq))}, ${list(keys.map((k) => k.date))}) as k(indicator_id, freq, as_of)
        join series_points sp on sp.indicator_id = k.indicator_id and sp.freq = k.freq and sp.as_of = k.as_of::date
        left join articles a on a.id = sp.article_id
        where sp.area_code in (${sql.join(areaCodes.map((c) => sql`${c}`), sql`, `)}) and sp.entity = '' and sp.status <> 'plan'`,
  );
}

/**
 * Several areas' reported totals on the latest date (at or before `upTo`) of each of one area's series: what the
 * key-indicators table ranks when it shows each indicator at its latest period. Read beside `areaPoints`, not after
 * it (the keys are known in SQL); a row on another key (a chosen period) is read after, by `pointsOnKeys`.
 */
export async function pointsOnLatest(
  db: Db,
  areaCode: string,
  areaCodes: string[],
  upTo: string | null,
): Promise<(SeriesPoint & { indicatorId: string })[]> {
  if (areaCodes.length === 0) return [];
  return rows(
    db,
    sql`select sp.indicator_id as "indicatorId", ${SP_COLUMNS}
        from series_index s cross join lateral (
          select p.as_of from series_points p
          where p.indicator_id = s.indicator_id and p.area_code = s.area_code and p.freq = s.freq and p.entity = ''
            and p.status <> 'plan' ${upTo ? sql`and p.as_of <= ${upTo}::date` : sql``}
          order by p.as_of desc limit 1
        ) k
        join series_points sp on sp.indicator_id = s.indicator_id and sp.freq = s.freq and sp.as_of = k.as_of
        left join articles a on a.id = sp.article_id
        where s.area_code = ${areaCode} and s.entity = ''
          and sp.area_code in (${sql.join(areaCodes.map((c) => sql`${c}`), sql`, `)}) and sp.entity = '' and sp.status <> 'plan'`,
  );
}

/**
 * One area's reported area totals of every indicator, latest first: what the
 * key-indicators table picks its rows from (and their 同比 and sparklines).
 * `upTo` keeps points at or before that date (a chosen period's end).
 */
export async function areaPoints(db: Db, areaCode: string, opts: { upTo?: string | null; perSeries?: number } = {}): Promise<(SeriesPoint & { indicatorId: string })[]> {
  return rows<SeriesPoint & { indicatorId: string }>(
    db,
    sql`select s.indicator_id as "indicatorId", ${SP_COLUMNS}
        from series_index s cross join lateral (
          select * from series_points p
          where p.indicator_id = s.indicator_id and p.area_code = s.area_code and p.freq = s.freq and p.entity = ''
            and p.status <> 'plan' ${opts.upTo ? sql`and p.as_of <= ${opts.upTo}::date` : sql``}
          order by p.as_of desc limit ${opts.perSeries ?? 16}
        ) sp
        left join articles a on a.id = sp.article_id
        where s.area_code = ${areaCode} and s.entity = ''`,
  ).then((pts) => pts.sort((a, b) => cmp(a.indicatorId, b.indicatorId) || cmp(a.freq, b.freq) || cmp(a.date, b.date)));
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
 * quarter: the sum and count of its reported events (from the rollup, which
 * keeps each key's distinct figures: the same figure on the same date in the
 * same area is one event reported twice, counted once), and the most recent
 * `limit` events themselves (an index range of the claims, never a scan).
 */
export async function eventSeries(
  db: Db,
  indicatorId: string,
  f: RangeFilter,
  per: "month" | "quarter",
  limit = 200,
): Promise<{ buckets: EventBucket[]; events: EventItem[] }> {
  const spBucket =
    per === "quarter" ? sql`to_char(sp.as_of, 'YYYY') || '-Q' || to_char(sp.as_of, 'Q')` : sql`to_char(sp.as_of, 'YYYY-MM')`;
  const cBucket =
    per === "quarter" ? sql`to_char(c.as_of, 'YYYY') || '-Q' || to_char(c.as_of, 'Q')` : sql`to_char(c.as_of, 'YYYY-MM')`;
  // limit 0: the sums alone (the overview's small multiples draw the buckets, they list no events).
  const [sums, events] = await Promise.all([
    rows<{ bucket: string; sum: number; count: number; lowerBound: boolean }>(
      db,
      sql`select ${spBucket} as bucket, sum(sp.event_sum)::float8 as sum, sum(sp.event_count)::int as count, bool_or(sp.bound) as "lowerBound"
          from series_points sp
          where sp.indicator_id = ${indicatorId} and sp.status <> 'plan' and ${pointsWhere({ ...f, sector: null })}
          group by 1 order by 1`,
    ),
    limit === 0 ? ([] as EventItem[]) : shown(rows<EventItem & WithContext>(
      db,
      sql`with lim as (
            select c.* from claims c
            where c.indicator_id = ${indicatorId} and ${CHARTED} and ${rangeWhere({ ...f, sector: null }, { needDate: true })}
            order by c.as_of desc nulls last, c.id desc limit ${limit * 2}
          ), g as (
            select ${REPRESENTATIVE} as id from lim c group by c.as_of, c.area_code, c.value, c.status
          )
          select c.id as "claimId", c.article_id as "articleId", c.as_of::text as "date", c.value, c.qualifier, c.status,
            c.quote, ${CONTEXT_COLUMNS}, nullif(btrim(a.title), '') as "articleTitle", c.area_code as "areaCode", c.area, ${cBucket} as bucket
          from g join claims c on c.id = g.id left join articles a on a.id = c.article_id
          order by c.as_of desc, c.id desc limit ${limit}`,
    )),
  ]);
  events.reverse();
  const buckets = sums.map((b) => ({ ...b, date: bucketEnd(b.bucket) })).sort((a, b) => a.date.localeCompare(b.date));
  return { buckets, events };
}

function bucketEnd(bucket: string): string {
  return periodEnd(bucket, /Q/.test(bucket) ? "quarter" : "month") ?? `${bucket.slice(0, 4)}-12-31`;
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
  return (async () => {
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
  })();
}

export interface AreaOption {
  code: string;
  name: string;
  claims: number;
}

/** Are there visible claims without an area (read before areas were assigned, or none could be)? */
export async function hasUnassignedArea(db: Db): Promise<boolean> {
  return (await rows<{ x: boolean }>(db, sql`select exists (select 1 from series_index s where s.area_code = '') as x`))[0]?.x === true;
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
  if (!scope.from && !scope.to) {
    // No date range: the sum of each series' points as series_index keeps them (a few hundred rows), not a
    // count of every point (180,000 rows at 10 M claims: 80–300 ms on every overview request).
    const where = [sql`s.area_code <> ''`, sql`s.entity = ''`];
    if (scope.indicator) where.push(sql`s.indicator_id = ${scope.indicator}`);
    else if (scope.sector && scope.sector !== "all") where.push(sql`s.indicator_id in (select i.id from indicators i where i.sector = ${scope.sector})`);
    return rows<AreaOption>(
      db,
      sql`select s.area_code as code, min(s.area) as name, sum(s.points)::int as claims
          from series_index s where ${sql.join(where, sql` and `)}
          group by s.area_code order by 3 desc, s.area_code`,
    );
  }
  const where = [pointsWhere({ sector: scope.indicator ? null : scope.sector, from: scope.from, to: scope.to }), sql`sp.area_code <> ''`, sql`sp.entity = ''`];
  if (scope.indicator) where.push(sql`sp.indicator_id = ${scope.indicator}`);
  return rows<AreaOption>(
    db,
    sql`select sp.area_code as code, min(sp.area) as name, count(*)::int as claims
        from series_points sp where ${sql.join(where, sql` and `)}
        group by sp.area_code order by 3 desc, sp.area_code`,
  );
}

/** Every area that has claims, with how many (most first). */
/** Every area that has charted claims, with how many (most first): from the rollup. */
export function areasWithClaims(db: Db): Promise<AreaOption[]> {
  return rows<AreaOption>(
    db,
    sql`select s.area_code as code, min(s.area) as name, sum(s.claims)::int as claims
        from series_index s where s.area_code <> ''
        group by s.area_code order by sum(s.claims) desc, s.area_code`,
  );
}

const CLAIM_COLUMNS = sql`c.id, c.article_id as "articleId", c.document_id as "documentId", c.quote, c.value, c.unit,
  c.qualifier, c.metric, c.subject, c.sector, c.period, c.status, c.as_of::text as "asOf",
  c.indicator_id as "indicatorId", nullif(btrim(a.title), '') as "articleTitle", c.review_state as "reviewState",
  c.area, c.area_code as "areaCode", c.period_kind as "periodKind", c.breakdown,
  c.period_source as "periodSource", c.period_cue as "periodCue", c.area_source as "areaSource", c.area_cue as "areaCue",
  c.indicator_source as "indicatorSource", c.indicator_cue as "indicatorCue", c.status_cue as "statusCue"`;

/** The most recent dated claims in the filter (an index range backwards: claims_area_as_of_idx, claims_as_of_idx). */
export function latestClaims(db: Db, f: RangeFilter, limit = 8): Promise<ClaimListItem[]> {
  return shown(rows<ClaimListItem & WithContext>(
    db,
    sql`select ${CLAIM_COLUMNS}, ${CONTEXT_COLUMNS} from claims c left join articles a on a.id = c.article_id
        where ${rangeWhere(f, { needDate: true })}
        order by c.as_of desc, c.id desc limit ${limit}`,
  ));
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
      // Reported figures, latest period first, then plans and targets (next year's targets do not lead the list).
      return sql`(c.status = 'plan') asc, c.as_of desc nulls last, c.id desc`;
  }
}

/**
 * One page of claims in the explorer's order. The default order (reported
 * figures latest first, then plans) is read as two index ranges, each no
 * longer than the page's end, merged: no sort of every matching claim.
 */
function claimPage(columns: SQL, where: SQL, sort: ClaimQuery["sort"], limit: number, offset: number): SQL {
  const from = sql`claims c left join articles a on a.id = c.article_id`;
  if (sort && sort !== "date_desc") return sql`select ${columns} from ${from} where ${where} order by ${claimOrder(sort)} limit ${limit} offset ${offset}`;
  const branch = (plan: boolean) =>
    sql`(select c.id from claims c where ${where} and ${plan ? sql`c.status = 'plan'` : sql`c.status <> 'plan'`}
         order by c.as_of desc nulls last, c.id desc limit ${limit + offset})`;
  return sql`select ${columns} from ${from}
      where c.id in (${branch(false)} union all ${branch(true)})
      order by ${claimOrder("date_desc")} limit ${limit} offset ${offset}`;
}

/**
 * A page of the filtered claims and how many there are. `countCap` stops the
 * count there (a page that only says "N or more" need not count a whole series).
 */
export async function searchClaims(
  db: Db,
  f: ClaimQuery,
  page: number,
  pageSize = 50,
  countCap?: number,
): Promise<{ total: number; items: ClaimListItem[]; capped: boolean }> {
  const where = claimWhere(f);
  const counted = countCap
    ? sql`select count(*)::int as n from (select 1 from claims c where ${where} limit ${countCap + 1}) x`
    : sql`select count(*)::int as n from claims c where ${where}`;
  const [count, items] = await Promise.all([
    rows<{ n: number }>(db, counted).then((r) => r[0]?.n ?? 0),
    shown(rows<ClaimListItem & WithContext>(
      db,
      claimPage(sql`${CLAIM_COLUMNS}, ${CONTEXT_COLUMNS}`, where, f.sort, pageSize, (page - 1) * pageSize),
    )),
  ]);
  const capped = countCap !== undefined && count > countCap;
  return { total: capped ? countCap : count, items, capped };
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

/** Indicators with at least one charted point: the only ones a reader is offered. Read from the rollup, like every page. */
export async function indicatorsWithClaims(db: Db): Promise<Set<string>> {
  const found = await rows<{ id: string }>(db, sql`select distinct s.indicator_id as id from series_index s`);
  return new Set(found.map((r) => r.id));
}
