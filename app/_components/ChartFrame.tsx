"use client";
// What both indicator charts share around their drawing: the width of their box
// (measured in the browser, followed on resize), the legend, and the footer with
// the point's tooltip and the SVG/PNG download buttons.
import { useEffect, useLayoutEffect, useState, type RefObject } from "react";
import type { ChartSeries } from "@/lib/chart-layout";
import { Marker } from "./ChartMarker";
import { ShareMenu } from "./ShareMenu";
import type { SeriesChartLabels, SeriesChartProps } from "./SeriesChart";

export type ChartTip = { x: number; y: number; text: string } | null;

// Before the first paint in the browser (the swap from the static chart does not jump); the server has no layout.
const useBeforePaint = typeof window === "undefined" ? useEffect : useLayoutEffect;

/** The box's usable width, 760 until measured (the server-rendered default). */
export function useBoxWidth(box: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(760);
  useBeforePaint(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(260, Math.floor(el.clientWidth - 2)));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [box]);
  return width;
}

export function ChartFooter({
  tip,
  width,
  labels,
  share,
  onDownload,
}: {
  tip: ChartTip;
  width: number;
  labels: SeriesChartLabels;
  share?: SeriesChartProps["share"];
  onDownload: (kind: "svg" | "png") => void;
}) {
  return (
    <>
      {tip && (
        <div className="tooltip chart-tip" aria-hidden="true" style={{ left: Math.max(0, Math.min(tip.x, width - 240)), top: Math.max(0, tip.y - 10) }}>
          {tip.text}
        </div>
      )}
      <div className="actions">
        <button type="button" onClick={() => onDownload("svg")}>
          {labels.downloadSvg}
        </button>
        <button type="button" onClick={() => onDownload("png")}>
          {labels.downloadPng}
        </button>
        {share && (
          <>
            <a className="button" href={share.csvHref} download>
              {share.labels.downloadCsv}
            </a>
            <ShareMenu pageHref={share.pageHref} embedHref={share.embedHref} title={labels.title} labels={share.labels} />
          </>
        )}
      </div>
    </>
  );
}

/** One entry per series: its line and marker, then its name. */
export function SeriesLegend({ series, label }: { series: readonly ChartSeries[]; label: string }) {
  return (
    <ul className="series-legend" aria-label={label} data-testid="chart-legend">
      {series.map((s) => (
        <li key={s.key} data-series={s.key}>
          <svg width="28" height="12" aria-hidden="true">
            <line x1="0" x2="28" y1="6" y2="6" stroke={s.colour} strokeWidth="3" />
            <Marker shape={s.shape} x={14} y={6} r={4} fill={s.colour} stroke={s.colour} />
          </svg>
          {s.name}
        </li>
      ))}
    </ul>
  );
}
