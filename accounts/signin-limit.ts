// Sign-in failures are limited per client address and per account: after 5
// failures within a minute, the next attempt is refused (429 with Retry-After)
// until the minute has passed, whatever the password. rate-limiter-flexible's
// login-protection pattern: failures consume points, a success clears the
// account's count; the check comes before the password is even hashed.
//
// Counters live in this server process (one `next start`); a deployment with
// several app servers behind one address would give each its own counters.
import { RateLimiterMemory, type RateLimiterRes } from "rate-limiter-flexible";

export const SIGNIN_FAILURE_LIMIT = { failures: 5, withinSeconds: 60 };

interface Limiters {
  byAddress: RateLimiterMemory;
  byAccount: RateLimiterMemory;
}

// Kept on globalThis: every route bundle of the server must share one count.
const KEY = Symbol.for("qujiang.signin-limiters");
function limiters(): Limiters {
  const g = globalThis as typeof globalThis & { [KEY]?: Limiters };
  g[KEY] ??= {
    byAddress: new RateLimiterMemory({ keyPrefix: "signin-address", points: SIGNIN_FAILURE_LIMIT.failures, duration: SIGNIN_FAILURE_LIMIT.withinSeconds }),
    byAccount: new RateLimiterMemory({ keyPrefix: "signin-account", points: SIGNIN_FAILURE_LIMIT.failures, duration: SIGNIN_FAILURE_LIMIT.withinSeconds }),
  };
  return g[KEY]!;
}

/**
 * The client's address for the per-address count: the last X-Forwarded-For
 * entry, which is what the nearest proxy (or Next's own server, when no proxy
 * sent one) saw connecting. Without a proxy a client can forge the header and
 * so change its address; the per-account count still holds.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  return last || "unknown";
}

const normalEmail = (email: string) => email.trim().toLowerCase();

/** Seconds to wait when this address or this account has used up its failures; null when it may try. */
export async function signinWait(address: string, email: string): Promise<number | null> {
  const { byAddress, byAccount } = limiters();
  const states = await Promise.all([byAddress.get(address), byAccount.get(normalEmail(email))]);
  const waits = states
    .filter((s): s is RateLimiterRes => s !== null && s.consumedPoints >= SIGNIN_FAILURE_LIMIT.failures)
    .map((s) => s.msBeforeNext);
  return waits.length > 0 ? Math.max(1, Math.ceil(Math.max(...waits) / 1000)) : null;
}

export async function recordSigninFailure(address: string, email: string): Promise<void> {
  const { byAddress, byAccount } = limiters();
  // consume() rejects once the points are gone; the count is what matters here.
  await Promise.allSettled([byAddress.consume(address), byAccount.consume(normalEmail(email))]);
}

export async function recordSigninSuccess(email: string): Promise<void> {
  await limiters().byAccount.delete(normalEmail(email));
}
