// Conflicts, computed at read time. A group is the visible reported ('actual')
// claims of one indicator, subject (none counts as one subject), period and
// unit; it is in conflict when its claims' intervals (lib/review/conflict.ts)
// do not all meet, i.e. max(lo) > min(hi). SQL finds the groups (one hash
// aggregate, no pairwise join, so it stays linear at a million claims), the
// pure findConflict picks the two claims that show it. A conflict is open
// until an editor has reviewed every claim of its group (confirmed, corrected
// or added) — rejecting or correcting one usually dissolves it outright.
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { APPROX, findConflict, TOLERANCE } from "@/lib/review/conflict";
import { rows } from "./rows";

export interface ConflictClaim {
  id: number;
  value: number;
  unit: string;
  qualifier: string;
  quote: string;
  subject: string | null;
  period: string;
  reviewState: string;
  articleId: number | null;
  articleTitle: string | null;
}

export interface Conflict {
  indicatorId: string;
  subject: string | null;
  period: string;
  unit: string;
  open: boolean;
  /** How many claims the group has. */
  claims: number;
  /** The two that disagree most: the lowest ceiling, then the highest floor. */
  pair: [ConflictClaim, ConflictClaim];
}

// Mirrors lib/review/conflict.ts bounds(); tests/integration/review.test.ts checks the two agree.
const SLACK = sql`(abs(c.value) * ${TOLERANCE / 2}::float8 + case when c.unit in ('%', '百分点') then 0.05 else 0 end)`;
const LO = sql`case when c.qualifier = 'lt' then '-Infinity'::float8
  when c.qualifier = 'approx' then c.value - abs(c.value) * ${APPROX}::float8 - ${SLACK}
  else c.value - ${SLACK} end`;
const HI = sql`case when c.qualifier in ('gt', 'gte') then 'Infinity'::float8
  when c.qualifier = 'approx' then c.value + abs(c.value) * ${APPROX}::float8 + ${SLACK}
  else c.value + ${SLACK} end`;
const CANDIDATE = sql`c.indicator_id is not null and c.period is not null and c.status = 'actual' and c.review_state <> 'rejected'`;

function conflictGroups(where: SQL): SQL {
  return sql`select c.indicator_id, coalesce(c.subject, '') as subj, c.period, c.unit,
      bool_or(c.review_state = 'auto') as open, count(*)::int as n
    from claims c
    where ${CANDIDATE} and ${where}
    group by c.indicator_id, coalesce(c.subject, ''), c.period, c.unit
    having count(*) > 1 and max(${LO}) > min(${HI})`;
}

type PerIndicator = Array<{ indicatorId: string; open: number }>;

/**
 * Open conflicts per indicator over the whole database, for the overview: a
 * read of conflict_groups, which triggers keep current with every claim write
 * (migrations/*_conflict_groups_triggers.sql, the same rule as conflictGroups
 * here; tests/integration/rollup.test.ts holds the two equal). Nothing is
 * cached in process memory.
 */
export async function openConflictsByIndicator(db: Db): Promise<PerIndicator> {
  const found = await rows<{ indicatorId: string; open: number }>(
    db,
    sql`select g.indicator_id as "indicatorId", count(*)::int as open from conflict_groups g
        where g.open group by g.indicator_id order by count(*) desc, g.indicator_id`,
  );
  return found.map((x) => ({ indicatorId: x.indicatorId, open: Number(x.open) }));
}

/** The conflict groups computed from the claims now (what conflict_groups must equal). */
export function conflictGroupsFromClaims(db: Db): Promise<{ indicator_id: string; subj: string; period: string; unit: string; open: boolean; n: number }[]> {
  return rows(db, sql`${conflictGroups(sql`true`)} order by 1, 2, 3, 4`);
}

export async function countOpenConflicts(db: Db): Promise<number> {
  return (await openConflictsByIndicator(db)).reduce((n, x) => n + x.open, 0);
}

/** Every conflict of one indicator, open first, then the latest period first. */
export async function indicatorConflicts(db: Db, indicatorId: string, limit = 50): Promise<Conflict[]> {
  const found = await rows<ConflictClaim & { subj: string; open: boolean; n: number }>(
    db,
    // The groups from the trigger-kept table (a few rows), then only their claims (claims_indicator_period_idx).
    sql`with g as (select cg.indicator_id, cg.subject as subj, cg.period, cg.unit, cg.open, cg.n from conflict_groups cg where cg.indicator_id = ${indicatorId})
      select c.id, c.value, c.unit, c.qualifier, c.quote, c.subject, c.period, c.review_state as "reviewState",
        c.article_id as "articleId", nullif(btrim(a.title), '') as "articleTitle", g.subj, g.open, g.n
      from g join claims c on c.indicator_id = ${indicatorId} and coalesce(c.subject, '') = g.subj
        and c.period = g.period and c.unit = g.unit and ${CANDIDATE}
      left join articles a on a.id = c.article_id
      order by g.open desc, c.period desc, g.subj, c.id`,
  );
  const groups = new Map<string, typeof found>();
  for (const r of found) {
    const k = `${r.subj}\u0000${r.period}\u0000${r.unit}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(r);
  }
  const out: Conflict[] = [];
  for (const members of groups.values()) {
    const pair = findConflict(members.map((m) => ({ ...m, value: Number(m.value) })));
    if (!pair) continue; // the SQL and the rule disagree only on float edge cases
    const strip = ({ subj: _s, open: _o, n: _n, ...c }: (typeof members)[number]): ConflictClaim => (void _s, void _o, void _n, { ...c, value: Number(c.value) });
    const first = members[0];
    out.push({
      indicatorId,
      subject: first.subj || null,
      period: first.period,
      unit: first.unit,
      open: Boolean(first.open),
      claims: Number(first.n),
      pair: [strip(pair[0]), strip(pair[1])],
    });
    if (out.length >= limit) break;
  }
  return out;
}
