// GET /api/claims/<id>/audit — who changed the claim, when, and from what to what (oldest first).
import { getDb } from "@/db/client";
import { auditOf, getClaim } from "@/db/review/claims";
import { ClaimIdParam, json } from "../../guard";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = ClaimIdParam((await params).id);
  if (id === null) return json({ error: "bad claim id" }, 400);
  const db = await getDb();
  if (!(await getClaim(db, id))) return json({ error: `claim ${id} does not exist` }, 404);
  return json({ claimId: id, audit: (await auditOf(db, [id])).get(id) ?? [] });
}
