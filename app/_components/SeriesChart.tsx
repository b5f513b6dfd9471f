"use client";
// The indicator chart: one or more series (an indicator in one area each) as
// lines or bars, drawn as plain SVG from lib/chart-layout.ts. Server-rendered
// at a default width, re-laid out at the box's real width in the browser, so
// axis labels never overlap and a reader without JavaScript still gets every
// point as a real link to its sentence. Reported figures solid, plans hollow
// and dashed, lower bounds (超/突破) as up-carets; series differ by colour and
// marker shape.
import { useEffect, useRef, useState } from "react";
import { layout, type ChartSeries, type Layout } from "@/lib/chart-layout";
import { PALETTE } from "@/lib/chart-geometry";

export interface SeriesChartLabels {
  title: string;
  downloadSvg: string;
  downloadPng: string;
  legend: string;
}

const HEIGHT = 340;

export function SeriesChart(props: {
  series: ChartSeries[];
  bars: boolean;
  /** Value axis labels: formatted on the server, one per distinct tick value, looked up here. */
  unitSuffix: string;
  zh: boolean;
  labels: SeriesChartLabels;
  fileName: string;
}) {
  const { series, bars, labels } = props;
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(760);
  const [hover, setHover] = useState<{ x: number; y: number; text: string } | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(260, Math.floor(el.clientWidth - 2)));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const height = width < 480 ? 260 : HEIGHT;
  const fmt = (v: number) => shortNumber(v, props.zh) + props.unitSuffix;
  const l: Layout = layout(series, { width, height, format: fmt, bars });
  const colourOf = new Map(series.map((s) => [s.key, s]));

  function download(kind: "svg" | "png") {
    const svg = box.current?.querySelector("svg.chart-svg");
    if (!svg) return;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    const bg = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    bg.setAttribute("width", "100%");
    bg.setAttribute("height", "100%");
    bg.setAttribute("fill", "#fff");
    clone.insertBefore(bg, clone.firstChild);
    const blob = new Blob([new XMLSerializer().serializeToString(clone)], { type: "image/svg+xml;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    if (kind === "svg") return save(url, `${props.fileName}.svg`);
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = l.width * 2;
      canvas.height = l.height * 2;
      const ctx = canvas.getContext("2d")!;
      ctx.scale(2, 2);
      ctx.drawImage(img, 0, 0);
      URL.revokeObjectURL(url);
      canvas.toBlob((png) => png && save(URL.createObjectURL(png), `${props.fileName}.png`));
    };
    img.src = url;
  }

  const total = series.reduce((n, s) => n + s.points.length, 0);
  return (
    <div className="chart-box" ref={box} data-testid="indicator-chart" data-points={total} data-series={series.length}>
      {series.length > 1 && (
        <ul className="series-legend" aria-label={labels.legend} data-testid="chart-legend">
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
      )}
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
        {l.series.map((s) => {
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
                  <Marker shape={p.bound ? "caret" : spec.shape} x={p.x} y={p.y} r={5} fill={p.plan ? "#fff" : spec.colour} stroke={spec.colour} />
                );
                const hit = bars ? null : <circle cx={p.x} cy={p.y} r={11} fill="transparent" />;
                const show = () => setHover({ x: bars ? p.barX + p.barW / 2 : p.x, y: p.y, text: p.label });
                const key = `${s.key}-${i}`;
                return p.href ? (
                  <a
                    key={key}
                    href={p.href}
                    aria-label={p.label}
                    className="chart-point"
                    data-claim={p.claimId}
                    data-bucket={p.bucket}
                    data-value={p.value}
                    onMouseEnter={show}
                    onFocus={show}
                    onMouseLeave={() => setHover(null)}
                    onBlur={() => setHover(null)}
                  >
                    {hit}
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
      {hover && (
        <div className="tooltip chart-tip" aria-hidden="true" style={{ left: Math.min(hover.x, l.width - 240), top: Math.max(0, hover.y - 10) }}>
          {hover.text}
        </div>
      )}
      <div className="actions">
        <button type="button" onClick={() => download("svg")}>
          {labels.downloadSvg}
        </button>
        <button type="button" onClick={() => download("png")}>
          {labels.downloadPng}
        </button>
      </div>
    </div>
  );
}

function Marker({ shape, x, y, r, fill, stroke }: { shape: ChartSeries["shape"] | "caret"; x: number; y: number; r: number; fill: string; stroke: string }) {
  const common = { fill, stroke, strokeWidth: 2 };
  switch (shape) {
    case "square":
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} {...common} />;
    case "diamond":
      return <path d={`M${x},${y - r - 1}L${x + r + 1},${y}L${x},${y + r + 1}L${x - r - 1},${y}Z`} {...common} />;
    case "triangle":
      return <path d={`M${x},${y + r + 1}L${x + r + 1},${y - r}L${x - r - 1},${y - r}Z`} {...common} />;
    case "cross":
      return <path d={`M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`} stroke={stroke} strokeWidth={3} fill="none" />;
    case "caret":
      return <path d={`M${x - r - 2},${y + r}L${x},${y - r - 2}L${x + r + 2},${y + r}Z`} {...common} />;
    default:
      return <circle cx={x} cy={y} r={r} {...common} />;
  }
}

/** Axis numbers: 万/亿 for Chinese readers, k/M/B for English. */
function shortNumber(v: number, zh: boolean): string {
  const a = Math.abs(v);
  const t = (n: number) => String(Number(n.toFixed(2)));
  if (zh) return a >= 1e8 ? `${t(v / 1e8)}亿` : a >= 1e4 ? `${t(v / 1e4)}万` : t(v);
  return a >= 1e9 ? `${t(v / 1e9)}B` : a >= 1e6 ? `${t(v / 1e6)}M` : a >= 1e4 ? `${t(v / 1e3)}k` : t(v);
}

function save(url: string, name: string) {
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
