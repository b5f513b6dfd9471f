// CSV of every claim behind one indicator in the chosen range, the compared areas' included.
import { stringify } from "csv-stringify/sync";
import { getDb } from "@/db/client";
import { exportClaims, listIndicators } from "@/db/queries";
import { comparedAreas, dateRange, INDICATOR_PARAMS } from "@/lib/url-state";
import { csvCells, csvHeader } from "@/lib/export";
import { siteOrigin } from "@/lib/site";
import { readView } from "@/lib/view";

export const dynamic = "force-dynamic";

export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await ctx.params).id);
  const db = await getDb();
  const { state, areaCode } = await readView(db, new URL(request.url).searchParams, INDICATOR_PARAMS, { indicator: id });
  // The compared areas' claims too: the file holds what the chart draws.
  const compare = comparedAreas(state, areaCode);
  const items = await exportClaims(db, { indicator: id, area: areaCode, compare, ...dateRange(state), sort: "date_asc" });
  const base = siteOrigin();
  // BOM so Excel opens UTF-8 Chinese correctly.
  const names = new Map((await listIndicators(db)).map((i) => [i.id, i]));
  const body = "\uFEFF" + stringify([csvHeader(state.lang), ...items.map((c) => csvCells(c, base, state.lang, names))]);
  const safe = id.replace(/[^a-z0-9_.-]/gi, "_");
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${safe}.csv"`,
    },
  });
}
