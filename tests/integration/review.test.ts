// Editorial review against a real database (PGlite always, the server when
// DATABASE_URL is set): corrections, rejections and additions are audited,
// survive re-extraction by a newer extractor, and feed the dashboard queries;
// conflicts and targets are found; metric mappings apply to past and future claims.
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { listInputs, readInputs } from "@/ingest/files";
import { ingestStream } from "@/ingest/index";
import { getArticle, indicatorSeries, searchClaims } from "@/db/queries";
import { articleReview } from "@/db/review/article";
import { addClaim, auditOf, correctClaim, getClaim, reviewClaim } from "@/db/review/claims";
import { countOpenConflicts, indicatorConflicts } from "@/db/review/conflicts";
import { saveMapping } from "@/db/review/mappings";
import { rows } from "@/db/review/rows";
import { indicatorTargets } from "@/db/review/targets";
import { findConflict } from "@/lib/review/conflict";
import { BACKENDS, createTestDatabase, ROOT, type TestDatabase } from "./backends";

// "A newer extractor": the same extractor reporting a higher version once `bump` is set.
const version = vi.hoisted(() => ({ bump: 0 }));
vi.mock("@/extract/index", async (importOriginal) => {
  const orig = await importOriginal<typeof import("@/extract/index")>();
  return {
    ...orig,
    get EXTRACTOR_VERSION() {
      return orig.EXTRACTOR_VERSION + version.bump;
    },
    extractDocument: (...args: Parameters<typeof orig.extractDocument>) => {
      const doc = orig.extractDocument(...args);
      return { ...doc, extractorVersion: doc.extractorVersion + version.bump };
    },
  };
});

const SEED = path.join(ROOT, "db/seed");
const ingestSeed = async (database: Database) => ingestStream(database.db, readInputs(await listInputs([SEED])));

interface Row {
  id: number;
  value: number;
  unit: string;
  qualifier: string;
  metric: string;
  subject: string | null;
  indicator_id: string | null;
  period: string | null;
  article_id: number;
  quote: string;
  review_state: string;
  status: string;
}

describe.each(BACKENDS)("editorial review on %s", (backend) => {
  let t: TestDatabase;
  let database: Database;
  beforeAll(async () => {
    version.bump = 0;
    t = await createTestDatabase(backend);
    database = await t.open();
    await ingestSeed(database);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
    await t?.drop();
  });

  const all = () =>
    rows<Row>(
      database.db,
      sql`select id, value, unit, qualifier, metric, subject, indicator_id, period, article_id, quote, review_state, status from claims order by id`,
    );

  it("a corrected value, a rejection and an addition survive re-extraction by a newer extractor", async () => {
    const db = database.db;
    const claims = await all();
    const charted = claims.find((c) => c.indicator_id && c.period && c.status === "actual" && c.article_id)!;
    const other = claims.find((c) => c.id !== charted.id && c.article_id)!;
    expect(charted).toBeDefined();

    const corrected = await correctClaim(db, charted.id, { value: 123456789, actor: "李编辑" }, "李编辑");
    expect(corrected.claim).toMatchObject({ value: 123456789, reviewState: "corrected" });
    expect(corrected.claim.original).toMatchObject({ value: charted.value, unit: charted.unit });
    expect(corrected.audit).toMatchObject({ actor: "李编辑", action: "correct", before: { value: charted.value }, after: { value: 123456789 } });

    // The dashboard reads the corrected figure and hides the rejected claim.
    const series = await indicatorSeries(db, charted.indicator_id!, {});
    expect(series.find((p) => p.claimId === charted.id)?.value).toBe(123456789);
    const table = await searchClaims(db, { indicator: charted.indicator_id }, 1, 1000);
    expect(table.items.find((c) => c.id === charted.id)?.value).toBe(123456789);

    await reviewClaim(db, other.id, "reject", "editor");
    const article = await getArticle(db, other.article_id);
    expect(article!.claims.some((c) => c.id === other.id)).toBe(false);

    const text = article!.text;
    const quote = text.slice(Math.max(0, text.length - 12));
    const added = await addClaim(
      db,
      { articleId: other.article_id, quote, occurrence: 0, value: 7, unit: "个", qualifier: "eq", metric: "编辑补充", sector: "social", status: "actual" },
      "editor",
    );
    expect(added.claim.reviewState).toBe("added");
    expect(text.slice(added.claim.start - article!.offset, added.claim.end - article!.offset)).toBe(quote);

    // A newer extractor re-reads every page.
    version.bump = 1;
    const summary = await ingestSeed(database);
    version.bump = 0;
    expect(summary).toMatchObject({ new: 0, reExtracted: 5, failed: 0 });

    const after = await getClaim(db, charted.id);
    expect(after).toMatchObject({ id: charted.id, value: 123456789, reviewState: "corrected", quote: charted.quote });
    expect(after!.original).toMatchObject({ value: charted.value });
    expect(await getClaim(db, other.id)).toMatchObject({ reviewState: "rejected" });
    expect(await getClaim(db, added.claim.id)).toMatchObject({ reviewState: "added", value: 7, quote });
    // No fresh duplicate of the corrected claim, and its history is intact.
    const now = await all();
    expect(now.filter((c) => c.quote === charted.quote && c.review_state === "auto" && c.metric === charted.metric && c.period === charted.period)).toHaveLength(0);
    expect((await auditOf(db, [charted.id])).get(charted.id)?.map((a) => a.actor)).toEqual(["李编辑"]);
    expect((await indicatorSeries(db, charted.indicator_id!, {})).find((p) => p.claimId === charted.id)?.value).toBe(123456789);

    // The review panel shows the rejected claim to editors with its log; restore brings it back.
    // (Re-extraction re-creates the articles, so ask where the claim is now.)
    const panel = await articleReview(db, (await getClaim(db, other.id))!.articleId!);
    expect(panel.find((c) => c.id === other.id)?.audit.map((a) => a.action)).toEqual(["reject"]);
    const restored = await reviewClaim(db, other.id, "restore", "editor");
    expect(restored.claim.reviewState).toBe("confirmed");
  });

  it("a claim confirmed before claims carried areas gains its area on re-extraction; an editor's area stays", async () => {
    const db = database.db;
    const withArea = (await rows<{ id: number; area: string | null; area_source: string | null; review_state: string }>(
      db,
      sql`select id, area, area_source, review_state from claims where area is not null and review_state = 'auto' order by id limit 2`,
    ))!;
    const [old, edited] = withArea;
    // As if confirmed by an older product that knew no areas
    await reviewClaim(db, old.id, "confirm", "editor");
    await db.execute(sql`update claims set area = null, area_code = null, area_source = null, area_cue = null, period_source = null where id = ${old.id}`);
    await correctClaim(db, edited.id, { area: "龙游县", actor: "editor" } as never, "editor");

    version.bump = 2;
    await ingestSeed(database);
    version.bump = 0;

    expect(await getClaim(db, old.id)).toMatchObject({ reviewState: "confirmed", area: old.area });
    expect((await rows<{ area_source: string | null }>(db, sql`select area_source from claims where id = ${old.id}`))[0].area_source).not.toBeNull();
    expect(await getClaim(db, edited.id)).toMatchObject({ area: "龙游县" });
  });

  it("finds a conflicting figure for the same indicator, subject and period; the SQL and the rule agree", async () => {
    const db = database.db;
    const claims = await all();
    const base = claims.find((c) => c.indicator_id && c.period && c.status === "actual" && c.review_state === "auto" && c.value > 0)!;
    const before = await countOpenConflicts(db);
    const quote = base.quote;
    const fields = { unit: base.unit, metric: base.metric, sector: "macro" as const, status: "actual" as const, subject: base.subject, period: base.period, indicatorId: base.indicator_id };
    // Within tolerance: no conflict.
    await addClaim(db, { ...fields, articleId: base.article_id, quote, occurrence: 0, value: base.value * 1.005, qualifier: "eq" }, "editor");
    // A lower bound below the figure agrees with it; an exact figure 3x larger does not.
    await addClaim(db, { ...fields, articleId: base.article_id, quote, occurrence: 0, value: base.value * 0.5, qualifier: "gt" }, "editor");
    const far = await addClaim(db, { ...fields, articleId: base.article_id, quote, occurrence: 0, value: base.value * 3, qualifier: "eq" }, "editor");

    const conflicts = await indicatorConflicts(db, base.indicator_id!);
    const mine = conflicts.find((c) => c.period === base.period && (c.subject ?? null) === (base.subject ?? null) && c.unit === base.unit)!;
    expect(mine).toBeDefined();
    expect(mine.pair.map((p) => p.id)).toContain(far.claim.id);
    expect(mine.open).toBe(true);
    expect(await countOpenConflicts(db)).toBe(before + 1);

    // Every group the SQL flags is a conflict by the pure rule, and the rule finds no other.
    const groups = await rows<{ k: string; value: number; unit: string; qualifier: string }>(
      db,
      sql`select indicator_id || '|' || coalesce(subject, '') || '|' || period || '|' || unit as k, value, unit, qualifier
          from claims where indicator_id is not null and period is not null and status = 'actual' and review_state <> 'rejected'`,
    );
    const byKey = new Map<string, typeof groups>();
    for (const g of groups) byKey.set(g.k, [...(byKey.get(g.k) ?? []), { ...g, value: Number(g.value) }]);
    const byRule = [...byKey.values()].filter((g) => findConflict(g) !== null).length;
    const bySql = await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from (select 1 from claims c
          where c.indicator_id is not null and c.period is not null and c.status = 'actual' and c.review_state <> 'rejected'
          group by c.indicator_id, coalesce(c.subject, ''), c.period, c.unit
          having count(*) > 1 and max(case when c.qualifier = 'lt' then '-Infinity'::float8 when c.qualifier = 'approx' then c.value - abs(c.value) * 0.05 - (abs(c.value) * 0.01 + case when c.unit in ('%', '百分点') then 0.05 else 0 end) else c.value - (abs(c.value) * 0.01 + case when c.unit in ('%', '百分点') then 0.05 else 0 end) end)
                               > min(case when c.qualifier in ('gt','gte') then 'Infinity'::float8 when c.qualifier = 'approx' then c.value + abs(c.value) * 0.05 + (abs(c.value) * 0.01 + case when c.unit in ('%', '百分点') then 0.05 else 0 end) else c.value + (abs(c.value) * 0.01 + case when c.unit in ('%', '百分点') then 0.05 else 0 end) end)) x`,
    );
    expect(Number(bySql[0].n)).toBe(byRule);
    expect((await indicatorConflicts(db, base.indicator_id!, 1000)).length).toBe(
      [...byKey.entries()].filter(([k, g]) => k.startsWith(`${base.indicator_id}|`) && findConflict(g) !== null).length,
    );

    // Rejecting the stray figure resolves the conflict.
    await reviewClaim(db, far.claim.id, "reject", "editor");
    expect(await countOpenConflicts(db)).toBe(before);
  });

  it("links a plan to the reported figure of its period: pending, then met or not met", async () => {
    const db = database.db;
    const claims = await all();
    const base = claims.find((c) => c.indicator_id && c.status === "actual" && c.article_id)!;
    const common = { articleId: base.article_id, quote: base.quote, occurrence: 0, unit: base.unit, metric: base.metric, sector: "macro" as const, indicatorId: base.indicator_id, subject: null };
    const plan = await addClaim(db, { ...common, value: 100, qualifier: "gte", status: "plan", period: "2031" }, "editor");
    const pending = (await indicatorTargets(db, base.indicator_id!)).find((x) => x.plan.id === plan.claim.id)!;
    expect(pending).toMatchObject({ result: "pending", actual: null });

    const short = await addClaim(db, { ...common, value: 90, qualifier: "eq", status: "actual", period: "2031" }, "editor");
    expect((await indicatorTargets(db, base.indicator_id!)).find((x) => x.plan.id === plan.claim.id)).toMatchObject({ result: "not_met", actual: { id: short.claim.id } });
    await correctClaim(db, short.claim.id, { value: 104 }, "editor");
    expect((await indicatorTargets(db, base.indicator_id!)).find((x) => x.plan.id === plan.claim.id)).toMatchObject({ result: "met", actual: { value: 104 } });
  });

  it("maps an unplaced metric to a new indicator for past claims and for the next ingest", async () => {
    const db = database.db;
    const claims = await all();
    const loose = claims.find((c) => !c.indicator_id && c.review_state === "auto")!;
    expect(loose).toBeDefined();
    const same = claims.filter((c) => !c.indicator_id && c.metric === loose.metric && c.unit === loose.unit && c.review_state === "auto");
    const saved = await saveMapping(
      db,
      { metric: loose.metric, indicatorId: "social.editor_test", create: { nameZh: "编辑新增指标", nameEn: "Editor-made indicator", sector: "social", unit: loose.unit, measure: "level" } },
      "editor",
    );
    expect(saved).toMatchObject({ createdIndicator: true, applied: same.length });
    expect((await getClaim(db, loose.id))?.indicatorId).toBe("social.editor_test");
    expect((await auditOf(db, [loose.id])).get(loose.id)?.at(-1)).toMatchObject({ action: "map", after: { indicatorId: "social.editor_test" } });

    // Future claims: a newer extractor re-creates the auto claims, and the ingest maps them again.
    version.bump = 2;
    await ingestSeed(database);
    version.bump = 0;
    const mapped = (await all()).filter((c) => c.metric === loose.metric && c.unit === loose.unit && c.review_state === "auto");
    expect(mapped.length).toBeGreaterThan(0);
    expect(mapped.every((c) => c.indicator_id === "social.editor_test")).toBe(true);
  });
});
