import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { readAuthEnv } from "@/lib/auth/env";
import { passwordMatches, safeNextPath, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS, sessionToken } from "@/lib/auth/site";
import { readBounded } from "@/lib/auth/upload";
import { signinLang } from "../../strings";

// A sign-in form is a few hundred bytes; anything bigger is not one.
const FORM_LIMIT_BYTES = 8 * 1024;
// Slows password guessing from one connection without a lockout table.
const FAILURE_DELAY_MS = 400;

const Form = z.object({
  password: z.string().max(1024).default(""),
  next: z.string().optional(),
  lang: z.string().optional(),
});

function seeOther(location: string, cookie?: string): Response {
  // A relative Location keeps us from trusting the Host header.
  const headers = new Headers({ Location: location, "Cache-Control": "no-store" });
  if (cookie) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 303, headers });
}

function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return origin === null;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function POST(request: Request): Promise<Response> {
  // Login CSRF: another site must not sign a visitor in (or probe passwords).
  if (!sameOrigin(request)) return Response.json({ error: "cross-origin sign-in refused" }, { status: 403 });

  const body = await readBounded(request.body, FORM_LIMIT_BYTES);
  if (!body.ok) return Response.json({ error: "form too large" }, { status: 413 });
  const raw = Object.fromEntries(new URLSearchParams(new TextDecoder().decode(body.bytes)));
  const form = Form.safeParse(raw);
  const next = safeNextPath(form.success ? form.data.next : undefined);
  const lang = signinLang(form.success ? form.data.lang : undefined);

  const password = readAuthEnv().SITE_PASSWORD;
  if (!password) return seeOther(next);

  if (!form.success || !passwordMatches(form.data.password, password)) {
    await sleep(FAILURE_DELAY_MS);
    const back = new URLSearchParams({ error: "1", next, ...(lang === "en" ? { lang } : {}) });
    return seeOther(`/signin/site?${back}`);
  }

  const secure = new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const cookie = [
    `${SESSION_COOKIE}=${sessionToken(password)}`,
    "Path=/",
    `Max-Age=${SESSION_MAX_AGE_SECONDS}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(secure ? ["Secure"] : []),
  ].join("; ");
  return seeOther(next, cookie);
}
