"use client";
// The full chart of one indicator. Reported figures solid, plans/targets hollow
// and dashed, lower bounds (超/突破) as up-carets. Every point is a real SVG link
// to its sentence, so mouse, keyboard and tests can follow it.
import { useRef } from "react";
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SeriesPoint } from "@/db/queries";
import { formatValue, qualifierPrefix, type Lang } from "@/lib/i18n";
import { PALETTE, isLowerBound } from "@/lib/chart-geometry";

export interface ChartLabels {
  reported: string;
  planned: string;
  lowerBound: string;
  downloadSvg: string;
  downloadPng: string;
  article: string;
  claimsCount: string;
  title: string;
}

interface Row {
  date: string;
  actual?: number;
  plan?: number;
  a?: SeriesPoint;
  p?: SeriesPoint;
}

function rowsOf(points: SeriesPoint[], showPlan: boolean): Row[] {
  const byDate = new Map<string, Row>();
  for (const pt of points) {
    if (pt.status === "plan" && !showPlan) continue;
    const row = byDate.get(pt.date) ?? { date: pt.date };
    if (pt.status === "plan") {
      row.plan = pt.value;
      row.p = pt;
    } else {
      row.actual = pt.value;
      row.a = pt;
    }
    byDate.set(pt.date, row);
  }
  return [...byDate.values()].sort((x, y) => x.date.localeCompare(y.date));
}

function linkOf(p: SeriesPoint, lang: Lang): string | null {
  return p.articleId === null ? null : `/articles/${p.articleId}${lang === "en" ? "?lang=en" : ""}#claim-${p.claimId}`;
}

function pointLabel(p: SeriesPoint, unit: string, lang: Lang, labels: ChartLabels): string {
  const kind = p.status === "plan" ? labels.planned : labels.reported;
  return `${p.date} ${kind}: ${qualifierPrefix(p.qualifier, lang)}${formatValue(p.value, unit, lang)} — ${p.quote}`;
}

type DotProps = { cx?: number; cy?: number; payload?: Row; index?: number };

export function IndicatorChart(props: {
  points: SeriesPoint[];
  unit: string;
  lang: Lang;
  type: "line" | "bar";
  showPlan: boolean;
  labels: ChartLabels;
  fileName: string;
}) {
  const { points, unit, lang, type, showPlan, labels } = props;
  const box = useRef<HTMLDivElement>(null);
  const data = rowsOf(points, showPlan);
  const fmt = (v: number) => formatValue(v, unit, lang);

  function Dot(kind: "a" | "p") {
    const Render = (d: DotProps) => {
      const pt = d.payload?.[kind];
      if (!pt || d.cx === undefined || d.cy === undefined || Number.isNaN(d.cy)) return <g key={`${kind}-${d.index}`} />;
      const link = linkOf(pt, lang);
      const colour = kind === "p" ? PALETTE.plan : isLowerBound(pt.qualifier) ? PALETTE.bound : PALETTE.actual;
      const shape = isLowerBound(pt.qualifier) ? (
        <path
          d={`M${d.cx - 7},${d.cy + 5} L${d.cx},${d.cy - 7} L${d.cx + 7},${d.cy + 5} Z`}
          fill={kind === "p" ? "#fff" : colour}
          stroke={colour}
          strokeWidth={2}
        />
      ) : (
        <circle cx={d.cx} cy={d.cy} r={5} fill={kind === "p" ? "#fff" : colour} stroke={colour} strokeWidth={2} />
      );
      const label = pointLabel(pt, unit, lang, labels);
      // A transparent larger hit area makes small points easy to click and tap.
      const hit = <circle cx={d.cx} cy={d.cy} r={11} fill="transparent" />;
      return link ? (
        <a key={`${kind}-${d.index}`} href={link} aria-label={label} data-claim={pt.claimId} className="chart-point">
          <title>{label}</title>
          {hit}
          {shape}
        </a>
      ) : (
        <g key={`${kind}-${d.index}`}>
          <title>{label}</title>
          {shape}
        </g>
      );
    };
    return Render;
  }

  function BarShape(kind: "a" | "p") {
    const Render = (b: { x?: number; y?: number; width?: number; height?: number; payload?: Row; index?: number }) => {
      const pt = b.payload?.[kind];
      if (!pt || b.x === undefined || b.y === undefined || !b.width || b.height === undefined) return <g key={`${kind}-${b.index}`} />;
      const link = linkOf(pt, lang);
      const colour = kind === "p" ? PALETTE.plan : PALETTE.actual;
      const label = pointLabel(pt, unit, lang, labels);
      const h = Math.max(b.height, 1);
      const rect = (
        <rect
          x={b.x}
          y={b.y}
          width={b.width}
          height={h}
          fill={kind === "p" ? "#fff" : colour}
          stroke={colour}
          strokeWidth={2}
          strokeDasharray={kind === "p" ? "5 3" : undefined}
        />
      );
      const caret = isLowerBound(pt.qualifier) ? (
        <path d={`M${b.x + b.width / 2 - 7},${b.y - 3} L${b.x + b.width / 2},${b.y - 14} L${b.x + b.width / 2 + 7},${b.y - 3} Z`} fill={PALETTE.bound} />
      ) : null;
      return link ? (
        <a key={`${kind}-${b.index}`} href={link} aria-label={label} data-claim={pt.claimId} className="chart-point">
          <title>{label}</title>
          {rect}
          {caret}
        </a>
      ) : (
        <g key={`${kind}-${b.index}`}>
          {rect}
          {caret}
        </g>
      );
    };
    return Render;
  }

  function download(kind: "svg" | "png") {
    const svg = box.current?.querySelector("svg.recharts-surface");
    if (!svg) return;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    const { width, height } = svg.getBoundingClientRect();
    clone.setAttribute("width", String(width));
    clone.setAttribute("height", String(height));
    const bg = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    bg.setAttribute("width", "100%");
    bg.setAttribute("height", "100%");
    bg.setAttribute("fill", "#fff");
    clone.insertBefore(bg, clone.firstChild);
    const text = new XMLSerializer().serializeToString(clone);
    const blob = new Blob([text], { type: "image/svg+xml;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    if (kind === "svg") return save(url, `${props.fileName}.svg`);
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = width * 2;
      canvas.height = height * 2;
      const ctx = canvas.getContext("2d")!;
      ctx.scale(2, 2);
      ctx.drawImage(img, 0, 0);
      URL.revokeObjectURL(url);
      canvas.toBlob((png) => png && save(URL.createObjectURL(png), `${props.fileName}.png`));
    };
    img.src = url;
  }

  return (
    <div className="chart-box" ref={box} data-testid="indicator-chart" data-points={data.length}>
      <div className="legend" aria-hidden="true">
        <span>{labels.reported}</span>
        {showPlan && <span className="l-plan">{labels.planned}</span>}
        <span className="l-bound">{labels.lowerBound}</span>
      </div>
      <ResponsiveContainer width="100%" height={340}>
        <ComposedChart data={data} margin={{ top: 20, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false} title={labels.title}>
          <CartesianGrid stroke={PALETTE.grid} strokeDasharray="3 3" />
          <XAxis dataKey="date" tick={{ fontSize: 12, fill: PALETTE.muted }} minTickGap={24} />
          <YAxis tickFormatter={fmt} tick={{ fontSize: 12, fill: PALETTE.muted }} width={84} domain={[(min: number) => Math.min(0, min), "auto"]} />
          <Tooltip content={<Tip unit={unit} lang={lang} labels={labels} />} />
          {type === "bar" ? (
            <>
              <Bar dataKey="actual" name={labels.reported} fill={PALETTE.actual} shape={BarShape("a")} isAnimationActive={false} />
              {showPlan && <Bar dataKey="plan" name={labels.planned} fill="#fff" shape={BarShape("p")} isAnimationActive={false} />}
            </>
          ) : (
            <>
              <Line dataKey="actual" name={labels.reported} stroke={PALETTE.actual} strokeWidth={2} connectNulls dot={Dot("a")} activeDot={false} isAnimationActive={false} />
              {showPlan && (
                <Line dataKey="plan" name={labels.planned} stroke={PALETTE.plan} strokeWidth={2} strokeDasharray="6 4" connectNulls dot={Dot("p")} activeDot={false} isAnimationActive={false} />
              )}
            </>
          )}
        </ComposedChart>
      </ResponsiveContainer>
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

function save(url: string, name: string) {
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Tip(props: { active?: boolean; payload?: { payload?: Row }[]; unit: string; lang: Lang; labels: ChartLabels }) {
  const row = props.payload?.[0]?.payload;
  if (!props.active || !row) return null;
  const items = [row.a, row.p].filter((x): x is SeriesPoint => !!x);
  return (
    <div className="tooltip">
      <strong>{row.date}</strong>
      {items.map((p) => (
        <div key={p.status} style={{ marginTop: "0.3rem" }}>
          <div>
            {p.status === "plan" ? props.labels.planned : props.labels.reported}:{" "}
            <strong>
              {qualifierPrefix(p.qualifier, props.lang)}
              {formatValue(p.value, props.unit, props.lang)}
            </strong>
            {isLowerBound(p.qualifier) ? ` (${props.labels.lowerBound})` : ""}
          </div>
          <div>“{p.quote}”</div>
          {p.articleTitle && (
            <div className="sub" style={{ margin: 0 }}>
              {props.labels.article}: {p.articleTitle}
            </div>
          )}
          {p.n > 1 && (
            <div className="sub" style={{ margin: 0 }}>
              {p.n} {props.labels.claimsCount}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
