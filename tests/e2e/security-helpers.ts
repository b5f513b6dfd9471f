// Shared by tests/e2e/security*.spec.ts (not a spec itself).
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

import { E2E_EDITOR, E2E_PASSWORD } from "./accounts";

export { E2E_ADMIN, E2E_EDITOR, E2E_PASSWORD } from "./accounts";

export interface Route {
  /** e.g. /indicators/[id]/csv */
  template: string;
  kind: "page" | "route";
  dynamic: string[];
}

/**
 * Every page and route handler under app/, read from the file tree so a route
 * added tomorrow is fuzzed tomorrow without anyone remembering to list it.
 */
export function discoverRoutes(appDir = path.resolve(import.meta.dirname, "../../app")): Route[] {
  const out: Route[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name.startsWith("_") || name.startsWith("@")) continue; // private folders, slots
        // (groups) do not appear in the URL.
        walk(full, /^\(.*\)$/.test(name) ? segments : [...segments, name]);
      } else if (/^(page|route)\.(tsx?|jsx?)$/.test(name)) {
        out.push({
          template: "/" + segments.join("/"),
          kind: name.startsWith("page") ? "page" : "route",
          dynamic: segments.filter((s) => /^\[.*\]$/.test(s)),
        });
      }
    }
  };
  walk(appDir, []);
  return out.sort((a, b) => a.template.localeCompare(b.template));
}

/** Fills dynamic segments: [id] of indicators gets an indicator id, others a number. */
export function fill(template: string, value: (segment: string, parent: string) => string): string {
  const parts = template.split("/");
  return parts.map((p, i) => (/^\[.*\]$/.test(p) ? value(p, parts[i - 1] ?? "") : p)).join("/");
}

export interface Counts {
  documents: number;
  articles: number;
  claims: number;
  indicators: number;
}

export async function rowCounts(request: APIRequestContext): Promise<Counts> {
  const res = await request.get("/api/ingest");
  expect(res.status()).toBe(200);
  return (await res.json()).counts as Counts;
}

export function expectSecurityHeaders(res: APIResponse, where: string) {
  const h = res.headers();
  expect(h["x-content-type-options"], where).toBe("nosniff");
  expect(h["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(h["content-security-policy"], where).toMatch(/frame-ancestors ('none'|\*)/);
  expect(h["content-security-policy"], where).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
}

/** This server's origin, as a browser on its pages would send it (the write routes check it). */
export async function originOf(request: APIRequestContext): Promise<string> {
  return new URL((await request.get("/api/ingest")).url()).origin;
}

const sessions = new Map<string, string>();

/**
 * The test account's session cookie on this server, signed in through the real
 * form (once per server and account). Kept out of the request context's own
 * cookie jar, so a test's other requests stay a reader's (cacheable) requests.
 */
export async function sessionCookie(origin: string, who: { email: string } = E2E_EDITOR, password = E2E_PASSWORD): Promise<string> {
  const key = `${origin} ${who.email}`;
  const known = sessions.get(key);
  if (known) return known;
  const res = await fetch(`${origin}/signin/submit`, {
    method: "POST",
    headers: { origin, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: who.email, password, next: "/" }).toString(),
    redirect: "manual",
  });
  expect(res.status, `sign-in of ${who.email}`).toBe(303);
  expect(res.headers.get("location")).toBe("/");
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  sessions.set(key, cookie);
  return cookie;
}

/** Headers of a write from this site's page by the signed-in test editor: { origin, cookie }. */
export async function signIn(request: APIRequestContext, who: { email: string } = E2E_EDITOR): Promise<{ origin: string; cookie: string }> {
  const origin = await originOf(request);
  return { origin, cookie: await sessionCookie(origin, who) };
}

/** Uploads a page as the test editor, or as a reader with `as: null`. */
export async function upload(request: APIRequestContext, fileName: string, text: string, as: { email: string } | null = E2E_EDITOR) {
  const headers = as ? await signIn(request, as) : { origin: await originOf(request) };
  return request.post(`/api/ingest?name=${encodeURIComponent(fileName)}`, {
    headers: { "content-type": "text/plain; charset=utf-8", ...headers },
    data: Buffer.from(text, "utf8"),
  });
}

/**
 * Playwright test lock shared by every security test that adds rows or asserts
 * that row counts did not move: such tests never run at the same time, in any
 * worker, while all other tests stay parallel.
 */
export const DB_ROWS_LOCK = "qujiang-db-rows";
