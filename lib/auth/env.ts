import { z } from "zod";

// The two secrets that gate the web. Both optional: an unset WRITE_SECRET turns
// writing through the web off; an unset SITE_PASSWORD leaves reading public.
// Blank counts as unset so `WRITE_SECRET= npm start` does what it looks like.
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Short secrets are guessable over HTTP; refuse to start a write path with one. */
export const MIN_SECRET_LENGTH = 8;

const AuthEnvSchema = z.object({
  WRITE_SECRET: z.preprocess(
    blankToUndefined,
    z.string().min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters`).optional(),
  ),
  SITE_PASSWORD: z.preprocess(
    blankToUndefined,
    z.string().min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters`).optional(),
  ),
});

export type AuthEnv = z.infer<typeof AuthEnvSchema>;

export class AuthConfigError extends Error {}

export function parseAuthEnv(env: Record<string, string | undefined>): AuthEnv {
  const parsed = AuthEnvSchema.safeParse({ WRITE_SECRET: env.WRITE_SECRET, SITE_PASSWORD: env.SITE_PASSWORD });
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
  const key = `${process.env.WRITE_SECRET ?? ""}\u0000${process.env.SITE_PASSWORD ?? ""}`;
  if (cached?.key !== key) cached = { key, value: parseAuthEnv(process.env) };
  return cached.value;
}
