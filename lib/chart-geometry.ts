// Pure geometry for small server-rendered charts (overview sparklines and the
// OpenGraph image): no chart library, no client JavaScript.
import type { Freq } from "@/db/queries";
import { consecutive } from "./series";

export interface GeoPoint {
  date: string;
  value: number;
  status: string;
  qualifier: string;
  /** The period as written and its kind: with them a line breaks where a period is missing. */
  period?: string | null;
  freq?: Freq;
}

export interface Plotted extends GeoPoint {
  x: number;
  y: number;
}

export interface Geometry {
  actual: Plotted[];
  plan: Plotted[];
  actualPath: string;
  planPath: string;
  min: number;
  max: number;
}

/** Okabe–Ito: distinguishable with every common colour-vision deficiency. */
export const PALETTE = {
  actual: "#0072B2",
  plan: "#D55E00",
  bound: "#009E73",
  grid: "#d0d4da",
  ink: "#1b1f24",
  muted: "#4f5965",
};

/**
 * Days since 1970-01-01 of an ISO date (YYYY-MM-DD), as `Date.parse(date + "T00:00:00Z") / 86_400_000`, in
 * arithmetic: a page places thousands of points, and on the server Next wraps `Date` (every call goes through it).
 */
export function dayNumber(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
  const y0 = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (!Number.isInteger(y0) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1 || d > 31) return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
  // Days from the civil date (H. Hinnant's algorithm): years from March, so that February's length comes last.
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Time-proportional x, linear y with a zero baseline when all values are positive. */
export function geometry(points: GeoPoint[], width: number, height: number, pad = 6, whole = false): Geometry {
  const round = whole ? Math.round : round1;
  const xs = points.map((p) => dayNumber(p.date));
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const values = points.map((p) => p.value);
  const min = Math.min(0, ...values);
  const max = Math.max(...values, min + 1e-9);
  const sx = (d: number) => (maxX === minX ? width / 2 : pad + ((d - minX) / (maxX - minX)) * (width - 2 * pad));
  const sy = (v: number) => height - pad - ((v - min) / (max - min || 1)) * (height - 2 * pad);
  // The drawing fields only, not a copy of each point: a page draws thousands of these (sparklines) per request.
  const actual: Plotted[] = [];
  const plan: Plotted[] = [];
  points.forEach((p, i) => {
    const q: Plotted = { date: p.date, value: p.value, status: p.status, qualifier: p.qualifier, period: p.period, freq: p.freq, x: round(sx(xs[i])), y: round(sy(p.value)) };
    (p.status === "plan" ? plan : actual).push(q);
  });
  // The full paths only when asked for (the OpenGraph image): sparklines draw compact ones.
  return {
    actual,
    plan,
    get actualPath() {
      return path(actual);
    },
    get planPath() {
      return path(plan);
    },
    min,
    max,
  };
}

/** A line through the points, lifted (M) where a period is missing between two of them. */
function path(ps: Plotted[]): string {
  return ps
    .map((p, i) => {
      const prev = ps[i - 1];
      const join = prev && (!p.freq || consecutive(p.freq, prev.period, p.period));
      return `${join ? "L" : "M"}${p.x},${p.y}`;
    })
    .join(" ");
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
const round = round1;

/** A lower bound (超, 突破 → gt/gte) is drawn as an up-caret, not a dot. */
export function isLowerBound(q: string): boolean {
  return q === "gt" || q === "gte";
}

/** All dots as one path (a few elements per chart instead of one per point: smaller HTML and RSC payload). */
export function dotsPath(ps: { x: number; y: number }[], r: number): string {
  return ps.map((p) => `M${round(p.x - r)},${p.y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`).join("");
}

/** Up-carets (lower bounds) as one path. */
export function caretsPath(ps: { x: number; y: number }[], s: number): string {
  return ps.map((p) => `M${round(p.x - s)},${round(p.y + s * 0.75)}L${p.x},${round(p.y - s)}L${round(p.x + s)},${round(p.y + s * 0.75)}Z`).join("");
}

/*
 * Compact paths for the overview's many small charts, whose SVG is sent twice
 * (HTML and React's payload): whole-pixel points (geometry(…, whole = true)),
 * relative moves, and a dot as a zero-length segment with a round cap (~8
 * bytes a dot instead of ~40 for two arcs). Not for the OpenGraph image: its
 * renderer draws no caps on zero-length segments.
 */

/** `M` to the first point, then relative steps; `join(prev, p)` false lifts the pen (a missing period). */
export function compactPath(ps: { x: number; y: number }[], join: (prev: Plotted | { x: number; y: number }, p: { x: number; y: number }, i: number) => boolean = () => true, dot = false): string {
  let out = "";
  let prev: { x: number; y: number } | null = null;
  ps.forEach((p, i) => {
    if (!prev) out += `M${p.x},${p.y}`;
    else out += `${join(prev, p, i) ? "l" : "m"}${num(p.x - prev.x)},${num(p.y - prev.y)}`;
    if (dot) out += "h0";
    prev = p;
  });
  return out;
}

/** A line through plotted points, lifted where a period is missing (as `geometry`'s paths). */
export function compactLine(ps: Plotted[]): string {
  return compactPath(ps, (prev, p, i) => !ps[i].freq || consecutive(ps[i].freq!, ps[i - 1].period, ps[i].period));
}

/** Dots: draw with `stroke-linecap="round"` and `stroke-width` = the diameter. */
export function compactDots(ps: { x: number; y: number }[]): string {
  return compactPath(ps, () => false, true);
}

function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}
