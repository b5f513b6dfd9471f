// GET /api/mappings — stored metric → indicator mappings, and the metric
// phrases with claims but no indicator (what is left to map).
// POST /api/mappings — an editor maps a phrase:
//   {"metric": "签约金额", "indicatorId": "investment.signed_amount"}            (existing indicator)
//   {"metric": "签约金额", "indicatorId": "investment.signed_amount",
//    "create": {"nameZh": "签约金额", "nameEn": "Signed amount", "sector": "investment", "unit": "元"}}
// Past claims with that metric and the indicator's unit get the indicator now
// (each audited); the ingest applies the mapping to new claims.
import { getDb } from "@/db/client";
import { listMappings, saveMapping, unmappedMetrics } from "@/db/review/mappings";
import { MappingInput } from "@/lib/review/fields";
import { editorOf, failure, json, parseJson } from "../claims/guard";

export async function GET(): Promise<Response> {
  const db = await getDb();
  const [mappings, unmapped] = await Promise.all([listMappings(db), unmappedMetrics(db)]);
  return json({ mappings, unmapped });
}

export async function POST(request: Request): Promise<Response> {
  const editor = await editorOf(request);
  if (!editor.ok) return editor.response;
  const body = await parseJson(request, MappingInput);
  if (!body.ok) return body.response;
  try {
    const result = await saveMapping(await getDb(), body.data, editor.actor);
    return json(result, result.createdIndicator ? 201 : 200);
  } catch (err) {
    return failure(err);
  }
}
