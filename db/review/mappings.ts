// The catalogue from the UI: an editor maps a metric phrase the extractor could
// not place (indicator null) to an existing indicator or a new one. The rule is
// stored (metric_mappings) and applied at once to past claims with that metric
// and the indicator's unit, and to future ones by the ingest, which calls
// loadMetricMappings/applyMetricMappings before it writes (ingest/index.ts).
// Mapped claims stay 'auto': the mapping is a rule, not a correction, so a
// re-extraction re-derives them and the ingest hook maps them again.
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { claims, indicators, metricMappings } from "../schema";
import type { MappingInput } from "@/lib/review/fields";
import { committed } from "./claims";
import { ReviewError, rows } from "./rows";

export interface MetricMapping {
  metric: string;
  indicatorId: string;
  unit: string;
}

export interface SaveMappingResult {
  mapping: MetricMapping;
  createdIndicator: boolean;
  /** Past claims that now carry the indicator. */
  applied: number;
}

export function saveMapping(db: Db, input: MappingInput, actor: string): Promise<SaveMappingResult> {
  return committed(db, db.transaction(async (tx) => {
    let [ind] = await tx.select().from(indicators).where(eq(indicators.id, input.indicatorId));
    let createdIndicator = false;
    if (!ind) {
      if (!input.create) throw new ReviewError(422, `indicator ${input.indicatorId} does not exist; give its names, sector and unit to create it`);
      [ind] = await tx
        .insert(indicators)
        .values({ id: input.indicatorId, ...input.create })
        .returning();
      createdIndicator = true;
    } else if (input.create) {
      throw new ReviewError(409, `indicator ${input.indicatorId} already exists`);
    }
    await tx
      .insert(metricMappings)
      .values({ metric: input.metric, indicatorId: ind.id, actor })
      .onConflictDoUpdate({ target: metricMappings.metric, set: { indicatorId: ind.id, actor, createdAt: new Date() } });

    // Past claims: one audit row each, then the update, both as single statements.
    const where = and(eq(claims.metric, input.metric), eq(claims.unit, ind.unit), isNull(claims.indicatorId));
    await tx.execute(sql`insert into claim_audit (claim_id, actor, action, before, after)
      select c.id, ${actor}, 'map', jsonb_build_object('indicatorId', null), jsonb_build_object('indicatorId', ${ind.id}::text)
      from claims c where c.metric = ${input.metric} and c.unit = ${ind.unit} and c.indicator_id is null`);
    const updated = await tx.update(claims).set({ indicatorId: ind.id, updatedAt: new Date() }).where(where).returning({ id: claims.id });
    return { mapping: { metric: input.metric, indicatorId: ind.id, unit: ind.unit }, createdIndicator, applied: updated.length };
  }));
}

export async function listMappings(db: Db): Promise<MetricMapping[]> {
  return db
    .select({ metric: metricMappings.metric, indicatorId: metricMappings.indicatorId, unit: indicators.unit })
    .from(metricMappings)
    .innerJoin(indicators, eq(indicators.id, metricMappings.indicatorId))
    .orderBy(asc(metricMappings.metric));
}

/** Metric phrases with claims but no indicator, most frequent first: what an editor may want to map. */
export function unmappedMetrics(db: Db, limit = 50): Promise<Array<{ metric: string; unit: string; claims: number }>> {
  return rows(
    db,
    sql`select c.metric, c.unit, count(*)::int as claims from claims c
        where c.indicator_id is null and c.review_state <> 'rejected'
        group by c.metric, c.unit order by count(*) desc, c.metric limit ${limit}`,
  );
}

// ---- the ingest hook ------------------------------------------------------

export interface MappingHook {
  byMetric: Map<string, MetricMapping>;
  /** Indicator ids the mappings point to (editor-made ones are not in the extractor's catalogue). */
  indicatorIds: Set<string>;
}

export async function loadMetricMappings(db: Db): Promise<MappingHook> {
  const all = await listMappings(db);
  return { byMetric: new Map(all.map((m) => [m.metric, m])), indicatorIds: new Set(all.map((m) => m.indicatorId)) };
}

/** Gives claims the extractor left without an indicator the one an editor mapped their metric to. */
export function applyMetricMappings<C extends { metric: string; unit: string; indicator: string | null }>(claimsToWrite: C[], hook: MappingHook): number {
  if (hook.byMetric.size === 0) return 0;
  let n = 0;
  for (const c of claimsToWrite) {
    if (c.indicator) continue;
    const m = hook.byMetric.get(c.metric);
    if (m && m.unit === c.unit) {
      c.indicator = m.indicatorId;
      n++;
    }
  }
  return n;
}
