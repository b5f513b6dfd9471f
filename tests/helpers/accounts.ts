// Accounts for in-process route tests: create one with the real account code
// (better-auth hashes the password), sign it in through the real sign-in route,
// and hand back the headers a browser on this site would send.
import { createAccount } from "@/accounts/manage";
import type { Role } from "@/accounts/roles";
import type { Db } from "@/db/client";

export const TEST_HOST = "127.0.0.1:3000";
export const TEST_ORIGIN = `http://${TEST_HOST}`;
export const TEST_PASSWORD = "correct horse battery staple";

export interface SignedIn {
  email: string;
  name: string;
  /** cookie, origin and host of a request from this site's own page. */
  headers: Record<string, string>;
}

let counter = 0;

/** Posts the sign-in form as the browser would; returns the Response. */
export async function postSignin(email: string, password: string, extra: Record<string, string> = {}): Promise<Response> {
  const { POST } = await import("@/app/signin/submit/route");
  return POST(
    new Request(`${TEST_ORIGIN}/signin/submit`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: TEST_ORIGIN, host: TEST_HOST, ...extra },
      body: new URLSearchParams({ email, password, next: "/" }).toString(),
    }),
  );
}

/** Creates an account (unless `create: false`) and signs it in; the cookie is the session's. */
export async function signedIn(db: Db, name: string, role: Role, options: { email?: string; create?: boolean } = {}): Promise<SignedIn> {
  const email = options.email ?? `${role}-${process.pid}-${++counter}@example.test`;
  if (options.create !== false) await createAccount(db, { name, email, password: TEST_PASSWORD, role });
  const res = await postSignin(email, TEST_PASSWORD, { "x-forwarded-for": `198.51.100.${counter % 250}` });
  if (res.status !== 303 || res.headers.get("location") !== "/") throw new Error(`sign-in of ${email} failed: ${res.status} ${res.headers.get("location")}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { email, name, headers: { cookie, origin: TEST_ORIGIN, host: TEST_HOST } };
}
