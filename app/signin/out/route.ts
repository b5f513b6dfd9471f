// POST /signin/out — signs the account out: its session row is deleted and the
// cookie cleared, then back to `next`. POST only: a GET sign-out could be
// triggered by any <img> on another site.
import { z } from "zod";
import { authFor, overHttps } from "@/accounts/auth";
import { hasSessionCookie } from "@/accounts/who";
import { getDb } from "@/db/client";
import { safeNextPath } from "@/lib/auth/site";
import { readBounded } from "@/lib/auth/upload";
import { sameOrigin } from "@/lib/review/auth";

const Form = z.object({ next: z.string().optional() });

export async function POST(request: Request): Promise<Response> {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!sameOrigin(request.headers.get("origin"), host)) return Response.json({ error: "cross-origin sign-out refused" }, { status: 403 });
  const body = await readBounded(request.body, 4096);
  const form = Form.safeParse(body.ok ? Object.fromEntries(new URLSearchParams(new TextDecoder().decode(body.bytes))) : {});
  const headers = new Headers({ Location: safeNextPath(form.success ? form.data.next : undefined), "Cache-Control": "no-store" });
  const cookie = request.headers.get("cookie");
  if (hasSessionCookie(cookie)) {
    const auth = await authFor(await getDb(), overHttps(request.headers, request.url));
    try {
      const out = await auth.api.signOut({ headers: new Headers({ cookie: cookie! }), returnHeaders: true });
      for (const c of out.headers.getSetCookie()) headers.append("Set-Cookie", c);
    } catch {
      // A session already gone: nothing to end.
    }
  }
  return new Response(null, { status: 303, headers });
}
