// The rollup (series_points) is what every page reads: after each kind of
// write — ingest, re-extraction, an editor's correction and rejection, a
// mapping, a deletion — it must equal a recomputation from the claims, on
// both databases. The recomputation here is written independently of the
// trigger SQL (migrations/*_series_points_triggers.sql).
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { correctClaim, reviewClaim } from "@/db/review/claims";
import { conflictGroupsFromClaims } from "@/db/review/conflicts";
import { saveMapping } from "@/db/review/mappings";
import { EXTRACTOR_VERSION } from "@/extract/index";
import { listInputs, readInputs } from "@/ingest/files";
import { ingestStream } from "@/ingest/index";
import { ClaimPatch } from "@/lib/review/fields";
import { BACKENDS, createTestDatabase, query, ROOT, type TestDatabase } from "./backends";

const SEED = path.join(ROOT, "db/seed");
const ACTOR = { name: "test", userId: null };

const RECOMPUTE = `
  with k as (
    select c.*, coalesce(c.area_code, '') as akey,
      coalesce(c.period_kind, case when c.period ~ '^[0-9]{4}$' then 'year' when c.period ~ '^[0-9]{4}-Q[1-4]$' then 'quarter'
        when c.period ~ '^[0-9]{4}-H[12]$' then 'half' when c.period ~ '^[0-9]{4}-[0-9]{2}$' then 'month' else 'day' end) as fkey,
      case when i.scope = 'entity' then coalesce(c.subject, '')
           when i.scope = 'both' and c.subject is not null and c.subject <> coalesce(c.area, '') then c.subject else '' end as ekey
    from claims c join indicators i on i.id = c.indicator_id
    where c.as_of is not null and not c.breakdown and c.review_state <> 'rejected'
  ), g as (
    select indicator_id, akey, fkey, as_of, status, ekey, count(*)::int as n,
      coalesce(max(id) filter (where review_state in ('confirmed', 'corrected', 'added')), max(id) filter (where qualifier = 'eq'), max(id)) as claim_id,
      count(distinct value) > 1 as conflict
    from k group by 1, 2, 3, 4, 5, 6
  )
  select g.indicator_id, g.akey as area_code, g.fkey as freq, g.as_of::text as as_of, g.status, g.ekey as entity, g.claim_id, g.n, g.conflict,
    c.value, c.qualifier, c.period, c.quote
  from g join claims c on c.id = g.claim_id
  order by 1, 2, 3, 4, 5, 6`;

const STORED = `select indicator_id, area_code, freq, as_of::text as as_of, status, entity, claim_id, n, conflict, value, qualifier, period, quote
  from series_points order by 1, 2, 3, 4, 5, 6`;

describe.each(BACKENDS)("the series_points rollup on %s", (backend) => {
  let t: TestDatabase;
  let database: Database;
  const same = async () => {
    const [want, have] = await Promise.all([query(database, RECOMPUTE), query(database, STORED)]);
    expect(have).toEqual(want);
    // The conflict groups too: the triggers' table equals the query the review pages read.
    const groups = await query<{ indicator_id: string; subj: string; period: string; unit: string; open: boolean; n: number }>(
      database,
      "select indicator_id, subject as subj, period, unit, open, n from conflict_groups order by 1, 2, 3, 4",
    );
    expect(groups).toEqual((await conflictGroupsFromClaims(database.db)).map((g) => ({ ...g, n: Number(g.n) })));
    // And the series index: one row per series of the points.
    const index = "select indicator_id, area_code, freq, entity, points, claims, first_as_of::text as f, last_as_of::text as l from series_index order by 1, 2, 3, 4";
    const fromPoints = `select indicator_id, area_code, freq, entity, count(*)::int as points, sum(n)::int as claims, min(as_of)::text as f, max(as_of)::text as l
      from series_points group by 1, 2, 3, 4 order by 1, 2, 3, 4`;
    expect(await query(database, index)).toEqual(await query(database, fromPoints));
    return have.length;
  };

  beforeAll(async () => {
    t = await createTestDatabase(backend);
    database = await t.open();
  });
  afterAll(async () => {
    await database?.close();
    await t?.drop();
  });

  it("equals a recomputation after ingest", async () => {
    const summary = await ingestStream(database.db, readInputs(await listInputs([SEED])));
    expect(summary).toMatchObject({ new: 5, failed: 0 });
    expect(await same()).toBeGreaterThan(10);
  });

  it("after an editor's correction, rejection and a mapping", async () => {
    const [a, b] = await query<{ id: number; value: number; period: string | null }>(
      database,
      "select c.id, c.value, c.period from claims c join series_points sp on sp.claim_id = c.id order by c.id limit 2",
    );
    // A new value, and a move to another period and area: the old key empties, a new one fills.
    await correctClaim(database.db, a.id, ClaimPatch.parse({ value: a.value + 1, period: "2019-Q2", area: "龙游县", actor: "t" }), ACTOR);
    await reviewClaim(database.db, b.id, "reject", ACTOR);
    const [keyOfA] = await query<{ n: number }>(database, `select count(*)::int as n from series_points where claim_id = ${a.id} and area_code = '330825' and as_of = '2019-06-30'`);
    expect(keyOfA.n).toBe(1);
    // Whatever kind of period it had, the claim now charts as a quarter, and says an editor dated it.
    const [movedA] = await query<{ kind: string; source: string; freq: string }>(
      database,
      `select c.period_kind as kind, c.period_source as source, sp.freq from claims c join series_points sp on sp.claim_id = c.id where c.id = ${a.id}`,
    );
    expect(movedA).toEqual({ kind: "quarter", source: "editor", freq: "quarter" });
    expect(await query(database, `select 1 from series_points where claim_id = ${b.id}`)).toHaveLength(0);
    const [unmapped] = await query<{ metric: string; unit: string }>(
      database,
      "select metric, unit from claims where indicator_id is null and as_of is not null and unit = '吨' limit 1",
    );
    if (unmapped) await saveMapping(database.db, { metric: unmapped.metric, indicatorId: "port.cargo_throughput" }, ACTOR).catch(() => undefined);
    await reviewClaim(database.db, b.id, "restore", ACTOR);
    await same();
  });

  it("after re-extraction of a page stored by an older extractor", async () => {
    const [doc] = await query<{ id: number }>(database, "select document_id as id from claims group by 1 order by count(*) desc limit 1");
    await query(database, `update documents set extractor_version = ${EXTRACTOR_VERSION - 1} where id = ${doc.id}`);
    const summary = await ingestStream(database.db, readInputs(await listInputs([SEED])));
    expect(summary).toMatchObject({ reExtracted: 1, failed: 0 });
    await same();
  });

  it("after a document is deleted (its claims go by cascade)", async () => {
    const before = await same();
    await query(database, "delete from documents where id = (select min(id) from documents)");
    const after = await same();
    expect(after).toBeLessThan(before);
  });
});
