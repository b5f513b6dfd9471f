// Who is asking: the account behind a request's session cookie, or nobody (a
// reader). The session is looked up in the database on every request, so an
// account disabled a moment ago (its sessions deleted) is refused at once.
import type { Db } from "@/db/client";
import { authFor, overHttps } from "./auth";
import { isRole, type Role } from "./roles";

export interface Account {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** better-auth's session cookie (with cookiePrefix "qj"), plain or __Secure- behind HTTPS. */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?qj\.session_token=/;

export function hasSessionCookie(cookie: string | null | undefined): boolean {
  return Boolean(cookie && SESSION_COOKIE.test(cookie));
}

/** The signed-in account, or null for a reader, an expired or revoked session, or a disabled account. */
export async function accountOf(db: Db, headers: Headers, url?: string): Promise<Account | null> {
  const cookie = headers.get("cookie");
  // Readers carry no session cookie: no database round trip for them.
  if (!hasSessionCookie(cookie)) return null;
  const auth = await authFor(db, overHttps(headers, url));
  const found = await auth.api.getSession({ headers: new Headers({ cookie: cookie! }) });
  if (!found) return null;
  const { user } = found;
  if (user.banned || !isRole(user.role)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
