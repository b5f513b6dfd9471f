import { z } from "zod";

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
    throw new Error(`invalid database configuration: ${problems}`);
  }
  return parsed.data;
}
