// Shared by the write routes of /api/claims, /api/mappings, /api/ingest and
// the accounts page: who is asking (a signed-in account, accounts/who.ts; what
// its role allows and whether the request comes from this site,
// lib/review/auth.ts), the JSON body (bounded, zod-checked), and the one shape
// of every answer. After a change, cached pages are dropped
// (lib/proxy/page-cache.ts) so readers see it on their next request.
import type { z } from "zod";
import { accountOf, type Account } from "@/accounts/who";
import { getDb } from "@/db/client";
import type { Actor } from "@/db/review/rows";
import { readBounded } from "@/lib/auth/upload";
import { decideEdit, type Need } from "@/lib/review/auth";
import { ReviewError } from "@/db/review/rows";

const BODY_LIMIT_BYTES = 16 * 1024;
const NO_STORE = { "Cache-Control": "no-store" };

export const json = (body: unknown, status = 200, extra: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...NO_STORE, ...extra } });

export type Editor = { ok: true; account: Account; actor: Actor } | { ok: false; response: Response };

/**
 * The account behind a request, allowed to do `need` (edit, or manage accounts),
 * or the answer: 401 for a reader, 403 for another site or a role that may not.
 * A name in the request body is never used: the account names the change.
 */
export async function editorOf(request: Request, need: Need = "edit"): Promise<Editor> {
  const account = await accountOf(await getDb(), request.headers, request.url);
  const decision = decideEdit(
    {
      role: account?.role ?? null,
      origin: request.headers.get("origin"),
      host: request.headers.get("x-forwarded-host") ?? request.headers.get("host"),
    },
    need,
  );
  if (!decision.ok) return { ok: false, response: json({ error: decision.error }, decision.status) };
  return { ok: true, account: account!, actor: { name: account!.name, userId: account!.id } };
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

export async function parseJson<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<z.infer<S>>> {
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) {
    return { ok: false, response: json({ error: "send JSON (Content-Type: application/json)" }, 415) };
  }
  const body = await readBounded(request.body, BODY_LIMIT_BYTES);
  if (!body.ok) return { ok: false, response: json({ error: `body over ${BODY_LIMIT_BYTES} bytes` }, 413) };
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(body.bytes));
  } catch {
    return { ok: false, response: json({ error: "malformed JSON" }, 400) };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
    return { ok: false, response: json({ error: problems }, 400) };
  }
  return { ok: true, data: parsed.data };
}

export function failure(err: unknown): Response {
  if (err instanceof ReviewError) return json({ error: err.message }, err.status);
  const code = (err as { code?: unknown })?.code;
  if (code === "23503") return json({ error: "a referenced row does not exist" }, 422);
  console.error("review write failed:", err);
  return json({ error: "internal error" }, 500);
}

export const ClaimIdParam = (raw: string) => {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 && n <= 2_147_483_647 ? n : null;
};
