// The peers view (同级比较), pure: the areas that share the selected area's
// parent (a county's fellow counties in its city; a city's fellow cities in
// its province), one indicator, one period — ranked, with 同比, the selected
// area marked and the peers with no report listed. Page, embed, OpenGraph
// image and CSV render this.
import type { Freq, IndicatorInfo, SeriesPoint } from "@/db/queries";
import { kindsOfWritten, periodEnd } from "@/extract/time/period";
import { rankByValue } from "./rank";
import { yoyOf, type Yoy } from "./yoy";

export interface PeerArea {
  code: string;
  name: string;
}

/** One period's reports among the peers (db peerPeriods). */
export interface PeerKey {
  freq: Freq;
  date: string;
  period: string | null;
  /** How many peers report it. */
  n: number;
  /** The selected area is among them. */
  selected: boolean;
}

export interface PeerRow {
  area: PeerArea;
  point: SeriesPoint;
  rank: number;
  yoy: Yoy | null;
  selected: boolean;
}

export interface PeersModel {
  indicator: IndicatorInfo;
  parent: PeerArea | null;
  selected: PeerArea;
  key: PeerKey | null;
  rows: PeerRow[];
  /** Peers with no report of this period. */
  missing: (PeerArea & { selected: boolean })[];
  /** Every peer period the view can switch to, latest first. */
  periods: PeerKey[];
}

/**
 * The period shown: the asked one (its kinds, cumulative first, the one more
 * peers report), else the latest the selected area reports with at least one
 * other peer, else the latest most peers report. `keys` latest first.
 */
export function choosePeerKey(keys: PeerKey[], period: string | null): PeerKey | null {
  if (period) {
    const hits = kindsOfWritten(period)
      .map((kind) => keys.find((k) => k.freq === kind && k.date === periodEnd(period, kind)))
      .filter((k): k is PeerKey => !!k);
    return hits.sort((a, b) => b.n - a.n)[0] ?? null;
  }
  const nonDay = keys.filter((k) => k.freq !== "day");
  const pool = nonDay.length ? nonDay : keys;
  return pool.find((k) => k.selected && k.n >= 2) ?? pool.find((k) => k.selected) ?? [...pool].sort((a, b) => b.n - a.n || b.date.localeCompare(a.date))[0] ?? null;
}

export function peersModel(input: {
  indicator: IndicatorInfo;
  selected: PeerArea;
  parent: PeerArea | null;
  peers: PeerArea[];
  keys: PeerKey[];
  key: PeerKey | null;
  /** The indicator's points on the key, one per reporting peer. */
  points: SeriesPoint[];
  /** The growth indicator's points on the key (stated 同比). */
  growth: SeriesPoint[];
  /** The indicator's points a year before the key, same kind. */
  earlier: SeriesPoint[];
}): PeersModel {
  const { indicator, selected, peers, key } = input;
  const rate = indicator.unit === "%";
  const byCode = new Map(input.points.filter((p) => p.areaCode).map((p) => [p.areaCode!, p]));
  const reporting = peers.filter((a) => byCode.has(a.code));
  const ranked = rankByValue(reporting, (a) => byCode.get(a.code)!.value);
  const rows: PeerRow[] = ranked.map(({ item: area, rank }) => {
    const point = byCode.get(area.code)!;
    const yoy = indicator.id.endsWith("_growth")
      ? null
      : yoyOf(
          point,
          input.growth.filter((g) => g.areaCode === area.code),
          input.earlier.filter((e) => e.areaCode === area.code),
          rate,
        );
    return { area, point, rank, yoy, selected: area.code === selected.code };
  });
  const missing = peers.filter((a) => !byCode.has(a.code)).map((a) => ({ ...a, selected: a.code === selected.code }));
  return { indicator, parent: input.parent, selected, key, rows, missing, periods: input.keys };
}
