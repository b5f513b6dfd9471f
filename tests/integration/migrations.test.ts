import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { MIGRATIONS_FOLDER, runMigrations } from "@/db/migrate";
import { BACKENDS, createTestDatabase, query, runTs, type TestDatabase } from "./backends";

describe.each(BACKENDS)("migrations on %s", (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(backend);
  });
  afterAll(async () => t?.drop());

  it("apply once, then a second run applies nothing and changes nothing", async () => {
    const database = await t.open({ migrate: false });
    try {
      const first = await runMigrations(database.db);
      expect(first).toBe(readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length);
      const tables = await query<{ table_name: string }>(
        database,
        "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
      );
      expect(tables.map((r) => r.table_name)).toEqual(expect.arrayContaining(["articles", "claims", "documents", "indicators"]));
      expect(await runMigrations(database.db)).toBe(0);
      const journal = await query<{ n: number }>(database, "select count(*)::int as n from drizzle.__drizzle_migrations");
      expect(Number(journal[0].n)).toBe(first);
    } finally {
      await database.close();
    }
  });
});

// Two app processes starting together on an empty server: the advisory lock
// makes one wait for the other; both must come up and the schema exist once.
// (PGlite is single-process by design, so this case is server-only.)
describe.skipIf(!BACKENDS.includes("postgres"))("concurrent migrations on postgres", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("postgres");
  });
  afterAll(async () => t?.drop());

  it("two processes migrating an empty database together both succeed", async () => {
    const [a, b] = await Promise.all([runTs("cli/migrate.ts", [], t.env), runTs("cli/migrate.ts", [], t.env)]);
    expect(a.stderr + b.stderr).not.toMatch(/error/i);
    expect([a.code, b.code]).toEqual([0, 0]);
    const applied = [a.stdout, b.stdout].map((s) => Number(s.match(/migrations: (\d+) applied/)?.[1]));
    // Exactly one of them did the work.
    expect(applied.sort()).toEqual([0, applied[1]]);
    expect(applied[1]).toBeGreaterThan(0);
    const database = await t.open({ migrate: false });
    try {
      const journal = await query<{ n: number }>(database, "select count(*)::int as n from drizzle.__drizzle_migrations");
      expect(Number(journal[0].n)).toBe(applied[1]);
    } finally {
      await database.close();
    }
  });
});
