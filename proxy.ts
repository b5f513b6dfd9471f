// Runs before every request (no matcher on purpose: pages, route handlers and
// static assets all get the security headers). Next 16 renamed middleware.ts
// to proxy.ts; it runs on the Node.js runtime, so node:crypto is available.
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { AuthConfigError, readAuthEnv } from "@/lib/auth/env";
import { isEmbeddable, newNonce, securityHeaders } from "@/lib/auth/headers";
import { malformedReason } from "@/lib/auth/request-guard";
import { isPublicPath, isValidSession, SESSION_COOKIE } from "@/lib/auth/site";
import { fill, isCacheable, isFillRequest, lookup, pageCacheEnabled } from "@/lib/proxy/page-cache";

export async function proxy(request: NextRequest, event?: NextFetchEvent): Promise<NextResponse> {
  const { pathname, searchParams } = request.nextUrl;
  const nonce = newNonce();
  const headers = securityHeaders({
    nonce,
    embeddable: isEmbeddable(pathname, searchParams),
    dev: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https",
  });
  const finish = (response: NextResponse) => {
    for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
    return response;
  };

  const malformed = malformedReason(pathname, request.nextUrl.search);
  if (malformed) return finish(NextResponse.json({ error: `malformed request: ${malformed}` }, { status: 400 }));

  let sitePassword: string | undefined;
  try {
    sitePassword = readAuthEnv().SITE_PASSWORD;
  } catch (err) {
    // A bad secret in the environment closes the site rather than opening it.
    const message = err instanceof AuthConfigError ? err.message : "invalid auth configuration";
    return finish(NextResponse.json({ error: message }, { status: 503 }));
  }

  // The proxy's own background render for the page cache (token-checked).
  const filling = isFillRequest(request.headers);

  if (sitePassword && !filling && !isPublicPath(pathname) && !isValidSession(request.cookies.get(SESSION_COOKIE)?.value, sitePassword)) {
    if (pathname.startsWith("/api/") || (request.method !== "GET" && request.method !== "HEAD")) {
      return finish(NextResponse.json({ error: "sign-in required" }, { status: 401 }));
    }
    const target = new URL("/signin/site", request.url);
    target.searchParams.set("next", pathname + request.nextUrl.search);
    return finish(NextResponse.redirect(target, 303));
  }

  let cacheState: "pass" | undefined;
  if (!filling && pageCacheEnabled()) {
    const cacheable = isCacheable(
      { method: request.method, pathname, headers: request.headers, cookieNames: request.cookies.getAll().map((c) => c.name) },
      SESSION_COOKIE,
    );
    if (cacheable) {
      const key = pathname + request.nextUrl.search;
      const cookie = request.headers.get("cookie");
      let found = lookup(key, nonce);
      let rendered = false;
      if (found.kind === "hit" && found.stale) {
        // Serve this one stale; one background render replaces it.
        const pending = fill(key, cookie);
        if (event) event.waitUntil(pending);
      } else if (found.kind === "miss") {
        await fill(key, cookie);
        found = lookup(key, nonce);
        rendered = true;
      }
      if (found.kind === "hit") {
        const response = new NextResponse(found.page.body, { status: found.page.status, headers: found.page.headers });
        // hit: from memory; stale: from memory, past its TTL, successor rendering;
        // miss: rendered just now (for this and any concurrent request).
        response.headers.set("X-Page-Cache", rendered ? "miss" : found.stale ? "stale" : "hit");
        return finish(response);
      }
      cacheState = "pass";
    }
  }

  // Next reads the nonce from the request's CSP header and stamps it on its
  // own script tags; x-nonce is for our server components that need it.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (cacheState) response.headers.set("X-Page-Cache", cacheState);
  return finish(response);
}
