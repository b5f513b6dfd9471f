"use client";
// The static indicator chart: one or more series (an indicator in one area
// each) as lines or bars, drawn as plain SVG from lib/chart-layout.ts. It is
// what the page shows first and all a reader without JavaScript gets:
// server-rendered at a default width, re-laid out at the box's real width in
// the browser so axis labels never overlap, every point a real link to its
// sentence. Once the page has loaded, IndicatorChart swaps in the interactive
// recharts chart drawing the same series. Reported figures solid, plans hollow
// and dashed, lower bounds (超/突破) as up-carets; series differ by colour and
// marker shape.
import { useId, useRef, useState } from "react";
import { ChartFooter, SeriesLegend, useBoxWidth, type ChartTip } from "./ChartFrame";
import { downloadChart, type ChartCaption } from "@/lib/chart-download";
import { PALETTE } from "@/lib/chart-geometry";
import { layout, shortNumber, type ChartSeries, type Layout } from "@/lib/chart-layout";
import { Marker } from "./ChartMarker";
import type { ShareLabels } from "./ShareMenu";

export interface SeriesChartLabels {
  title: string;
  downloadSvg: string;
  downloadPng: string;
  legend: string;
}

const HEIGHT = 340;

/** What both indicator charts draw (the static one first, the interactive one after load). */
export interface SeriesChartProps {
  series: ChartSeries[];
  bars: boolean;
  /** Unit after each value-axis number (万/亿 or k/M/B, see shortNumber). */
  unitSuffix: string;
  zh: boolean;
  labels: SeriesChartLabels;
  fileName: string;
  /** What a downloaded SVG/PNG carries around the plot: title, areas, unit, kind of period, source line. */
  caption?: ChartCaption;
  /** The share menu: the view's link, its embed code, and the CSV. */
  share?: { pageHref: string; embedHref: string; csvHref: string; labels: ShareLabels & { downloadCsv: string } };
}

/** The download of the chart drawn in `box`: its SVG framed with the caption and legend. */
export function downloadFrom(box: HTMLDivElement | null, selector: string, props: SeriesChartProps, kind: "svg" | "png") {
  const svg = box?.querySelector<SVGSVGElement>(selector);
  if (svg) downloadChart(svg, props.fileName, kind, props.caption, props.series.map((s) => ({ name: s.name, colour: s.colour })));
}

/** A point's marker (with its hit area, r = 11): reported or planned (hollow), exact or a lower bound (a caret). */
const MARKS = [
  { kind: "a", plan: false, bound: false },
  { kind: "p", plan: true, bound: false },
  { kind: "b", plan: false, bound: true },
  { kind: "c", plan: true, bound: true },
] as const;

function markKind(p: { plan: boolean; bound: boolean }): string {
  return p.bound ? (p.plan ? "c" : "b") : p.plan ? "p" : "a";
}

/** An attribute value or text as HTML (what React escapes). */
function esc(v: string | number): string {
  return String(v).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" })[c]!);
}

/**
 * One series drawn: its line and plan line, then each point — a link to its sentence (`a.chart-point`, named by its
 * label) around its marker (`<use>` of the series' marker in <defs>), or its bar with a caret over a lower bound; a
 * point without a source is a group titled by its label.
 */
export function seriesMarkup(s: Layout["series"][number], spec: { colour: string }, bars: boolean, zeroY: number, markerId: string): string {
  const c = esc(spec.colour);
  let out = "";
  if (!bars && s.line) out += `<path d="${esc(s.line)}" fill="none" stroke="${c}" stroke-width="2"></path>`;
  if (!bars && s.planLine) out += `<path d="${esc(s.planLine)}" fill="none" stroke="${c}" stroke-width="2" stroke-dasharray="6 4"></path>`;
  for (const p of s.points) {
    let shape: string;
    if (bars) {
      const top = Math.min(p.y, zeroY);
      shape = `<rect x="${p.barX}" y="${top}" width="${p.barW}" height="${Math.max(1, Math.abs(zeroY - p.y))}" fill="${p.plan ? "#fff" : c}" stroke="${c}" stroke-width="2"${p.plan ? ' stroke-dasharray="5 3"' : ""}></rect>`;
      if (p.bound) {
        const x = p.barX + p.barW / 2;
        const y = top - 8;
        const r = 6;
        shape += `<path d="M${x - r - 2},${y + r}L${x},${y - r - 2}L${x + r + 2},${y + r}Z" fill="${PALETTE.bound}" stroke="${PALETTE.bound}" stroke-width="2"></path>`;
      }
    } else shape = `<use href="#${esc(markerId)}${markKind(p)}" x="${p.x}" y="${p.y}"></use>`;
    if (p.href)
      out +=
        `<a href="${esc(p.href)}" aria-label="${esc(p.label)}" class="chart-point" data-series="${esc(s.key)}"` +
        `${p.claimId !== undefined ? ` data-claim="${p.claimId}"` : ""}${p.bucket !== undefined ? ` data-bucket="${esc(p.bucket)}"` : ""} data-value="${p.value}">${shape}</a>`;
    else out += `<g><title>${esc(p.label)}</title>${shape}</g>`;
  }
  return out;
}

export function SeriesChart(props: SeriesChartProps) {
  const { series, bars, labels } = props;
  const box = useRef<HTMLDivElement>(null);
  const width = useBoxWidth(box);
  const [hover, setHover] = useState<ChartTip>(null);
  // Markers are drawn once per series and kind in <defs> and placed with <use>: a long series sends a short element per point.
  const uid = `m${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;

  const height = width < 480 ? 260 : HEIGHT;
  const fmt = (v: number) => shortNumber(v, props.zh) + props.unitSuffix;
  const l: Layout = layout(series, { width, height, format: fmt, bars });
  const colourOf = new Map(series.map((s) => [s.key, s]));

  const download = (kind: "svg" | "png") => downloadFrom(box.current, "svg.chart-svg", props, kind);

  const total = series.reduce((n, s) => n + s.points.length, 0);
  // One handler on the chart for every point's tooltip (the event's link → its tip), not four per point: a compared
  // chart has hundreds of points, each rendered on the server and hydrated in the browser.
  const tips = new Map<string, NonNullable<ChartTip>>();
  const tipOf = (target: EventTarget) => {
    const a = target instanceof Element ? target.closest("a.chart-point") : null;
    return a ? (tips.get(`${a.getAttribute("data-series")}|${a.getAttribute("data-claim") ?? a.getAttribute("data-bucket")}`) ?? null) : null;
  };
  const show = (e: { target: EventTarget }) => {
    const tip = tipOf(e.target);
    if (tip) setHover(tip);
  };
  const hide = (e: { target: EventTarget }) => {
    if (tipOf(e.target)) setHover(null);
  };
  return (
    <div className="chart-box" ref={box} data-testid="indicator-chart" data-chart="static" data-points={total} data-series={series.length}>
      {series.length > 1 && <SeriesLegend series={series} label={labels.legend} />}
      <svg
        className="chart-svg"
        width={l.width}
        height={l.height}
        viewBox={`0 0 ${l.width} ${l.height}`}
        role="group"
        aria-label={labels.title}
        onMouseOver={show}
        onFocus={show}
        onMouseOut={hide}
        onBlur={hide}
      >
        {l.yTicks.map((t) => (
          <g key={`y${t.y}`}>
            <line x1={l.left} x2={l.width - l.right} y1={t.y} y2={t.y} stroke={PALETTE.grid} strokeDasharray="3 3" />
            <text x={l.left - 6} y={t.y + 4} textAnchor="end" fontSize="12" fill={PALETTE.muted}>
              {t.label}
            </text>
          </g>
        ))}
        <line x1={l.left} x2={l.width - l.right} y1={l.zeroY} y2={l.zeroY} stroke={PALETTE.muted} />
        {l.xTicks.map((t) => (
          <text key={`x${t.x}`} x={t.x} y={l.height - 8} textAnchor="middle" fontSize="12" fill={PALETTE.muted} className="x-tick">
            {t.label}
          </text>
        ))}
        {!bars && (
          <defs>
            {l.series.map((s, si) => {
              const spec = colourOf.get(s.key)!;
              return MARKS.map(({ kind, plan, bound }) => (
                <g key={`${si}${kind}`} id={`${uid}-${si}${kind}`}>
                  <circle r={11} fill="transparent" />
                  <Marker shape={bound ? "caret" : spec.shape} x={0} y={0} r={5} fill={plan ? "#fff" : spec.colour} stroke={spec.colour} />
                </g>
              ));
            })}
          </defs>
        )}
        {l.series.map((s, si) => {
          const spec = colourOf.get(s.key)!;
          for (const p of s.points) if (p.href) tips.set(`${s.key}|${p.claimId ?? p.bucket}`, { x: bars ? p.barX + p.barW / 2 : p.x, y: p.y, text: p.label });
          // The series' lines and points as one string of SVG: a compared chart has hundreds of points, and one
          // string costs the server a fraction of the elements React would render for them (the same markup).
          return <g key={s.key} data-series={s.key} dangerouslySetInnerHTML={{ __html: seriesMarkup(s, spec, bars, l.zeroY, `${uid}-${si}`) }} />;
        })}
      </svg>
      <ChartFooter tip={hover} width={l.width} labels={labels} share={props.share} onDownload={download} />
    </div>
  );
}
