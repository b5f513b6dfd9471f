// The secret that signs session cookies. AUTH_SECRET when given (at least 32
// characters); otherwise one is made on first use and kept in the database
// (app_settings), so a fresh clone needs no configuration and every process
// on one database (the server, the CLI) agrees on it.
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { appSettings } from "@/db/schema";

const KEY = "auth_secret";

const Env = z.object({
  AUTH_SECRET: z
    .string()
    .optional()
    .transform((v) => v?.trim() || undefined)
    .pipe(z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional()),
});

export async function authSecret(db: Db, env: Record<string, string | undefined> = process.env): Promise<string> {
  const parsed = Env.safeParse({ AUTH_SECRET: env.AUTH_SECRET });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  if (parsed.data.AUTH_SECRET) return parsed.data.AUTH_SECRET;
  // Insert-if-absent, then read: two processes starting together agree on the first one written.
  await db
    .insert(appSettings)
    .values({ key: KEY, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(sql`${appSettings.key} = ${KEY}`);
  return row.value;
}
