import { z } from "zod";
import { DatabaseConfigError, maskUrl } from "./errors";

// Empty strings count as unset so `DATABASE_URL= npm start` means "embedded".
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const EnvSchema = z.object({
  DATABASE_URL: z.preprocess(blankToUndefined, z.url().optional()),
  PGLITE_DIR: z.preprocess(blankToUndefined, z.string().default(".data/pglite")),
});

export type DbEnv = z.infer<typeof EnvSchema>;

export function readDbEnv(env: NodeJS.ProcessEnv = process.env): DbEnv {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    const url = env.DATABASE_URL ? ` (DATABASE_URL=${maskUrl(env.DATABASE_URL)})` : "";
    throw new DatabaseConfigError(
      `invalid database configuration: ${problems}${url}. Set DATABASE_URL to postgres://USER:PASSWORD@HOST:PORT/DATABASE, or unset it to use the embedded database.`,
    );
  }
  return parsed.data;
}

/** The server URL in use, or undefined for the embedded database (blank counts as unset). */
export function readDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.DATABASE_URL?.trim() || undefined;
}

// The dashboard's settings, read the same way.
const WebEnvSchema = z.object({
  /** The home area, an administrative division code or full name (衢江区 / 330803). */
  HOME_AREA: z.preprocess(blankToUndefined, z.string().trim().max(40).default("衢江区")),
  /** Public base URL of the site for absolute links in previews and exports (never taken from request headers). */
  SITE_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/ }).optional()),
});

export type WebEnv = z.infer<typeof WebEnvSchema>;

export function readWebEnv(env: NodeJS.ProcessEnv = process.env): WebEnv {
  const parsed = WebEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid web configuration: ${problems}`);
  }
  return parsed.data;
}
