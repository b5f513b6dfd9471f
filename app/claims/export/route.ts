// Export of the claims explorer's current filter as CSV or JSON.
import { stringify } from "csv-stringify/sync";
import { getDb } from "@/db/client";
import { exportClaims } from "@/db/queries";
import { CLAIMS_PARAMS, monthEnd, monthStart, parseView } from "@/lib/url-state";
import { CSV_COLUMNS, csvRow } from "@/lib/export";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "json" ? "json" : "csv";
  url.searchParams.delete("format");
  const { state } = parseView(url.searchParams, CLAIMS_PARAMS);
  const items = await exportClaims(await getDb(), {
    sector: state.sector,
    indicator: state.indicator,
    unit: state.unit,
    status: state.status,
    period: state.period,
    q: state.q,
    from: state.from ? monthStart(state.from) : null,
    to: state.to ? monthEnd(state.to) : null,
    sort: state.sort,
  });
  const rows = items.map((c) => csvRow(c, url.origin));
  if (format === "json") {
    return new Response(JSON.stringify(rows, null, 1), {
      headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": 'attachment; filename="claims.json"' },
    });
  }
  return new Response("\uFEFF" + stringify(rows, { header: true, columns: CSV_COLUMNS }), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="claims.csv"' },
  });
}
