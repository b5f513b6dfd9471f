import { createHmac } from "node:crypto";
import { secretsEqual } from "./compare";

// Optional site-wide sign-in. The cookie holds an HMAC keyed by the password,
// so it proves knowledge of the password without containing it, needs no
// server-side session store, and every cookie dies when the password changes.

export const SESSION_COOKIE = "qj_site";
/** A month: officials open the dashboard from a shared link now and then. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

const LABEL = "qujiang-site-session/v1";

export function sessionToken(password: string): string {
  return createHmac("sha256", password).update(LABEL).digest("base64url");
}

export function isValidSession(cookieValue: string | undefined, password: string): boolean {
  if (!cookieValue) return false;
  return secretsEqual(cookieValue, sessionToken(password));
}

export function passwordMatches(presented: string, password: string): boolean {
  return secretsEqual(presented, password);
}

/**
 * Where to go after signing in: a local path only. Anything that could leave
 * the site (`//evil`, `/\evil`, `https://…`, control characters) becomes "/".
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || next.length > 2048) return "/";
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return "/";
  if (next === "/signin" || next.startsWith("/signin?") || next.startsWith("/signin/")) return "/";
  return next;
}

/** Requests that must stay possible without the site cookie. */
export function isPublicPath(pathname: string): boolean {
  return (
    pathname === "/signin" ||
    pathname.startsWith("/signin/") ||
    // Framework bundles carry code, not data; the sign-in page needs them.
    pathname.startsWith("/_next/static/") ||
    pathname === "/favicon.ico" ||
    pathname === "/robots.txt"
  );
}
