import { z } from "zod";

// The optional site password (SITE_PASSWORD): unset leaves reading public.
// Blank counts as unset so `SITE_PASSWORD= npm start` does what it looks like.
// Writing needs an account (accounts/), not a secret in the environment.
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Short secrets are guessable over HTTP; refuse to start a write path with one. */
export const MIN_SECRET_LENGTH = 8;

const AuthEnvSchema = z.object({
  SITE_PASSWORD: z.preprocess(
    blankToUndefined,
    z.string().min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters`).optional(),
  ),
});

export type AuthEnv = z.infer<typeof AuthEnvSchema>;

export class AuthConfigError extends Error {}

export function parseAuthEnv(env: Record<string, string | undefined>): AuthEnv {
  const parsed = AuthEnvSchema.safeParse({ SITE_PASSWORD: env.SITE_PASSWORD });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new AuthConfigError(`invalid auth configuration: ${problems}`);
  }
  return parsed.data;
}

let cached: { key: string; value: AuthEnv } | undefined;

/**
 * The process environment, parsed once per distinct value (tests change it at
 * run time; a server never does). Misconfiguration throws, which the callers
 * turn into a closed door rather than an open one.
 */
export function readAuthEnv(): AuthEnv {
  const key = process.env.SITE_PASSWORD ?? "";
  if (cached?.key !== key) cached = { key, value: parseAuthEnv(process.env) };
  return cached.value;
}
