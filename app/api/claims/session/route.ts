// POST /api/claims/session — the editor sign-in form (application/x-www-form-urlencoded):
//   secret=<WRITE_SECRET>&name=<optional name for the audit log>&next=/articles/3
// sets the editor cookie (an HMAC of the secret, lib/review/auth.ts) and goes
// back to `next`; `signout=1` clears it. A plain form, so it works without
// JavaScript. Wrong secret: back with #editor-failed after a short delay.
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { readAuthEnv } from "@/lib/auth/env";
import { safeNextPath } from "@/lib/auth/site";
import { secretsEqual } from "@/lib/auth/compare";
import { readBounded } from "@/lib/auth/upload";
import { actorName, EDITOR_COOKIE, EDITOR_MAX_AGE_SECONDS, EDITOR_NAME_COOKIE, editorToken, sameOrigin } from "@/lib/review/auth";

const FORM_LIMIT_BYTES = 8 * 1024;
const FAILURE_DELAY_MS = 400;

const Form = z.object({
  secret: z.string().max(1024).default(""),
  name: z.string().max(200).default(""),
  next: z.string().optional(),
  signout: z.string().optional(),
});

function seeOther(location: string, cookies: string[] = []): Response {
  const headers = new Headers({ Location: location, "Cache-Control": "no-store" });
  for (const c of cookies) headers.append("Set-Cookie", c);
  return new Response(null, { status: 303, headers });
}

/** Back to the page with a hash the page's SigninNotice reads (query parameters are the page's own). */
function withHash(path: string, hash: string): string {
  return `${path.split("#")[0]}#${hash}`;
}

export async function POST(request: Request): Promise<Response> {
  // Login CSRF: another site must not sign a visitor in as an editor, nor probe the secret.
  if (!sameOrigin(request.headers.get("origin"), request.headers.get("x-forwarded-host") ?? request.headers.get("host"))) {
    return Response.json({ error: "cross-origin sign-in refused" }, { status: 403 });
  }
  const body = await readBounded(request.body, FORM_LIMIT_BYTES);
  if (!body.ok) return Response.json({ error: "form too large" }, { status: 413 });
  const form = Form.safeParse(Object.fromEntries(new URLSearchParams(new TextDecoder().decode(body.bytes))));
  const next = safeNextPath(form.success ? form.data.next : undefined);
  const secure = new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const cookie = (name: string, value: string, maxAge: number) =>
    [`${name}=${encodeURIComponent(value)}`, "Path=/", `Max-Age=${maxAge}`, "HttpOnly", "SameSite=Strict", ...(secure ? ["Secure"] : [])].join("; ");

  if (form.success && form.data.signout) return seeOther(next, [cookie(EDITOR_COOKIE, "", 0), cookie(EDITOR_NAME_COOKIE, "", 0)]);

  const secret = readAuthEnv().WRITE_SECRET;
  if (!secret) return seeOther(withHash(next, "editor-off"));
  if (!form.success || !secretsEqual(form.data.secret, secret)) {
    await sleep(FAILURE_DELAY_MS);
    return seeOther(withHash(next, "editor-failed"));
  }
  return seeOther(next, [
    cookie(EDITOR_COOKIE, editorToken(secret), EDITOR_MAX_AGE_SECONDS),
    cookie(EDITOR_NAME_COOKIE, actorName(form.data.name), EDITOR_MAX_AGE_SECONDS),
  ]);
}
