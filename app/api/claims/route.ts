// POST /api/claims — an editor adds a number the extractor missed.
//   curl -X POST -b jar -H "Origin: https://site" -H "Content-Type: application/json" \
//     -d '{"articleId":3,"quote":"接待游客12万人次","value":120000,"unit":"人次","qualifier":"eq",
//          "metric":"接待游客","sector":"tourism","status":"actual","period":"2025-05"}' \
//     https://site/api/claims          (jar: the session cookie of POST /signin/submit)
// 201 with the claim and its audit entry; 401/403 without authority; 400 bad
// body; 404 no such article; 422 quote not in the article or unknown indicator.
import { getDb } from "@/db/client";
import { addClaim } from "@/db/review/claims";
import { NewClaim } from "@/lib/review/fields";
import { editorOf, failure, json, parseJson } from "./guard";

export async function POST(request: Request): Promise<Response> {
  const editor = await editorOf(request);
  if (!editor.ok) return editor.response;
  const body = await parseJson(request, NewClaim);
  if (!body.ok) return body.response;
  try {
    const result = await addClaim(await getDb(), body.data, editor.actor);
    return json(result, 201);
  } catch (err) {
    return failure(err);
  }
}
