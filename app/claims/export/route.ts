// Export of the claims explorer's current filter as CSV or JSON.
import { stringify } from "csv-stringify/sync";
import { getDb } from "@/db/client";
import { exportClaims, listIndicators } from "@/db/queries";
import { CLAIMS_PARAMS, claimQueryOf } from "@/lib/url-state";
import { csvCells, csvHeader, jsonRow } from "@/lib/export";
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
  const base = siteOrigin();
  if (format === "json") {
    return new Response(JSON.stringify(items.map((c) => jsonRow(c, base)), null, 1), {
      headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": 'attachment; filename="claims.json"' },
    });
  }
  const names = new Map((await listIndicators(db)).map((i) => [i.id, i]));
  const rows = [csvHeader(state.lang), ...items.map((c) => csvCells(c, base, state.lang, names))];
  return new Response("\uFEFF" + stringify(rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="claims.csv"' },
  });
}
