// CSV of every claim behind one indicator in the chosen range.
import { stringify } from "csv-stringify/sync";
import { getDb } from "@/db/client";
import { exportClaims } from "@/db/queries";
import { INDICATOR_PARAMS, monthEnd, monthStart, parseView } from "@/lib/url-state";
import { CSV_COLUMNS, csvRow } from "@/lib/export";

export const dynamic = "force-dynamic";

export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await ctx.params).id);
  const { state } = parseView(new URL(request.url).searchParams, INDICATOR_PARAMS);
  const items = await exportClaims(await getDb(), {
    indicator: id,
    from: state.from ? monthStart(state.from) : null,
    to: state.to ? monthEnd(state.to) : null,
    sort: "date_asc",
  });
  const base = new URL(request.url).origin;
  // BOM so Excel opens UTF-8 Chinese correctly.
  const body = "\uFEFF" + stringify(items.map((c) => csvRow(c, base)), { header: true, columns: CSV_COLUMNS });
  const safe = id.replace(/[^a-z0-9_.-]/gi, "_");
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${safe}.csv"`,
    },
  });
}
