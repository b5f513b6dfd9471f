import path from "node:path";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import type { Db } from "./client";
import { rowsOf } from "./rows";

/** Any fixed 64-bit key; all processes of this app agree on it. */
const MIGRATION_LOCK_KEY = 7_482_901_334_112n;

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "migrations");

/**
 * Applies migrations/ inside one transaction holding a transaction-level
 * advisory lock, so two processes starting together on an empty database
 * neither race nor both apply the same migration.
 */
export async function runMigrations(db: Db, migrationsFolder = MIGRATIONS_FOLDER): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder });
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await tx.execute(sql`create schema if not exists drizzle`);
    await tx.execute(
      sql`create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`,
    );
    const rows = await tx.execute<{ created_at: string | number }>(
      sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
    );
    const last = rowsOf<{ created_at: string | number }>(rows)[0];
    const lastApplied = last ? Number(last.created_at) : -1;
    let applied = 0;
    for (const m of migrations) {
      if (m.folderMillis <= lastApplied) continue;
      for (const statement of m.sql) if (statement.trim()) await tx.execute(sql.raw(statement));
      await tx.execute(
        sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${m.hash}, ${m.folderMillis})`,
      );
      applied++;
    }
    return applied;
  });
}
