// How the fetcher behaves, from the environment. Defaults are polite for a
// county paper's site: one request per host per second, 20 s to answer.
import { z } from "zod";
import { maxBytesFromEnv } from "../limits";

export interface FetchConfig {
  userAgent: string;
  /** Pause between two requests to one host (robots.txt Crawl-delay wins when longer). */
  delayMs: number;
  /** Whole response, headers and body. */
  timeoutMs: number;
  /** Further attempts after a 429/5xx or a dropped connection. */
  retries: number;
  /** First backoff; doubles at each retry. */
  backoffMs: number;
  /** Honour robots.txt (only switch off for a site you run yourself). */
  robots: boolean;
  maxBytes: number;
  /** Fetch loopback, private, link-local and other non-public addresses (FETCH_ALLOW_PRIVATE=1): an intranet deployment, tests. */
  allowPrivate: boolean;
}

/** Says what is asking; a deployment should add a contact (FETCH_USER_AGENT="qujiang-indicators/0.1 (+mailto:…)"). */
export const DEFAULT_USER_AGENT = "qujiang-indicators/0.1 (news indicator ingest)";

const ms = (name: string, fallback: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === "") return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > max) {
        ctx.addIssue({ code: "custom", message: `${name} must be a whole number from 0 to ${max}, not '${v}'` });
        return z.NEVER;
      }
      return n;
    });

const Env = z.object({
  FETCH_USER_AGENT: z
    .string()
    .optional()
    .transform((v) => v?.trim() || DEFAULT_USER_AGENT),
  FETCH_DELAY_MS: ms("FETCH_DELAY_MS", 1000, 600_000),
  FETCH_TIMEOUT_MS: ms("FETCH_TIMEOUT_MS", 20_000, 600_000),
  FETCH_RETRIES: ms("FETCH_RETRIES", 3, 10),
  FETCH_BACKOFF_MS: ms("FETCH_BACKOFF_MS", 2000, 600_000),
  FETCH_ROBOTS: z
    .enum(["on", "off"], { error: "FETCH_ROBOTS must be on or off" })
    .optional()
    .transform((v) => v !== "off"),
  FETCH_ALLOW_PRIVATE: z
    .enum(["0", "1"], { error: "FETCH_ALLOW_PRIVATE must be 1 or 0" })
    .optional()
    .transform((v) => v === "1"),
});

/** Throws an Error naming the variable when one is malformed. */
export function fetchConfigFromEnv(env: Record<string, string | undefined> = process.env): FetchConfig {
  const parsed = Env.safeParse({
    FETCH_USER_AGENT: env.FETCH_USER_AGENT,
    FETCH_DELAY_MS: env.FETCH_DELAY_MS,
    FETCH_TIMEOUT_MS: env.FETCH_TIMEOUT_MS,
    FETCH_RETRIES: env.FETCH_RETRIES,
    FETCH_BACKOFF_MS: env.FETCH_BACKOFF_MS,
    FETCH_ROBOTS: env.FETCH_ROBOTS?.trim().toLowerCase() || undefined,
    FETCH_ALLOW_PRIVATE: env.FETCH_ALLOW_PRIVATE?.trim() || undefined,
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  const e = parsed.data;
  return {
    userAgent: e.FETCH_USER_AGENT,
    delayMs: e.FETCH_DELAY_MS,
    timeoutMs: e.FETCH_TIMEOUT_MS,
    retries: e.FETCH_RETRIES,
    backoffMs: e.FETCH_BACKOFF_MS,
    robots: e.FETCH_ROBOTS,
    allowPrivate: e.FETCH_ALLOW_PRIVATE,
    maxBytes: maxBytesFromEnv(env),
  };
}
