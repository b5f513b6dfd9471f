// The one database factory: DATABASE_URL → postgres.js against that server;
// unset → embedded PGlite on disk. Same schema, same migrations.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { readDbEnv } from "./env";
import { maskUrl } from "./errors";
import { runMigrations } from "./migrate";
import { lockFolder } from "./pglite-lock";
import * as schema from "./schema";

/**
 * PGlite's default shared_buffers (128 MB) lives in this process's WASM heap and
 * never shrinks: 32 MB keeps an embedded server or ingest ~100 MB smaller (the
 * OS page cache still holds the data files), ample for a county paper's pages.
 */
const PGLITE_CONF = ["shared_buffers = 32MB"];

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /** Where it lives: the server URL without password, or the PGlite folder. */
  location: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres:// URL; wins over dataDir. */
  url?: string;
  /** PGlite folder, or "memory://" for a throwaway in-process database. */
  dataDir?: string;
  /** Apply migrations before returning (default true). */
  migrate?: boolean;
}

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const env = readDbEnv();
  const url = options.url ?? (options.dataDir ? undefined : env.DATABASE_URL);
  let database: Database;
  if (url) {
    // force_custom_plan: postgres.js prepares every statement, and after five runs the server may keep a
    // generic plan that cannot see a LIMIT or an area's selectivity (a 50-row page then sorted a whole series:
    // 0.2 ms planned per run, 300 ms generic). Planning each run costs well under a millisecond here.
    const client = postgres(url, { max: 10, onnotice: () => {}, connection: { plan_cache_mode: "force_custom_plan" } });
    database = {
      db: drizzlePostgres(client, { schema }) as unknown as Db,
      kind: "postgres",
      location: maskUrl(url),
      close: () => client.end({ timeout: 5 }),
    };
  } else {
    const dataDir = options.dataDir ?? env.PGLITE_DIR;
    const inMemory = dataDir.startsWith("memory://");
    // PGlite does not create the parents of its data folder.
    // turbopackIgnore: the folder is chosen at run time; without the hint the
    // build traces the whole project into the server output.
    const folder = path.resolve(/* turbopackIgnore: true */ dataDir);
    if (!inMemory) mkdirSync(folder, { recursive: true });
    const unlock = inMemory ? () => {} : lockFolder(folder);
    let pg: PGlite;
    try {
      pg = await PGlite.create(inMemory ? undefined : folder, { postgresqlconf: PGLITE_CONF });
    } catch (err) {
      unlock();
      throw err;
    }
    database = {
      db: drizzlePglite(pg, { schema }) as unknown as Db,
      kind: "pglite",
      location: dataDir,
      close: async () => {
        try {
          await pg.close();
        } finally {
          unlock();
        }
      },
    };
  }
  if (options.migrate !== false) await runMigrations(database.db);
  return database;
}

const GLOBAL_KEY = Symbol.for("qujiang.database");
type GlobalWithDb = typeof globalThis & { [GLOBAL_KEY]?: Promise<Database> };

/**
 * The process-wide database, opened and migrated once. PGlite owns its folder
 * alone, so every caller in a process must share this one handle.
 */
export function getDatabase(): Promise<Database> {
  const g = globalThis as GlobalWithDb;
  g[GLOBAL_KEY] ??= openDatabase().catch((err) => {
    delete g[GLOBAL_KEY];
    throw err;
  });
  return g[GLOBAL_KEY]!;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}
