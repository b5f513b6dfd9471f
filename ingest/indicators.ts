// The catalogue of indicators lives in extract/ (it is how claims get their
// indicator); the database keeps a copy so the dashboard can join on it.
import { sql } from "drizzle-orm";
import { CATALOGUE as INDICATORS } from "@/extract/catalogue";
import type { IndicatorDef } from "@/extract/types";
import type { Db } from "@/db/client";
import { indicators } from "@/db/schema";

export const CATALOGUE: readonly IndicatorDef[] = INDICATORS;

const done = new WeakMap<Db, Promise<Set<string>>>();

/**
 * Upserts the catalogue once per database handle (per run of the CLI, per
 * process for the web), and returns the ids claims may reference.
 */
export function ensureIndicators(db: Db, defs: readonly IndicatorDef[] = CATALOGUE): Promise<Set<string>> {
  let pending = done.get(db);
  if (!pending) {
    pending = upsertIndicators(db, defs).catch((err) => {
      done.delete(db);
      throw err;
    });
    done.set(db, pending);
  }
  return pending;
}

export async function upsertIndicators(db: Db, defs: readonly IndicatorDef[]): Promise<Set<string>> {
  if (defs.length > 0) {
    await db
      .insert(indicators)
      .values(defs.map(({ id, nameZh, nameEn, sector, unit, measure, kind, scope }) => ({ id, nameZh, nameEn, sector, unit, measure, kind, scope })))
      .onConflictDoUpdate({
        target: indicators.id,
        set: {
          nameZh: sql`excluded.name_zh`,
          nameEn: sql`excluded.name_en`,
          sector: sql`excluded.sector`,
          unit: sql`excluded.unit`,
          measure: sql`excluded.measure`,
          kind: sql`excluded.kind`,
          scope: sql`excluded.scope`,
        },
      });
  }
  return new Set(defs.map((d) => d.id));
}
