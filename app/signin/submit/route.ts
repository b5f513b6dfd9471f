// POST /signin/submit — the account sign-in form (email, password, next, lang).
// Success: the session cookie (better-auth: httpOnly, SameSite=Lax, Secure
// behind HTTPS) and back to `next`. Failure: back to /signin?error=1 with one
// message whatever was wrong (unknown email, wrong password, disabled account).
// 5 failures within a minute from one address or for one account: 429 with
// Retry-After until the minute has passed (accounts/signin-limit.ts). From
// another site: 403 (login CSRF).
import { z } from "zod";
import { authFor, overHttps } from "@/accounts/auth";
import { clientAddress, recordSigninFailure, recordSigninSuccess, signinWait } from "@/accounts/signin-limit";
import { getDb } from "@/db/client";
import { safeNextPath } from "@/lib/auth/site";
import { messagePage } from "@/lib/auth/message-page";
import { readBounded } from "@/lib/auth/upload";
import { sameOrigin } from "@/lib/review/auth";
import { SIGNIN_TEXT, signinLang } from "../strings";

// A sign-in form is a few hundred bytes; anything bigger is not one.
const FORM_LIMIT_BYTES = 8 * 1024;

const Form = z.object({
  email: z.string().trim().max(254).default(""),
  password: z.string().max(1024).default(""),
  next: z.string().optional(),
  lang: z.string().optional(),
});

function seeOther(location: string, cookies: string[] = []): Response {
  // A relative Location keeps us from trusting the Host header.
  const headers = new Headers({ Location: location, "Cache-Control": "no-store" });
  for (const c of cookies) headers.append("Set-Cookie", c);
  return new Response(null, { status: 303, headers });
}

export async function POST(request: Request): Promise<Response> {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!sameOrigin(request.headers.get("origin"), host)) return Response.json({ error: "cross-origin sign-in refused" }, { status: 403 });

  const body = await readBounded(request.body, FORM_LIMIT_BYTES);
  if (!body.ok) return Response.json({ error: "form too large" }, { status: 413 });
  const form = Form.safeParse(Object.fromEntries(new URLSearchParams(new TextDecoder().decode(body.bytes))));
  const data = form.success ? form.data : { email: "", password: "", next: undefined, lang: undefined };
  const next = safeNextPath(data.next);
  const lang = signinLang(data.lang);
  const back = `/signin?${new URLSearchParams({ error: "1", next, ...(lang === "en" ? { lang } : {}) })}`;

  const address = clientAddress(request.headers);
  const wait = await signinWait(address, data.email);
  if (wait !== null) {
    const t = SIGNIN_TEXT[lang];
    return messagePage(429, lang, t.tooMany(wait), { href: back.replace("error=1&", ""), text: t.back }, { "Retry-After": String(wait) });
  }

  const auth = await authFor(await getDb(), overHttps(request.headers, request.url));
  try {
    const { headers } = await auth.api.signInEmail({
      body: { email: data.email, password: data.password, rememberMe: true },
      // The address and browser are kept with the session; no Origin: ours was checked above.
      headers: new Headers({ "x-forwarded-for": address, "user-agent": request.headers.get("user-agent") ?? "" }),
      returnHeaders: true,
    });
    await recordSigninSuccess(data.email);
    return seeOther(next, headers.getSetCookie());
  } catch {
    // Unknown email, wrong password, disabled account, malformed email: the same answer.
    await recordSigninFailure(address, data.email);
    return seeOther(back);
  }
}
