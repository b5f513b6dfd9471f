// CSV of the overview's key-indicators table: the same model the page renders.
import { stringify } from "csv-stringify/sync";
import { getDb } from "@/db/client";
import { periodLabel } from "@/extract/time/display";
import type { PeriodKind } from "@/extract/types";
import { localName, sectorName } from "@/lib/i18n";
import { claimHref } from "@/lib/links";
import { loadKeyIndicators } from "@/lib/loaders/overview";
import { siteOrigin } from "@/lib/site";
import { KEY_CSV_PARAMS } from "@/lib/url-state";
import { readView } from "@/lib/view";

export const dynamic = "force-dynamic";

const COLUMNS = ["sector", "indicator", "indicator_name", "area_code", "area", "period", "period_label", "as_of", "value", "unit", "qualifier", "yoy", "yoy_unit", "yoy_source", "rank", "reporting_peers", "claim_id", "source"];

export async function GET(request: Request) {
  const db = await getDb();
  const { state, areaCode, home, areaName } = await readView(db, new URL(request.url).searchParams, KEY_CSV_PARAMS);
  const area = areaCode ?? home.code;
  const model = await loadKeyIndicators(db, area, state.period);
  const base = siteOrigin();
  const lang = state.lang;
  const records = model.groups.flatMap((g) =>
    g.rows.map((r) => ({
      sector: sectorName(g.sector, lang),
      indicator: r.indicator.id,
      indicator_name: localName(r.indicator, lang),
      area_code: area,
      area: areaName(area),
      period: r.point.period,
      period_label: periodLabel(r.point.period, r.point.freq as PeriodKind, lang),
      as_of: r.point.date,
      value: r.point.value,
      unit: r.indicator.unit,
      qualifier: r.point.qualifier,
      yoy: r.yoy ? Number(r.yoy.value.toFixed(2)) : null,
      yoy_unit: r.yoy?.unit ?? null,
      yoy_source: r.yoy?.source ?? null,
      rank: r.rank?.rank ?? null,
      reporting_peers: r.rank?.of ?? null,
      claim_id: r.point.claimId,
      source: r.point.articleId === null ? null : `${base}${claimHref(r.point.articleId, r.point.claimId, "zh")}`,
    })),
  );
  // BOM so Excel opens UTF-8 Chinese correctly.
  const body = "\uFEFF" + stringify(records, { header: true, columns: COLUMNS });
  const name = `key-indicators_${area}${state.period ? `_${state.period}` : ""}.csv`;
  return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"` } });
}
