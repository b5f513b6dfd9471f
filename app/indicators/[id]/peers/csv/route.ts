// CSV of an indicator's peers view (view=peers): the same model the page renders.
import { stringify } from "csv-stringify/sync";
import { getDb } from "@/db/client";
import { getIndicator } from "@/db/queries";
import { areaByCode } from "@/lib/areas";
import { claimHref } from "@/lib/links";
import { loadPeers } from "@/lib/loaders/peers";
import { siteOrigin } from "@/lib/site";
import { PEERS_CSV_PARAMS } from "@/lib/url-state";
import { readView } from "@/lib/view";

export const dynamic = "force-dynamic";

const COLUMNS = ["rank", "area_code", "area", "selected", "indicator", "period", "as_of", "value", "unit", "qualifier", "yoy", "yoy_unit", "yoy_source", "quote", "source"];

export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await ctx.params).id);
  const db = await getDb();
  const ind = await getIndicator(db, id);
  if (!ind) return new Response("unknown indicator\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { state, areaCode, home } = await readView(db, new URL(request.url).searchParams, PEERS_CSV_PARAMS);
  const selected = (areaCode && areaByCode(areaCode)) || home;
  const m = await loadPeers(db, ind, selected, state.period);
  const base = siteOrigin();
  const records = [
    ...m.rows.map((r) => ({
      rank: r.rank,
      area_code: r.area.code,
      area: r.area.name,
      selected: r.selected ? 1 : 0,
      indicator: ind.id,
      period: r.point.period,
      as_of: r.point.date,
      value: r.point.value,
      unit: ind.unit,
      qualifier: r.point.qualifier,
      yoy: r.yoy ? Number(r.yoy.value.toFixed(2)) : null,
      yoy_unit: r.yoy?.unit ?? null,
      yoy_source: r.yoy?.source ?? null,
      quote: r.point.quote,
      source: r.point.articleId === null ? null : `${base}${claimHref(r.point.articleId, r.point.claimId, "zh")}`,
    })),
    // Peers without a report of the period: listed, with no value.
    ...m.missing.map((a) => ({ rank: null, area_code: a.code, area: a.name, selected: a.selected ? 1 : 0, indicator: ind.id, period: m.key?.period ?? null, as_of: m.key?.date ?? null })),
  ];
  const body = "\uFEFF" + stringify(records, { header: true, columns: COLUMNS });
  const safe = id.replace(/[^a-z0-9_.-]/gi, "_");
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${safe}_peers_${selected.code}_${m.key?.period ?? "none"}.csv"` },
  });
}
