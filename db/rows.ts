// The one place that knows how the two drivers shape a raw query's result:
// postgres.js returns the rows as an array, PGlite returns `{ rows }`.
import type { SQL } from "drizzle-orm";
import type { Db } from "./client";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Rows of a raw `db.execute` result on either driver. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] } | null | undefined)?.rows ?? []) as T[];
}

/** Runs a raw query and returns its rows, whichever driver is underneath. */
export async function rows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}
