// OpenGraph image of the chart a shared link shows: /og?sector=…&from=…&to=… for
// the overview, /og?indicator=…&from=…&to=… for an indicator. Text in the image
// is ASCII/English on purpose: the machine has no CJK font for Satori, and the
// Chinese title and description travel in the page metadata anyway.
import { ImageResponse } from "next/og";
import { getDb } from "@/db/client";
import { getIndicator, indicatorSeries, indicatorSummaries } from "@/db/queries";
import { geometry, isLowerBound, PALETTE } from "@/lib/chart-geometry";
import { formatValue, SECTOR_NAMES } from "@/lib/i18n";
import { monthEnd, monthStart, parseView } from "@/lib/url-state";
import type { SectorId } from "@/extract/types";

export const dynamic = "force-dynamic";

const W = 1200;
const H = 630;

export async function GET(request: Request) {
  const { state } = parseView(new URL(request.url).searchParams, ["lang", "sector", "from", "to", "indicator", "chart", "plan"]);
  const db = await getDb();
  const range = { from: state.from ? monthStart(state.from) : null, to: state.to ? monthEnd(state.to) : null };
  let title = "Qujiang Economic Indicators";
  let subtitle = state.sector === "all" ? "All sectors" : (SECTOR_NAMES[state.sector as SectorId]?.en ?? state.sector);
  let points: { date: string; value: number; status: string; qualifier: string }[] = [];
  let unit = "";
  const ind = state.indicator ? await getIndicator(db, state.indicator) : null;
  if (ind) {
    title = ind.nameEn;
    subtitle = `${SECTOR_NAMES[ind.sector as SectorId]?.en ?? ind.sector} · ${ind.id}`;
    points = await indicatorSeries(db, ind.id, range, 300);
    unit = ind.unit;
  } else {
    const summaries = await indicatorSummaries(db, { sector: state.sector, ...range });
    const top = [...summaries].sort((a, b) => b.claims - a.claims)[0];
    if (top) {
      title = `${title}: ${subtitle}`;
      subtitle = `Top indicator: ${top.nameEn} (${summaries.length} indicators)`;
      points = top.points;
      unit = top.unit;
    }
  }
  if (state.plan === "0") points = points.filter((p) => p.status !== "plan");
  const cw = W - 120;
  const ch = 380;
  const g = points.length ? geometry(points, cw, ch, 16) : null;
  const last = [...points].reverse().find((p) => p.status !== "plan");
  const rangeText = state.from || state.to ? `${state.from ?? "…"} – ${state.to ?? "…"}` : "all dates";
  return new ImageResponse(
    (
      <div style={{ width: W, height: H, display: "flex", flexDirection: "column", background: "#fff", padding: 48, fontSize: 28, color: PALETTE.ink }}>
        <div style={{ display: "flex", fontSize: 44, fontWeight: 700 }}>{title}</div>
        <div style={{ display: "flex", color: PALETTE.muted, marginTop: 8 }}>
          {subtitle} · {rangeText}
          {last ? ` · latest ${last.date}: ${formatValue(last.value, unit, "en")}` : ""}
        </div>
        {g ? (
          <svg width={cw} height={ch} viewBox={`0 0 ${cw} ${ch}`} style={{ marginTop: 32 }}>
            <line x1={16} x2={cw - 16} y1={ch - 16} y2={ch - 16} stroke={PALETTE.grid} strokeWidth={2} />
            {g.actual.length > 1 && <path d={g.actualPath} fill="none" stroke={PALETTE.actual} strokeWidth={5} />}
            {g.plan.length > 1 && <path d={g.planPath} fill="none" stroke={PALETTE.plan} strokeWidth={5} strokeDasharray="14 10" />}
            {g.actual.map((p, i) =>
              isLowerBound(p.qualifier) ? (
                <path key={i} d={`M${p.x - 10},${p.y + 8} L${p.x},${p.y - 10} L${p.x + 10},${p.y + 8} Z`} fill={PALETTE.bound} />
              ) : (
                <circle key={i} cx={p.x} cy={p.y} r={7} fill={PALETTE.actual} />
              ),
            )}
            {g.plan.map((p, i) => (
              <circle key={`p${i}`} cx={p.x} cy={p.y} r={8} fill="#fff" stroke={PALETTE.plan} strokeWidth={4} />
            ))}
          </svg>
        ) : (
          <div style={{ display: "flex", marginTop: 80, color: PALETTE.muted }}>No data for this view yet.</div>
        )}
      </div>
    ),
    { width: W, height: H, headers: { "Cache-Control": "public, max-age=300" } },
  );
}
