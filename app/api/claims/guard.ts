// Shared by the write routes of /api/claims and /api/mappings: who is asking
// (lib/review/auth.ts), the JSON body (bounded, zod-checked), and the one
// shape of every answer. After a change, cached pages are dropped
// (lib/proxy/page-cache.ts) so readers see it on their next request.
import type { z } from "zod";
import { AuthConfigError, readAuthEnv } from "@/lib/auth/env";
import { readBounded } from "@/lib/auth/upload";
import { actorName, decideEdit, EDITOR_COOKIE, EDITOR_NAME_COOKIE } from "@/lib/review/auth";
import { ReviewError } from "@/db/review/rows";

const BODY_LIMIT_BYTES = 16 * 1024;
const NO_STORE = { "Cache-Control": "no-store" };

export const json = (body: unknown, status = 200, extra: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...NO_STORE, ...extra } });

export function cookieValue(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export type Editor = { ok: true; actor: string } | { ok: false; response: Response };

/** The editor behind a request, or the 401/403/503 answer. */
export function editorOf(request: Request): Editor {
  let secret: string | undefined;
  try {
    secret = readAuthEnv().WRITE_SECRET;
  } catch (err) {
    return { ok: false, response: json({ error: err instanceof AuthConfigError ? err.message : "invalid auth configuration" }, 503) };
  }
  const decision = decideEdit(
    {
      authorization: request.headers.get("authorization"),
      editorCookie: cookieValue(request, EDITOR_COOKIE),
      origin: request.headers.get("origin"),
      host: request.headers.get("x-forwarded-host") ?? request.headers.get("host"),
    },
    { WRITE_SECRET: secret },
  );
  if (!decision.ok) {
    const extra: Record<string, string> = decision.status === 401 ? { "WWW-Authenticate": 'Bearer realm="qujiang-write"' } : {};
    return { ok: false, response: json({ error: decision.error }, decision.status, extra) };
  }
  return { ok: true, actor: actorName(decision.via === "cookie" ? cookieValue(request, EDITOR_NAME_COOKIE) : null) };
}

/** Whether this request may edit, for rendering: no answer, just yes or no. */
export function isEditorRequest(request: Request): boolean {
  return editorOf(request).ok;
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

/** The actor: a name in the body (scripts) wins over the signed-in editor's cookie name. */
export function actorFrom(editor: { actor: string }, body: { actor?: string }): string {
  return body.actor ? actorName(body.actor) : editor.actor;
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
