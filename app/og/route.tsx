// OpenGraph image of the view a shared link shows, in the view's language
// (Chinese by default): /og?area=…&sector=… for the overview,
// /og?indicator=…&area=…&compare=… for an indicator. Chinese text is set in
// Noto Sans SC, loaded slice by slice for the characters the image holds
// (lib/og-font.ts); X-Glyphs-Missing says how many characters no slice covered.
import { ImageResponse } from "next/og";
import { getDb } from "@/db/client";
import { eventSeries, getIndicator, indicatorSeries, listIndicators, seriesSummaries } from "@/db/queries";
import { geometry, isLowerBound, PALETTE, type GeoPoint } from "@/lib/chart-geometry";
import { SERIES_COLOURS } from "@/lib/chart-layout";
import { areaLabel } from "@/lib/area-en";
import { dict, formatValue, localName, periodText, sectorName } from "@/lib/i18n";
import { fontsFor } from "@/lib/og-font";
import { bestFreq, visiblePoints } from "@/lib/series";
import { comparedAreas, dateRange, OG_PARAMS } from "@/lib/url-state";
import { readView } from "@/lib/view";
import { areaByCode } from "@/lib/areas";
import { periodLabel } from "@/extract/time/display";
import type { PeriodKind } from "@/extract/types";
import { keyStrings } from "@/lib/key-strings";
import { loadPeers } from "@/lib/loaders/peers";

export const dynamic = "force-dynamic";

const W = 1200;
const H = 630;

export async function GET(request: Request) {
  const db = await getDb();
  const view = await readView(db, new URL(request.url).searchParams, OG_PARAMS);
  const { state, areaCode } = view;
  const lang = state.lang;
  const t = dict(lang);
  const range = dateRange(state);
  const where = areaCode ? (areaLabel(view.areaName(areaCode), lang) ?? areaCode) : t.allAreas;
  const rangeText = state.from || state.to ? `${state.from ?? "…"} – ${state.to ?? "…"}` : t.allDates;
  const plan = state.plan === "1";
  let title = `${where} · ${state.sector === "all" ? t.allSectors : sectorName(state.sector, lang)}`;
  let subtitle = t.appTitle;
  let lines: { name: string; points: GeoPoint[] }[] = [];
  let bars = false;
  let unit = "";
  const ind = state.indicator ? await getIndicator(db, state.indicator) : null;
  /** The peers view's ranked bars (view=peers): name, value, selected. */
  let peerBars: { label: string; value: number; text: string; selected: boolean }[] = [];
  if (ind && state.view === "peers" && ind.kind !== "event") {
    const selected = (areaCode && areaByCode(areaCode)) || view.home;
    const m = await loadPeers(db, ind, selected, state.period);
    const k = keyStrings(lang);
    const label = m.key ? (periodLabel(m.key.period, m.key.freq as PeriodKind, lang) ?? m.key.date) : "";
    title = `${m.parent ? k.peersOf(m.parent.name) : selected.name} · ${localName(ind, lang)}`;
    subtitle = `${k.peers} · ${label} · ${t.appTitle}`;
    peerBars = m.rows.map((r) => ({ label: `${r.rank}. ${areaLabel(r.area.name, lang)}`, value: r.point.value, text: formatValue(r.point.value, ind.unit, lang), selected: r.selected }));
  } else if (ind) {
    title = `${where} · ${localName(ind, lang)}`;
    subtitle = `${sectorName(ind.sector, lang)} · ${t.appTitle}`;
    unit = ind.unit;
    if (ind.kind === "event") {
      const { buckets } = await eventSeries(db, ind.id, { ...range, area: areaCode }, state.freq === "month" ? "month" : "quarter", 0);
      const per = state.freq === "month" ? "month" : "quarter";
      lines = [{ name: where, points: buckets.map((b) => ({ date: b.date, value: b.sum, status: "actual", qualifier: b.lowerBound ? "gt" : "eq", period: b.bucket, freq: per })) }];
      bars = true;
    } else {
      const codes = [areaCode, ...comparedAreas(state, areaCode)];
      const all = await Promise.all(codes.map((code) => indicatorSeries(db, ind.id, { ...range, area: code }, 300)));
      const freq = state.freq ?? bestFreq(all[0].length ? all[0] : all.flat());
      lines = all.map((pts, i) => ({ name: codes[i] ? (areaLabel(view.areaName(codes[i]), lang) ?? "") : t.allAreas, points: visiblePoints(pts, { freq, plan }) }));
    }
  } else {
    const [series, indicators] = await Promise.all([seriesSummaries(db, { ...range, area: areaCode, sector: state.sector }), listIndicators(db)]);
    // The series with the most points (a chart worth a preview), then the most claims.
    const top = [...series].sort((a, b) => b.points.length - a.points.length || b.claims - a.claims)[0];
    const topInd = top && indicators.find((i) => i.id === top.indicatorId);
    if (top && topInd) {
      subtitle = `${t.appTitle} · ${localName(topInd, lang)}`;
      unit = topInd.unit;
      lines = [{ name: where, points: visiblePoints(top.points, { freq: top.freq, plan }) }];
      bars = topInd.kind === "event";
    }
  }
  const pointsAll = lines.flatMap((l) => l.points);
  const last = [...(lines[0]?.points ?? [])].reverse().find((p) => p.status !== "plan");
  // The latest reported value with its period (2025年: 3.1亿元 / 2025: CNY 310 million), not its end date.
  const lastText = last ? `${t.latestShort} ${periodText(last.period, last.freq, last.date, lang)}: ${formatValue(last.value, unit, lang)}` : "";
  const detail = [rangeText, lastText].filter(Boolean).join(" · ");
  const legend = lines.length > 1 ? lines.map((l) => l.name) : [];
  const empty = lang === "zh" ? "该视图暂无数据" : "No data for this view yet.";
  const { fonts, family, missing } = fontsFor([title, subtitle, detail, empty, ...legend, ...peerBars.flatMap((b) => [b.label, b.text]), "0123456789.,:-–…·%年"].join(""));
  const peerMax = Math.max(0, ...peerBars.map((b) => b.value)) || 1;

  const cw = W - 120;
  const ch = 320;
  // One geometry over every line so they share the axes.
  const g = pointsAll.length ? geometry(pointsAll, cw, ch, 16) : null;
  const perLine = g ? lines.map((l) => onSharedAxes(l.points, pointsAll, cw, ch)) : [];
  const years = yearTicks(pointsAll, cw, 16, lang);

  return new ImageResponse(
    (
      <div style={{ width: W, height: H, display: "flex", flexDirection: "column", background: "#fff", padding: 48, fontSize: 28, color: PALETTE.ink, fontFamily: family }}>
        <div style={{ display: "flex", fontSize: 48, fontWeight: 700 }}>{title}</div>
        <div style={{ display: "flex", color: PALETTE.muted, marginTop: 8 }}>{subtitle}</div>
        <div style={{ display: "flex", color: PALETTE.muted, marginTop: 4, fontSize: 24 }}>{detail}</div>
        {legend.length > 0 && (
          <div style={{ display: "flex", marginTop: 8, fontSize: 24 }}>
            {legend.map((name, i) => (
              <div key={name} style={{ display: "flex", alignItems: "center", marginRight: 24 }}>
                <div style={{ width: 28, height: 6, background: SERIES_COLOURS[i % SERIES_COLOURS.length], marginRight: 8 }} />
                {name}
              </div>
            ))}
          </div>
        )}
        {peerBars.length > 0 ? (
          <div style={{ display: "flex", flexDirection: "column", marginTop: 24 }}>
            {peerBars.slice(0, 8).map((b) => (
              <div key={b.label} style={{ display: "flex", alignItems: "center", height: 48, fontSize: 26, fontWeight: b.selected ? 700 : 400 }}>
                <div style={{ display: "flex", width: 220 }}>{b.label}</div>
                <div style={{ display: "flex", height: 30, width: Math.max(2, (Math.max(0, b.value) / peerMax) * 640), background: b.selected ? "#c2410c" : PALETTE.actual }} />
                <div style={{ display: "flex", marginLeft: 12 }}>{b.text}</div>
              </div>
            ))}
          </div>
        ) : g ? (
          <svg width={cw} height={ch} viewBox={`0 0 ${cw} ${ch}`} style={{ marginTop: 16 }}>
            <line x1={16} x2={cw - 16} y1={ch - 16} y2={ch - 16} stroke={PALETTE.grid} strokeWidth={2} />
            {bars
              ? g.actual.map((p, i) => <rect key={i} x={p.x - 18} y={Math.min(p.y, ch - 17)} width={36} height={Math.max(1, ch - 16 - p.y)} fill={PALETTE.actual} />)
              : perLine.map((lg, li) => {
                  const colour = SERIES_COLOURS[li % SERIES_COLOURS.length];
                  return (
                    <g key={li}>
                      {lg.actual.length > 1 && <path d={lg.actualPath} fill="none" stroke={colour} strokeWidth={5} />}
                      {lg.plan.length > 1 && <path d={lg.planPath} fill="none" stroke={colour} strokeWidth={5} strokeDasharray="14 10" />}
                      {lg.actual.map((p, i) =>
                        isLowerBound(p.qualifier) ? (
                          <path key={i} d={`M${p.x - 10},${p.y + 8} L${p.x},${p.y - 10} L${p.x + 10},${p.y + 8} Z`} fill={colour} />
                        ) : (
                          <circle key={i} cx={p.x} cy={p.y} r={7} fill={colour} />
                        ),
                      )}
                      {lg.plan.map((p, i) => (
                        <circle key={`p${i}`} cx={p.x} cy={p.y} r={8} fill="#fff" stroke={colour} strokeWidth={4} />
                      ))}
                    </g>
                  );
                })}
          </svg>
        ) : null}
        {peerBars.length > 0 ? null : g ? (
          <div style={{ display: "flex", position: "relative", width: cw, height: 34, fontSize: 22, color: PALETTE.muted }}>
            {years.map((y) => (
              <div key={y.label} style={{ position: "absolute", left: Math.max(0, Math.min(cw - 90, y.x - 45)), width: 90, display: "flex", justifyContent: "center" }}>
                {y.label}
              </div>
            ))}
          </div>
        ) : (
          <div style={{ display: "flex", marginTop: 80, color: PALETTE.muted }}>{empty}</div>
        )}
      </div>
    ),
    {
      width: W,
      height: H,
      fonts,
      headers: { "Cache-Control": "public, max-age=300", "X-Glyphs-Missing": String(missing.length), "Content-Language": lang === "zh" ? "zh-CN" : "en" },
    },
  );
}

/**
 * The time axis's years, at the x the geometry gives their points (the same
 * time-proportional scale), thinned so labels stay apart: what a preview
 * needs to say when its figures are from.
 */
function yearTicks(points: GeoPoint[], w: number, pad: number, lang: "zh" | "en"): { x: number; label: string }[] {
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  const days = points.map((p) => day(p.date));
  if (!days.length) return [];
  const [lo, hi] = [Math.min(...days), Math.max(...days)];
  const sx = (d: number) => (hi === lo ? w / 2 : pad + ((d - lo) / (hi - lo)) * (w - 2 * pad));
  const byYear = new Map<string, number>();
  for (const p of points) {
    const y = p.date.slice(0, 4);
    byYear.set(y, Math.max(byYear.get(y) ?? -Infinity, sx(day(p.date))));
  }
  const out: { x: number; label: string }[] = [];
  for (const [y, x] of [...byYear.entries()].sort()) {
    if (out.length && x - out[out.length - 1].x < 100) continue;
    out.push({ x, label: lang === "zh" ? `${y}年` : y });
  }
  return out;
}

/** A line's points placed on the axes of every line's points (compared areas share one scale). */
function onSharedAxes(points: GeoPoint[], all: GeoPoint[], w: number, h: number) {
  // geometry keeps the input order within each status: the first entries are this line's.
  const g = geometry([...points, ...all], w, h, 16);
  const nActual = points.filter((p) => p.status !== "plan").length;
  const actual = g.actual.slice(0, nActual);
  const plan = g.plan.slice(0, points.length - nActual);
  const path = (ps: typeof actual) => ps.map((q, i) => `${i ? "L" : "M"}${q.x},${q.y}`).join(" ");
  return { actual, plan, actualPath: path(actual), planPath: path(plan) };
}
