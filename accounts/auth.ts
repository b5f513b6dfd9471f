// better-auth over our database: email-and-password sign-in, sessions kept in
// the database (so a disabled account's next request is refused), the admin
// plugin's roles and banning, and its password hashing (scrypt) — nothing of
// that written here. Sign-up is off: accounts are made by an admin (the
// accounts page) or on the server (`npm run user -- add`).
//
// Its HTTP handler is not mounted: our own routes call its API on the server
// (plain forms that work without JavaScript, under our CSP, behind our origin
// check and the sign-in failure limit of signin-limit.ts).
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { admin } from "better-auth/plugins/admin";
import type { Db } from "@/db/client";
import { readWebEnv } from "@/db/env";
import { credentials, sessions, users, verifications } from "@/db/schema";
import { accessControl, libraryRoles } from "./roles";
import { authSecret } from "./secret";

/** Passwords: long enough to resist guessing at the sign-in limit, short enough for scrypt. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;
/** A week, renewed once a day while used: editors sign in once a week, a stolen cookie dies unused. */
const SESSION_SECONDS = 7 * 24 * 60 * 60;

function build(db: Db, secret: string, secure: boolean) {
  const web = readWebEnv();
  return betterAuth({
    appName: "衢江经济指标看板",
    baseURL: web.SITE_URL ?? `http://localhost:${process.env.PORT || 3000}`,
    secret,
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user: users, session: sessions, account: credentials, verification: verifications },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    session: { expiresIn: SESSION_SECONDS, updateAge: 24 * 60 * 60 },
    // Its limiter guards its own HTTP handler, which is not mounted; sign-in failures are limited by signin-limit.ts.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: "qj",
      // httpOnly and SameSite=Lax are the library's defaults; Secure (and the __Secure- name) behind HTTPS.
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    telemetry: { enabled: false },
    logger: { level: "error" },
    plugins: [admin({ ac: accessControl, roles: libraryRoles, defaultRole: "editor", adminRoles: ["admin"] })],
  });
}

export type Auth = ReturnType<typeof build>;

const instances = new WeakMap<Db, Map<boolean, Promise<Auth>>>();

/**
 * The auth of one database, for requests over HTTPS (`secure`: Secure cookies)
 * or plain HTTP (loopback, a development machine). Made once per process and database.
 */
export function authFor(db: Db, secure: boolean): Promise<Auth> {
  let byScheme = instances.get(db);
  if (!byScheme) instances.set(db, (byScheme = new Map()));
  let auth = byScheme.get(secure);
  if (!auth) {
    auth = authSecret(db).then((secret) => build(db, secret, secure));
    byScheme.set(secure, auth);
    auth.catch(() => byScheme.delete(secure));
  }
  return auth;
}

/** Whether a request reached us over HTTPS, directly or through a proxy that says so (X-Forwarded-Proto). */
export function overHttps(headers: Headers, url?: string): boolean {
  return (url ? new URL(url).protocol === "https:" : false) || headers.get("x-forwarded-proto") === "https";
}
