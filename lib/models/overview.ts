// The overview's shape, pure: the 主要经济指标 (key indicators) table of one
// area and the small multiples below it. The page, the OpenGraph image and the
// CSV route render or serialise this; none of them decides anything itself.
import type { EventBucket, Freq, IndicatorInfo, SeriesPoint, SeriesSummary } from "@/db/queries";
import { periodEnd } from "@/extract/time/period";
import { bestFreq, visiblePoints } from "../series";
import { MIN_PEERS_FOR_RANK, rankByValue } from "./rank";
import { yoyOf, type Yoy } from "./yoy";
import { kindsOfWritten } from "@/extract/time/period";

export type AreaPoint = SeriesPoint & { indicatorId: string };

/** Which kind of period a row prefers when several end on the same day: the coarser, steadier one; days last. */
const KIND_PREFERENCE: readonly Freq[] = ["year", "half", "quarter", "ytd", "month", "day"];

export interface KeyRowKey {
  indicatorId: string;
  freq: Freq;
  date: string;
}

export interface KeyRow {
  indicator: IndicatorInfo;
  point: AreaPoint;
  /** 同比; null when neither stated nor computable from a year earlier of the same kind. */
  yoy: Yoy | null;
  /** The row's series (same kind of period), oldest first, for the sparkline. */
  spark: AreaPoint[];
  /** Among the areas with the same parent, when at least three report this period. */
  rank: { rank: number; of: number } | null;
}

export interface KeyGroup {
  sector: string;
  rows: KeyRow[];
}

export interface KeyIndicatorsModel {
  /** The period asked for (URL `period`), or null: each row at its latest reported period. */
  period: string | null;
  groups: KeyGroup[];
  rows: number;
}

interface KeyInput {
  /** The database's indicators; `order` (the catalogue's ids) decides sector and row order. */
  indicators: IndicatorInfo[];
  order: readonly string[];
  /** The area's reported totals (db areaPoints). */
  points: AreaPoint[];
  period: string | null;
}

const isGrowth = (id: string) => id.endsWith("_growth");
const levelIdOf = (id: string) => id.slice(0, -"_growth".length);

function byIndicator(points: AreaPoint[]): Map<string, AreaPoint[]> {
  const out = new Map<string, AreaPoint[]>();
  for (const p of points) {
    if (!out.has(p.indicatorId)) out.set(p.indicatorId, []);
    out.get(p.indicatorId)!.push(p);
  }
  return out;
}

/** The point a row shows: at the asked period (its possible kinds, cumulative first), else the latest, days only when nothing else. */
function pick(points: AreaPoint[], period: string | null): AreaPoint | null {
  if (period) {
    for (const kind of kindsOfWritten(period)) {
      const end = periodEnd(period, kind);
      const hit = points.find((p) => p.freq === kind && p.date === end);
      if (hit) return hit;
    }
    return null;
  }
  const pool = points.some((p) => p.freq !== "day") ? points.filter((p) => p.freq !== "day") : points;
  return pool.reduce<AreaPoint | null>(
    (best, p) =>
      !best || p.date > best.date || (p.date === best.date && KIND_PREFERENCE.indexOf(p.freq) < KIND_PREFERENCE.indexOf(best.freq)) ? p : best,
    null,
  );
}

/** Sectors in the order the catalogue first names them; indicators in catalogue order (others after, by id). */
function ordered(indicators: IndicatorInfo[], order: readonly string[]): IndicatorInfo[] {
  const pos = new Map(order.map((id, i) => [id, i]));
  const sectorPos = new Map<string, number>();
  for (const id of order) {
    const ind = indicators.find((i) => i.id === id);
    if (ind && !sectorPos.has(ind.sector)) sectorPos.set(ind.sector, sectorPos.size);
  }
  const at = (m: Map<string, number>, k: string) => m.get(k) ?? Number.MAX_SAFE_INTEGER;
  return [...indicators].sort(
    (a, b) => at(sectorPos, a.sector) - at(sectorPos, b.sector) || a.sector.localeCompare(b.sector) || at(pos, a.id) - at(pos, b.id) || a.id.localeCompare(b.id),
  );
}

/**
 * The rows' points, before ranks: one per indicator with data, a growth
 * indicator folded into its level's row (as 同比) when the level has one.
 * Event indicators are sums of occurrences, not levels: they have no row.
 */
export function keyIndicatorRows(input: KeyInput): Omit<KeyRow, "rank">[] {
  const pts = byIndicator(input.points);
  const out: Omit<KeyRow, "rank">[] = [];
  const shown = new Set<string>();
  const candidates = ordered(input.indicators, input.order).filter((i) => i.kind !== "event" && pts.has(i.id));
  const chosen = new Map<string, AreaPoint>();
  for (const ind of candidates) {
    const p = pick(pts.get(ind.id)!, input.period);
    if (p) chosen.set(ind.id, p);
  }
  for (const ind of candidates) {
    const point = chosen.get(ind.id);
    if (!point) continue;
    if (isGrowth(ind.id) && chosen.has(levelIdOf(ind.id))) continue;
    const own = pts.get(ind.id)!;
    const growth = isGrowth(ind.id) ? [] : (pts.get(`${ind.id}_growth`) ?? []);
    const yoy = isGrowth(ind.id) ? null : yoyOf(point, growth, own, ind.unit === "%");
    const spark = own.filter((p) => p.freq === point.freq && p.date <= point.date).sort((a, b) => a.date.localeCompare(b.date)).slice(-12);
    out.push({ indicator: ind, point, yoy, spark });
    shown.add(ind.id);
  }
  return out;
}

/** What the rank needs fetched: each row's indicator, kind of period and date, for the peers. */
export function keyRowKeys(rows: Omit<KeyRow, "rank">[]): KeyRowKey[] {
  return rows.map((r) => ({ indicatorId: r.indicator.id, freq: r.point.freq, date: r.point.date }));
}

/** The table: rows grouped by sector, each ranked among the peers' points on its key (the area's own included). */
export function keyIndicatorsModel(
  rows: Omit<KeyRow, "rank">[],
  peerPoints: AreaPoint[],
  period: string | null,
): KeyIndicatorsModel {
  const groups: KeyGroup[] = [];
  for (const r of rows) {
    const onKey = peerPoints.filter((p) => p.indicatorId === r.indicator.id && p.freq === r.point.freq && p.date === r.point.date);
    if (!onKey.some((p) => p.areaCode === r.point.areaCode)) onKey.push(r.point);
    const ranked = onKey.length >= MIN_PEERS_FOR_RANK ? rankByValue(onKey, (p) => p.value) : [];
    const mine = ranked.find((x) => x.item.areaCode === r.point.areaCode);
    const row: KeyRow = { ...r, rank: mine ? { rank: mine.rank, of: ranked.length } : null };
    const last = groups[groups.length - 1];
    if (last && last.sector === r.indicator.sector) last.rows.push(row);
    else groups.push({ sector: r.indicator.sector, rows: [row] });
  }
  return { period, groups, rows: rows.length };
}

/** One small multiple: one indicator in one area, the kind of period its chart draws. */
export interface SmallMultiple {
  ind: IndicatorInfo;
  areaCode: string | null;
  area: string | null;
  freq: Freq;
  claims: number;
  /** The points of `freq` (plans included). */
  points: SeriesPoint[];
  /** All kinds of period. */
  all: SeriesPoint[];
  events?: EventBucket[];
}

/**
 * The small multiples below the table: the area totals' series (an entity's
 * figures are not the area's), each drawn at its best-filled kind of period,
 * only those with at least two points to draw (one point is no trend; the
 * table has it).
 */
export function smallMultiples(series: SeriesSummary[], indicators: IndicatorInfo[], order: readonly string[]): SmallMultiple[] {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const groups = new Map<string, SmallMultiple>();
  for (const s of series) {
    const ind = byId.get(s.indicatorId);
    if (!ind || s.entity !== "") continue;
    const key = `${s.indicatorId}|${s.areaCode}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ind, areaCode: s.areaCode, area: s.area, freq: s.freq, claims: 0, points: [], all: [] }));
    g.claims += s.claims;
    g.all.push(...s.points);
  }
  for (const g of groups.values()) {
    g.freq = bestFreq(g.all) ?? g.freq;
    g.points = visiblePoints(g.all, { freq: g.freq, plan: true });
  }
  const rank = new Map(ordered(indicators, order).map((i, n) => [i.id, n]));
  return [...groups.values()]
    .filter((g) => g.ind.kind === "event" || g.points.length >= 2)
    .sort((a, b) => (rank.get(a.ind.id) ?? 0) - (rank.get(b.ind.id) ?? 0) || (a.area ?? "").localeCompare(b.area ?? ""));
}

/** The event multiples keep only those with at least two periods once their sums are known. */
export function withEnoughEvents(list: SmallMultiple[]): SmallMultiple[] {
  return list.filter((g) => !g.events || g.events.length >= 2);
}
