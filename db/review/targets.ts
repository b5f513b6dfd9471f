// Plans against results, at read time: every visible plan claim of an
// indicator with a period, linked to the visible reported claims of the same
// indicator, period and unit (and subject when both name one).
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { linkTargets, type TargetStatus } from "@/lib/review/target";
import { rows } from "./rows";

export interface TargetClaim {
  id: number;
  value: number;
  unit: string;
  qualifier: string;
  quote: string;
  subject: string | null;
  period: string;
  status: string;
  reviewState: string;
  articleId: number | null;
}

export interface TargetView {
  plan: TargetClaim;
  actual: TargetClaim | null;
  /** Every reported figure linked to the plan (actual is the one that speaks for it). */
  linked: number;
  result: TargetStatus;
}

/** Reported figures read per plan's period. */
const ACTUALS_PER_PERIOD = 50;

export async function indicatorTargets(db: Db, indicatorId: string, limit = 30): Promise<TargetView[]> {
  const found = await rows<TargetClaim>(
    db,
    sql`with plans as (
          select c.* from claims c
          where c.indicator_id = ${indicatorId} and c.status = 'plan' and c.period is not null and c.review_state <> 'rejected'
          order by c.period desc, c.id desc limit ${limit}
        )
        select c.id, c.value, c.unit, c.qualifier, c.quote, c.subject, c.period, c.status,
          c.review_state as "reviewState", c.article_id as "articleId"
        from plans c
        union all
        select c.id, c.value, c.unit, c.qualifier, c.quote, c.subject, c.period, c.status,
          c.review_state as "reviewState", c.article_id as "articleId"
        from (select distinct period from plans) p
        cross join lateral (
          -- A period's reported figures (a few in real papers; capped so a series of thousands stays a read of an index range).
          select * from claims c
          where c.indicator_id = ${indicatorId} and c.period = p.period and c.status = 'actual' and c.review_state <> 'rejected'
          order by c.id desc limit ${ACTUALS_PER_PERIOD}
        ) c`,
  );
  const all = found.map((c) => ({ ...c, value: Number(c.value) }));
  const plans = all.filter((c) => c.status === "plan").sort((a, b) => b.period.localeCompare(a.period) || b.id - a.id);
  const actuals = all.filter((c) => c.status !== "plan");
  return linkTargets(plans, actuals).map(({ plan, actual, linked, result }) => ({ plan, actual, linked: linked.length, result }));
}
