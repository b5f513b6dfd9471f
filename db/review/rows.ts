import { sql } from "drizzle-orm";
import type { Db } from "../client";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Executor = Db | Tx;

/** Raw query rows on either driver (db/rows.ts). */
export { rows } from "../rows";

/** Thrown for a request that names something that is not there or cannot be done; the API maps it to a status. */
export class ReviewError extends Error {
  constructor(
    public readonly status: 400 | 404 | 409 | 422,
    message: string,
  ) {
    super(message);
  }
}

/** Who made a change: the account's name at the time and its id (null only for rows from before accounts). */
export interface Actor {
  name: string;
  userId: string | null;
}

/**
 * The claim writers' turn (migrations/*_series_points_triggers.sql takes it before any claim row changes):
 * an editor's transaction takes it before it locks a claim row, so it never holds a row that a writer
 * holding the turn waits for.
 */
export async function takeWritersTurn(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(7482901334113)`);
}
