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
  return (
    <div className="chart-box" ref={box} data-testid="indicator-chart" data-chart="static" data-points={total} data-series={series.length}>
      {series.length > 1 && <SeriesLegend series={series} label={labels.legend} />}
      <svg className="chart-svg" width={l.width} height={l.height} viewBox={`0 0 ${l.width} ${l.height}`} role="group" aria-label={labels.title}>
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
          return (
            <g key={s.key} data-series={s.key}>
              {!bars && s.line && <path d={s.line} fill="none" stroke={spec.colour} strokeWidth={2} />}
              {!bars && s.planLine && <path d={s.planLine} fill="none" stroke={spec.colour} strokeWidth={2} strokeDasharray="6 4" />}
              {s.points.map((p, i) => {
                const shape = bars ? (
                  <>
                    <rect
                      x={p.barX}
                      y={Math.min(p.y, l.zeroY)}
                      width={p.barW}
                      height={Math.max(1, Math.abs(l.zeroY - p.y))}
                      fill={p.plan ? "#fff" : spec.colour}
                      stroke={spec.colour}
                      strokeWidth={2}
                      strokeDasharray={p.plan ? "5 3" : undefined}
                    />
                    {p.bound && <Marker shape="caret" x={p.barX + p.barW / 2} y={Math.min(p.y, l.zeroY) - 8} r={6} fill={PALETTE.bound} stroke={PALETTE.bound} />}
                  </>
                ) : (
                  <use href={`#${uid}-${si}${markKind(p)}`} x={p.x} y={p.y} />
                );
                const show = () => setHover({ x: bars ? p.barX + p.barW / 2 : p.x, y: p.y, text: p.label });
                const key = `${s.key}-${i}`;
                return p.href ? (
                  <a
                    key={key}
                    href={p.href}
                    aria-label={p.label}
                    className="chart-point"
                    data-series={s.key}
                    data-claim={p.claimId}
                    data-bucket={p.bucket}
                    data-value={p.value}
                    onMouseEnter={show}
                    onFocus={show}
                    onMouseLeave={() => setHover(null)}
                    onBlur={() => setHover(null)}
                  >
                    {shape}
                  </a>
                ) : (
                  <g key={key}>
                    <title>{p.label}</title>
                    {shape}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <ChartFooter tip={hover} width={l.width} labels={labels} share={props.share} onDownload={download} />
    </div>
  );
}
