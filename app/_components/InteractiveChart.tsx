"use client";
// The interactive indicator chart, drawn with recharts. IndicatorChart fetches
// this module after the page has loaded and shows it in place of the static
// SVG chart (SeriesChart), with the same series: one line per series (bars for
// per-period figures and sums) in the same colours and marker shapes, reported
// figures solid, plans hollow and dashed, lower bounds (超/突破) as up-carets,
// a legend when there is more than one series and a tooltip. Every point is
// still a real link to its sentence (an SVG <a href> with an accessible name,
// reached with Tab), so nothing the static chart offers is lost.
import { memo, useRef, useState, type ReactNode } from "react";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis, useYAxisScale, type DotItemDotProps, type TooltipContentProps } from "recharts";
import { PALETTE } from "@/lib/chart-geometry";
import { niceTicks, runs, shortNumber, textWidth, type ChartPoint, type ChartSeries } from "@/lib/chart-layout";
import { ChartFooter, SeriesLegend, useBoxWidth, type ChartTip } from "./ChartFrame";
import { Marker } from "./ChartMarker";
import { downloadFrom, type SeriesChartProps } from "./SeriesChart";

const HEIGHT = 340;
/** Room added for the legend above the plot (recharts measures the legend itself; the plot keeps about its height). */
const LEGEND_HEIGHT = 30;

/** One point as a line's datum: its position on the time axis (days since 1970) and value. */
interface LineDatum {
  t: number;
  /** null: a gap where a period is missing (recharts breaks the line there). */
  v: number | null;
  point?: ChartPoint;
}

/** One period as the bars' datum: per series, the points of that period (usually one). */
interface BarRow {
  date: string;
  [valueKey: `v${number}`]: number | undefined;
  [pointsKey: `p${number}`]: ChartPoint[] | undefined;
}

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

export function InteractiveChart(props: SeriesChartProps) {
  const { series, labels } = props;
  const box = useRef<HTMLDivElement>(null);
  const width = useBoxWidth(box);
  const [focused, setFocused] = useState<FocusTip>(null);

  const download = (kind: "svg" | "png") => downloadFrom(box.current, "svg.recharts-surface", props, kind);

  const total = series.reduce((n, s) => n + s.points.length, 0);
  return (
    <div className="chart-box" ref={box} data-testid="indicator-chart" data-chart="interactive" data-points={total} data-series={series.length}>
      {/* Memoised: showing the focus tooltip must not redraw the chart (a point redrawn under the pointer loses its click). */}
      <Chart {...props} width={width} onFocusPoint={setFocused} />
      <ChartFooter tip={focused} width={width} labels={labels} share={props.share} onDownload={download} />
    </div>
  );
}

const Chart = memo(function Chart(props: SeriesChartProps & { width: number; onFocusPoint: (tip: FocusTip) => void }) {
  const { series, bars, labels, width, onFocusPoint } = props;
  const legend = series.length > 1;
  const plotHeight = width < 480 ? 260 : HEIGHT;
  const height = plotHeight + (legend ? LEGEND_HEIGHT : 0);
  const fmt = (v: number) => shortNumber(v, props.zh) + props.unitSuffix;

  // Value axis: the static chart's ticks (zero included, 1-2-2.5-5 steps), so both charts read alike.
  const all = series.flatMap((s) => s.points);
  const values = all.map((p) => p.value);
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values, lo + 1e-9);
  const yTicks = niceTicks(lo, hi, plotHeight < 260 ? 4 : 5);
  // A little room beyond the outer ticks: a point at the top sits inside the plot, where recharts' tooltip answers the pointer.
  const yMin = Math.min(lo, yTicks[0]);
  const yMax = Math.max(hi, yTicks[yTicks.length - 1]);
  const room = (yMax - yMin) * 0.04;
  const yDomain: [number, number] = [yMin < 0 ? yMin - room : yMin, yMax + room];
  const yWidth = Math.ceil(Math.max(...yTicks.map((v) => textWidth(fmt(v))), 20)) + 12;

  // Time axis: every period that has a point, labelled by its period (2025, 2025-Q1 …).
  const dates = [...new Set(all.map((p) => p.date))].sort();
  const tickOf = new Map<string, string>();
  for (const p of all) if (!tickOf.has(p.date)) tickOf.set(p.date, p.tick);
  const byDate = new Map<string, { point: ChartPoint; s: ChartSeries }[]>();
  for (const s of series)
    for (const point of s.points) {
      if (!byDate.has(point.date)) byDate.set(point.date, []);
      byDate.get(point.date)!.push({ point, s });
    }

  function dotOf(s: ChartSeries) {
    const Dot = (d: DotItemDotProps) => {
      const datum = d.payload as LineDatum | undefined;
      const point = datum?.point;
      if (!point || d.cx == null || d.cy == null || !Number.isFinite(d.cx) || !Number.isFinite(d.cy)) return <g key={`${s.key}-${d.index}`} />;
      return (
        <PointLink key={`${s.key}-${d.index}`} point={point} s={s} x={d.cx} y={d.cy} onFocusPoint={onFocusPoint}>
          {/* A larger transparent target: small points are easy to click and tap. */}
          <circle cx={d.cx} cy={d.cy} r={11} fill="transparent" />
          <Marker shape={point.bound ? "caret" : s.shape} x={d.cx} y={d.cy} r={5} fill={point.plan ? "#fff" : s.colour} stroke={s.colour} />
        </PointLink>
      );
    };
    return Dot;
  }

  const legendContent = () => <SeriesLegend series={series} label={labels.legend} />;

  const axisTick = { fontSize: 12, fill: PALETTE.muted };
  // Period labels: recharts measures them (tickFormatter) to drop any that would touch the next.
  const dayTick = new Map(dates.map((d) => [dayNumber(d), tickOf.get(d) ?? d]));
  const xFormat = bars ? (v: unknown) => tickOf.get(String(v)) ?? String(v) : (v: unknown) => dayTick.get(Number(v)) ?? "";
  const xTick = (p: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => (
    <text x={Number(p.x)} y={Number(p.y) + 12} textAnchor="middle" fontSize={12} fill={PALETTE.muted} className="x-tick">
      {xFormat(p.payload?.value)}
    </text>
  );

  let chart: ReactNode;
  const common = {
    width,
    height,
    margin: { top: 16, right: 16, bottom: 4, left: 0 },
    title: labels.title,
    role: "group",
    accessibilityLayer: false,
  } as const;
  const grid = <CartesianGrid vertical={false} stroke={PALETTE.grid} strokeDasharray="3 3" />;
  const yAxis = <YAxis type="number" domain={yDomain} ticks={yTicks} tickFormatter={fmt} tick={axisTick} width={yWidth} axisLine={false} tickLine={false} />;
  const zeroLine = <ReferenceLine y={0} stroke={PALETTE.muted} ifOverflow="extendDomain" />;
  // Above the plot, clear of its top points (a legend has nothing to click: the points under it stay reachable).
  const legendEl = legend ? (
    <Legend verticalAlign="top" align="left" content={legendContent} wrapperStyle={{ top: 0, pointerEvents: "none" }} />
  ) : null;
  const tooltip = <Tooltip content={(tip: TooltipContentProps) => <TipContent tip={tip} bars={bars} dates={dates} byDate={byDate} />} cursor={{ stroke: PALETTE.grid }} isAnimationActive={false} />;

  if (bars) {
    const rows: BarRow[] = dates.map((date) => {
      const row: BarRow = { date };
      series.forEach((s, i) => {
        const pts = s.points.filter((p) => p.date === date);
        if (pts.length) {
          row[`p${i}`] = pts;
          // The bar's own value (for recharts' tooltip and hit area): the period's largest figure.
          row[`v${i}`] = pts.reduce((m, p) => (Math.abs(p.value) > Math.abs(m) ? p.value : m), pts[0].value);
        }
      });
      return row;
    });
    chart = (
      <ComposedChart {...common} data={rows} barGap={4} maxBarSize={48}>
        {grid}
        <XAxis dataKey="date" type="category" tick={xTick} tickFormatter={xFormat} interval="preserveEnd" minTickGap={10} tickLine={false} axisLine={false} />
        {yAxis}
        {tooltip}
        {legendEl}
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={`v${i}`}
            name={s.name}
            fill={s.colour}
            isAnimationActive={false}
            shape={(b: { x?: number; width?: number; payload?: BarRow }) =>
              b.payload && b.x !== undefined && b.width ? <BarPoints x={b.x} width={b.width} row={b.payload} s={s} i={i} onFocusPoint={onFocusPoint} /> : <g />
            }
          />
        ))}
        {zeroLine}
      </ComposedChart>
    );
  } else {
    const days = dates.map(dayNumber);
    const xDomain: [number, number] = days.length && days[0] !== days[days.length - 1] ? [days[0], days[days.length - 1]] : [(days[0] ?? 0) - 1, (days[0] ?? 0) + 1];
    chart = (
      <ComposedChart {...common}>
        {grid}
        <XAxis
          dataKey="t"
          type="number"
          scale="linear"
          domain={xDomain}
          ticks={days}
          allowDuplicatedCategory={false}
          tick={xTick}
          tickFormatter={xFormat}
          interval="preserveEnd"
          minTickGap={10}
          padding={{ left: 12, right: 12 }}
          tickLine={false}
          axisLine={false}
        />
        {yAxis}
        {tooltip}
        {legendEl}
        {zeroLine}
        {series.flatMap((s) => {
          // Runs of neighbouring periods, a gap (v: null) between runs: no line across a missing year.
          const data = (plan: boolean): LineDatum[] =>
            runs(
              s.points.filter((p) => p.plan === plan).sort((a, b) => a.date.localeCompare(b.date)),
              s.freq,
            ).flatMap((run, i, all) => {
              const pts: LineDatum[] = run.map((point) => ({ t: dayNumber(point.date), v: point.value, point }));
              const next = all[i + 1];
              return next ? [...pts, { t: (dayNumber(run[run.length - 1].date) + dayNumber(next[0].date)) / 2, v: null }] : pts;
            });
          const actual = data(false);
          const planned = data(true);
          return [
            actual.length > 0 && (
              <Line
                key={`${s.key}-actual`}
                data={actual}
                dataKey="v"
                name={s.name}
                stroke={s.colour}
                strokeWidth={2}
                dot={dotOf(s)}
                activeDot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            ),
            planned.length > 0 && (
              <Line
                key={`${s.key}-plan`}
                data={planned}
                dataKey="v"
                name={s.name}
                legendType="none"
                stroke={s.colour}
                strokeWidth={2}
                strokeDasharray="6 4"
                dot={dotOf(s)}
                activeDot={false}
                isAnimationActive={false}
              />
            ),
          ];
        })}
      </ComposedChart>
    );
  }

  return chart;
});

type FocusTip = ChartTip;

/** A point as a link to its sentence; keyboard focus shows its tooltip (the mouse gets recharts' own). */
function PointLink({ point, s, x, y, onFocusPoint, children }: { point: ChartPoint; s: ChartSeries; x: number; y: number; onFocusPoint: (tip: FocusTip) => void; children: ReactNode }) {
  if (!point.href) {
    return (
      <g>
        <title>{point.label}</title>
        {children}
      </g>
    );
  }
  return (
    <a
      href={point.href}
      aria-label={point.label}
      className="chart-point"
      data-series={s.key}
      data-claim={point.claimId}
      data-bucket={point.bucket}
      data-value={point.value}
      // Keyboard focus only: a click already shows recharts' tooltip under the pointer.
      onFocus={(e) => e.currentTarget.matches(":focus-visible") && onFocusPoint({ x, y, text: point.label })}
      onBlur={() => onFocusPoint(null)}
    >
      {children}
    </a>
  );
}

/** A period's bar of one series: each of its points drawn from zero (plans hollow and dashed), each a link. */
function BarPoints({ x, width, row, s, i, onFocusPoint }: { x: number; width: number; row: BarRow; s: ChartSeries; i: number; onFocusPoint: (tip: FocusTip) => void }) {
  const scale = useYAxisScale();
  const points = row[`p${i}`];
  if (!scale || !points?.length) return null;
  const zero = scale(0) ?? 0;
  // The taller drawn first, so a smaller figure of the same period stays visible on top.
  const ordered = [...points].sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
  return (
    <g data-series={s.key}>
      {ordered.map((point, k) => {
        const y = scale(point.value) ?? zero;
        const top = Math.min(y, zero);
        return (
          <PointLink key={`${point.claimId ?? point.bucket ?? ""}-${k}`} point={point} s={s} x={x + width / 2} y={y} onFocusPoint={onFocusPoint}>
            <rect
              x={x}
              y={top}
              width={width}
              height={Math.max(1, Math.abs(zero - y))}
              fill={point.plan ? "#fff" : s.colour}
              stroke={s.colour}
              strokeWidth={2}
              strokeDasharray={point.plan ? "5 3" : undefined}
            />
            {point.bound && <Marker shape="caret" x={x + width / 2} y={top - 8} r={6} fill={PALETTE.bound} stroke={PALETTE.bound} />}
          </PointLink>
        );
      })}
    </g>
  );
}

/** recharts' tooltip: every point of the hovered period, whichever series and status. */
function TipContent({ tip, bars, dates, byDate }: { tip: TooltipContentProps; bars: boolean; dates: string[]; byDate: Map<string, { point: ChartPoint; s: ChartSeries }[]> }) {
  if (!tip.active || tip.label === undefined) return null;
  const date = bars ? String(tip.label) : dates.find((d) => Math.abs(dayNumber(d) - Number(tip.label)) < 0.5);
  const here = date ? byDate.get(date) : undefined;
  if (!here?.length) return null;
  return (
    <div className="tooltip" data-testid="chart-tooltip">
      {here.map(({ point, s }, k) => (
        <div key={k} style={{ display: "flex", alignItems: "center", gap: "0.35rem" }}>
          <svg width="14" height="14" aria-hidden="true" style={{ flex: "none" }}>
            <Marker shape={point.bound ? "caret" : s.shape} x={7} y={7} r={4} fill={point.plan ? "#fff" : s.colour} stroke={s.colour} />
          </svg>
          <span>{point.label}</span>
        </div>
      ))}
    </div>
  );
}
