// Pure layout of the indicator chart: scales, ticks that never overlap at the
// given width, line paths, bar rectangles. The chart component only draws what
// this returns, so server rendering, the browser and the tests agree.
import type { Freq } from "@/db/queries";
import { dayNumber } from "./chart-geometry";
import { consecutive } from "./series";

export interface ChartPoint {
  /** YYYY-MM-DD: position on the time axis. */
  date: string;
  /** Axis label of the point's period (2025年, 2025年一季度 / Q1 2025 …). */
  tick: string;
  /** The period as written (2025, 2025-Q1): a line joins only neighbouring periods. */
  period?: string | null;
  value: number;
  plan: boolean;
  /** A lower bound (超/突破): drawn as an up-caret. */
  bound: boolean;
  /** Where the point leads: its sentence, or (a per-period sum) its list of events. */
  href: string | null;
  /** Accessible name and tooltip: date, value, quote. */
  label: string;
  claimId?: number;
  bucket?: string;
}

export interface ChartSeries {
  key: string;
  name: string;
  colour: string;
  /** Marker shape, so series differ by more than colour. */
  shape: "circle" | "square" | "diamond" | "triangle" | "cross";
  points: ChartPoint[];
  /** The kind of period the series draws; with it, the line breaks where a period is missing. */
  freq?: Freq;
}

/**
 * The series' points in runs of neighbouring periods (lib/series.ts `consecutive`):
 * one line per run, none across a missing year.
 */
export function runs<P extends Pick<ChartPoint, "period">>(points: P[], freq: Freq | undefined): P[][] {
  const out: P[][] = [];
  for (const p of points) {
    const run = out[out.length - 1];
    if (run && (!freq || consecutive(freq, run[run.length - 1].period, p.period))) run.push(p);
    else out.push([p]);
  }
  return out;
}

/** Okabe–Ito, in an order where neighbours differ for every common colour-vision deficiency. */
export const SERIES_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"] as const;
export const SERIES_SHAPES: ChartSeries["shape"][] = ["circle", "square", "diamond", "triangle", "cross", "circle"];

export interface Layout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  zeroY: number;
  series: {
    key: string;
    line: string;
    planLine: string;
    points: (ChartPoint & { x: number; y: number; barX: number; barW: number })[];
  }[];
}

const CHAR_W = 7.2; // px per character at the 12 px axis font (CJK counts double)

export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w * CHAR_W;
}


/** 1, 2, 2.5, 5 × 10^k steps: about `count` ticks covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (max === min) max = min + 1;
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const start = Math.floor(min / step) * step;
  const out: number[] = [];
  for (let v = start; v <= max + step * 0.5; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

export function layout(series: ChartSeries[], opts: { width: number; height: number; format: (v: number) => string; bars: boolean }): Layout {
  const { width, height, format, bars } = opts;
  const all = series.flatMap((s) => s.points);
  const values = all.map((p) => p.value);
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values, lo + 1e-9);
  const yVals = niceTicks(lo, hi, height < 260 ? 4 : 5);
  const yMin = Math.min(lo, yVals[0]);
  const yMax = Math.max(hi, yVals[yVals.length - 1]);
  const yLabels = yVals.map(format);
  const left = Math.ceil(Math.max(...yLabels.map(textWidth), 20)) + 12;
  const right = 16;
  const top = 16;
  const bottom = 28;
  const plotW = Math.max(40, width - left - right);
  const plotH = Math.max(40, height - top - bottom);
  const sy = (v: number) => top + plotH - ((v - yMin) / (yMax - yMin || 1)) * plotH;

  // Time axis: proportional to time; each distinct date a candidate tick.
  const dates = [...new Set(all.map((p) => p.date))].sort();
  const days = dates.map(dayNumber);
  const dayOf = new Map(dates.map((d, i) => [d, days[i]]));
  const minX = Math.min(...days);
  const maxX = Math.max(...days);
  const barGroup = bars ? Math.max(1, series.length) : 1;
  // Bars need room at both ends: half a slot.
  const gaps = days.slice(1).map((d, i) => d - days[i]);
  const minGap = gaps.length ? Math.max(1, Math.min(...gaps)) : 1;
  const pad = bars ? Math.min(plotW / 4, (plotW / Math.max(1, (maxX - minX) / minGap + 1)) / 2) : 8;
  const sx = (d: number) => (maxX === minX ? left + plotW / 2 : left + pad + ((d - minX) / (maxX - minX)) * (plotW - 2 * pad));
  const slot = maxX === minX ? plotW / 2 : ((plotW - 2 * pad) * minGap) / (maxX - minX);
  const barW = Math.max(2, Math.min(48, (slot * 0.7) / barGroup));

  // Ticks: labels of the dates, thinned evenly so that none overlaps the next.
  const tickOf = new Map<string, string>();
  for (const p of all) if (!tickOf.has(p.date)) tickOf.set(p.date, p.tick);
  const labelW = Math.max(...dates.map((d) => textWidth(tickOf.get(d) ?? d)), 10) + 10;
  const fit = Math.max(1, Math.floor(plotW / labelW));
  const stride = Math.ceil(dates.length / fit);
  const xTicks: Layout["xTicks"] = [];
  let lastRight = -Infinity;
  for (let i = dates.length - 1; i >= 0; i -= stride) {
    const w = textWidth(tickOf.get(dates[i]) ?? dates[i]);
    // A label near an edge is shifted inside the chart (its point stays where it is).
    const x = Math.min(Math.max(sx(days[i]), w / 2 + 2), width - w / 2 - 2);
    // Walk from the newest (always labelled) back; skip any that would touch its neighbour.
    if (xTicks.length && x + w / 2 + 6 > lastRight) continue;
    xTicks.unshift({ x: round(x), label: tickOf.get(dates[i]) ?? dates[i] });
    lastRight = x - w / 2;
  }

  return {
    width,
    height,
    left,
    right,
    top,
    bottom,
    xTicks,
    yTicks: yVals.map((v, i) => ({ y: round(sy(v)), label: yLabels[i] })),
    zeroY: round(sy(Math.max(yMin, Math.min(0, yMax)))),
    series: series.map((s, si) => {
      const pts = s.points
        .map((p) => {
          const x = sx(dayOf.get(p.date) ?? dayNumber(p.date));
          // Field by field, not a spread: hundreds of points a chart, and a literal keeps them one shape.
          return {
            date: p.date,
            tick: p.tick,
            period: p.period,
            value: p.value,
            plan: p.plan,
            bound: p.bound,
            href: p.href,
            label: p.label,
            claimId: p.claimId,
            bucket: p.bucket,
            x: round(x),
            y: round(sy(p.value)),
            barX: round(x - (barW * barGroup) / 2 + barW * si),
            barW: round(barW),
          };
        })
        .sort((a, b) => a.x - b.x);
      const path = (ps: typeof pts) =>
        runs(ps, s.freq)
          .map((run) => run.map((p, i) => `${i ? "L" : "M"}${p.x},${p.y}`).join(""))
          .join("");
      return { key: s.key, line: path(pts.filter((p) => !p.plan)), planLine: path(pts.filter((p) => p.plan)), points: pts };
    }),
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** True when no two x-axis labels overlap (what the phone layout promises). */
export function ticksOverlap(l: Layout): boolean {
  const boxes = l.xTicks.map((t) => [t.x - textWidth(t.label) / 2, t.x + textWidth(t.label) / 2]);
  return boxes.some((b, i) => i > 0 && b[0] < boxes[i - 1][1]);
}

/** Axis numbers: 万/亿 for Chinese readers, k/M/B for English (both charts label their value axis so). */
export function shortNumber(v: number, zh: boolean): string {
  const a = Math.abs(v);
  const t = (n: number) => String(Number(n.toFixed(2)));
  if (zh) return a >= 1e8 ? `${t(v / 1e8)}亿` : a >= 1e4 ? `${t(v / 1e4)}万` : t(v);
  return a >= 1e9 ? `${t(v / 1e9)}B` : a >= 1e6 ? `${t(v / 1e6)}M` : a >= 1e4 ? `${t(v / 1e3)}k` : t(v);
}
