// An indicator page's series view, pure: which kind of period it draws (the
// URL's, else the best-filled), and one line per area — the selected area's
// (under area=all, the most documented areas), then each compared area's.
// The page and the OpenGraph image render this.
import type { Freq, SeriesPoint } from "@/db/queries";
import { freqsByFill, visiblePoints } from "../series";

export interface DrawnSeries {
  /** The area's code, or "none" for figures without an area. */
  key: string;
  name: string;
  points: SeriesPoint[];
}

export interface IndicatorModel {
  /** Kinds of period present, best-filled first (the chart's choices). */
  fills: { freq: Freq; points: number }[];
  freq: Freq | null;
  drawn: DrawnSeries[];
}

export function indicatorModel(input: {
  own: SeriesPoint[];
  compared: { code: string; points: SeriesPoint[] }[];
  selectedCode: string | null;
  freq: Freq | null;
  plan: boolean;
  /** Under area=all, at most this many areas get a line of their own. */
  maxSeries: number;
  areaName: (code: string) => string;
  noArea: string;
}): IndicatorModel {
  const { own, compared, plan } = input;
  const fills = freqsByFill(own.length ? own : compared.flatMap((c) => c.points));
  const freq: Freq | null = input.freq ?? fills[0]?.freq ?? null;
  const groups = new Map<string, SeriesPoint[]>();
  for (const p of visiblePoints(own, { freq, plan })) {
    const k = p.areaCode ?? "none";
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(p);
  }
  const ownKeys = [...groups.keys()]
    .sort((a, b) => (a === input.selectedCode ? -1 : b === input.selectedCode ? 1 : 0) || groups.get(b)!.length - groups.get(a)!.length)
    .slice(0, input.maxSeries);
  const drawn: DrawnSeries[] = ownKeys.map((k) => ({ key: k, name: k === "none" ? input.noArea : input.areaName(k), points: groups.get(k)! }));
  for (const c of compared) drawn.push({ key: c.code, name: input.areaName(c.code), points: visiblePoints(c.points, { freq, plan }) });
  return { fills, freq, drawn };
}
