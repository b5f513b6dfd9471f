import type { SQL } from "drizzle-orm";
import type { Db } from "../client";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Executor = Db | Tx;

/** Raw query rows on either driver: postgres.js returns an array, PGlite { rows }. */
export async function rows<T>(db: Executor, query: SQL): Promise<T[]> {
  const r = (await db.execute(query)) as unknown;
  return (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];
}

/** Thrown for a request that names something that is not there or cannot be done; the API maps it to a status. */
export class ReviewError extends Error {
  constructor(
    public readonly status: 400 | 404 | 409 | 422,
    message: string,
  ) {
    super(message);
  }
}
