// Extraction in worker threads stores exactly what extraction in this thread
// stores: the pool only moves where the work runs, the one writer is unchanged.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listInputs, readInputs } from "@/ingest/files";
import { ingestStream, type Preparer } from "@/ingest/index";
import { createPreparePool } from "@/ingest/pool";
import { BACKENDS, createTestDatabase, query, ROOT, type TestDatabase } from "./backends";

const SEED = path.join(ROOT, "db/seed");
const CLAIM_FIELDS = "d.file_name, c.seq, c.quote, c.value, c.unit, c.qualifier, c.metric, c.sector, c.period, c.status, c.start, c.\"end\", c.indicator_id, c.as_of::text";

describe.each(BACKENDS)("extraction pool on %s", (backend) => {
  const dbs: TestDatabase[] = [];
  beforeAll(async () => {
    dbs.push(await createTestDatabase(backend), await createTestDatabase(backend));
  });
  afterAll(async () => {
    for (const t of dbs) await t.drop();
  });

  it("two worker threads store the same documents and claims as the main thread", async () => {
    const stored: unknown[][] = [];
    let pools = 0;
    for (const [i, t] of dbs.entries()) {
      const database = await t.open();
      try {
        let pool: Preparer | undefined;
        const summary = await ingestStream(database.db, readInputs(await listInputs([SEED])), {
          // Batches of 2 so the pool starts (it is used from the first full batch on).
          batchDocuments: 2,
          pipeline: database.kind === "postgres",
          preparer: i === 1 ? () => ((pools++, (pool = createPreparePool(2)))) : undefined,
        });
        expect(summary).toMatchObject({ new: 5, failed: 0 });
        if (i === 1) expect(pool?.threads).toBe(2);
        stored.push(await query(database, `select ${CLAIM_FIELDS} from claims c join documents d on d.id = c.document_id order by d.file_name, c.seq`));
      } finally {
        await database.close();
      }
    }
    expect(pools).toBe(1);
    expect(stored[0].length).toBeGreaterThan(50);
    expect(stored[1]).toEqual(stored[0]);
  });
});
