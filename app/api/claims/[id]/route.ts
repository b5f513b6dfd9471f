// GET /api/claims/<id> — the claim with its audit log (public, like the article page).
// PATCH /api/claims/<id> — an editor corrects fields: {"value": 31000000, "qualifier": "gt"}.
// 200 with the claim and the audit entry (null when nothing changed).
import { getDb } from "@/db/client";
import { auditOf, correctClaim, getClaim } from "@/db/review/claims";
import { ClaimPatch } from "@/lib/review/fields";
import { ClaimIdParam, editorOf, failure, json, parseJson } from "../guard";

type Ctx = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Ctx): Promise<Response> {
  const id = ClaimIdParam((await params).id);
  if (id === null) return json({ error: "bad claim id" }, 400);
  const db = await getDb();
  const claim = await getClaim(db, id);
  if (!claim) return json({ error: `claim ${id} does not exist` }, 404);
  return json({ claim, audit: (await auditOf(db, [id])).get(id) ?? [] });
}

export async function PATCH(request: Request, { params }: Ctx): Promise<Response> {
  const editor = await editorOf(request);
  if (!editor.ok) return editor.response;
  const id = ClaimIdParam((await params).id);
  if (id === null) return json({ error: "bad claim id" }, 400);
  const body = await parseJson(request, ClaimPatch);
  if (!body.ok) return body.response;
  try {
    const result = await correctClaim(await getDb(), id, body.data, editor.actor);
    return json(result);
  } catch (err) {
    return failure(err);
  }
}
