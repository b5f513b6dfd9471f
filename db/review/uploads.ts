// The upload trail: every item an account sent through the web upload (a
// file, a PDF page, a URL, a feed's item), what came of it and which document
// it is. Written as each outcome is known, so a failed item is on record too.
import { desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { uploadAudit } from "../schema";
import type { Actor } from "./rows";

export interface UploadOutcome {
  sourcePath: string;
  status: string;
  documentId?: number;
  claims: number;
}

export async function recordUpload(db: Db, actor: Actor, o: UploadOutcome): Promise<void> {
  await db.insert(uploadAudit).values({
    userId: actor.userId,
    actor: actor.name,
    source: o.sourcePath.slice(0, 2048),
    status: o.status,
    documentId: o.documentId ?? null,
    claims: o.claims,
  });
}

/** Who uploaded a document (the first upload that stored it), for the article page. */
export async function uploaderOf(db: Db, documentId: number): Promise<{ actor: string; at: string } | null> {
  const [row] = await db
    .select({ actor: uploadAudit.actor, at: uploadAudit.at })
    .from(uploadAudit)
    .where(eq(uploadAudit.documentId, documentId))
    .orderBy(desc(uploadAudit.id))
    .limit(1);
  return row ? { actor: row.actor, at: (row.at instanceof Date ? row.at : new Date(row.at)).toISOString() } : null;
}
