import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, ROOT, runIngest, tableCounts, type TestDatabase } from "./backends";

// PGlite has no lock of its own; a second process on the folder would corrupt it.
describe("one process per PGlite folder", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("pglite");
  });
  afterAll(async () => t?.drop());

  it("an ingest beside a process holding the folder is refused with a one-line reason, and writes nothing", async () => {
    const holder = await t.open();
    try {
      const run = await runIngest([path.join(ROOT, "db/seed")], t.env);
      // A database the command cannot use: exit 1, as for a server that is not there (cli/run.ts).
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split("\n").filter((l) => l.startsWith("ingest:"))).toEqual([
        expect.stringMatching(new RegExp(`in use by process ${process.pid} .*DATABASE_URL`)),
      ]);
      expect((await tableCounts(holder)).documents).toBe(0);
    } finally {
      await holder.close();
    }
    // Released on close: the next ingest proceeds.
    const run = await runIngest([path.join(ROOT, "db/seed")], t.env);
    expect(run.code).toBe(0);
  });
});
