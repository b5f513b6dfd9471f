// Export of the claims explorer's current filter as CSV or JSON.
import { stringify } from "csv-stringify/sync";
import { getDb } from "@/db/client";
import { exportClaims } from "@/db/queries";
import { CLAIMS_PARAMS, claimQueryOf } from "@/lib/url-state";
import { CSV_COLUMNS, csvRow } from "@/lib/export";
import { siteOrigin } from "@/lib/site";
import { readView } from "@/lib/view";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "json" ? "json" : "csv";
  url.searchParams.delete("format");
  const db = await getDb();
  const { state, home } = await readView(db, url.searchParams, CLAIMS_PARAMS);
  // The same filter as the explorer page, so the export is exactly what it shows.
  const items = await exportClaims(db, claimQueryOf(state, home.code));
  const rows = items.map((c) => csvRow(c, siteOrigin()));
  if (format === "json") {
    return new Response(JSON.stringify(rows, null, 1), {
      headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": 'attachment; filename="claims.json"' },
    });
  }
  return new Response("\uFEFF" + stringify(rows, { header: true, columns: CSV_COLUMNS }), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="claims.csv"' },
  });
}
