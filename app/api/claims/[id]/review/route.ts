// POST /api/claims/<id>/review — {"action": "confirm" | "reject" | "restore"}.
import { getDb } from "@/db/client";
import { reviewClaim } from "@/db/review/claims";
import { ReviewAction } from "@/lib/review/fields";
import { ClaimIdParam, editorOf, failure, json, parseJson } from "../../guard";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const editor = await editorOf(request);
  if (!editor.ok) return editor.response;
  const id = ClaimIdParam((await params).id);
  if (id === null) return json({ error: "bad claim id" }, 400);
  const body = await parseJson(request, ReviewAction);
  if (!body.ok) return body.response;
  try {
    const result = await reviewClaim(await getDb(), id, body.data.action, editor.actor);
    return json(result);
  } catch (err) {
    return failure(err);
  }
}
