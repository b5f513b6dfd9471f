// A plan claim against the reported figures for its indicator and period.
// met: the reported figure reaches the target in the target's direction
// (达到/超/以上 → at least; 控制在…以内/不到 → at most), within the conflict
// tolerance so a rounded report of exactly the target counts; not met: it
// falls short; pending: nothing reported yet.
import { absoluteSlack, TOLERANCE, type Comparable } from "./conflict";

export type TargetStatus = "met" | "not_met" | "pending";

export interface Figure extends Comparable {
  id: number;
}

/** The lowest value a reported figure guarantees and the highest it allows. */
function reportedRange(a: Comparable): { lo: number; hi: number } {
  if (a.qualifier === "gt" || a.qualifier === "gte") return { lo: a.value, hi: Infinity };
  if (a.qualifier === "lt") return { lo: -Infinity, hi: a.value };
  return { lo: a.value, hi: a.value };
}

export function targetStatus(plan: Comparable, actual: Comparable | null | undefined, tolerance = TOLERANCE): TargetStatus {
  if (!actual || actual.unit !== plan.unit) return "pending";
  const slack = Math.abs(plan.value) * (tolerance / 2) + absoluteSlack(plan.unit);
  const r = reportedRange(actual);
  if (plan.qualifier === "lt") return r.hi <= plan.value + slack ? "met" : "not_met";
  // eq, approx, gt, gte: a target is a figure to reach.
  if (r.lo >= plan.value - slack) return "met";
  // 不到X reported against a target of X or more: a miss.
  return "not_met";
}

/** Which reported figure speaks for the period: an editor-reviewed one, then an exact one, then the newest. */
export function pickActual<T extends Figure & { reviewState?: string }>(actuals: readonly T[]): T | null {
  const rank = (a: T) => (a.reviewState && a.reviewState !== "auto" ? 2 : 0) + (a.qualifier === "eq" ? 1 : 0);
  let best: T | null = null;
  for (const a of actuals) if (!best || rank(a) > rank(best) || (rank(a) === rank(best) && a.id > best.id)) best = a;
  return best;
}

export interface Linkable extends Figure {
  period: string;
  subject: string | null;
  reviewState?: string;
}

/** Same period and unit; the subject must match only when both name one. */
export function linked(plan: Linkable, actual: Linkable): boolean {
  return plan.period === actual.period && plan.unit === actual.unit && (!plan.subject || !actual.subject || plan.subject === actual.subject);
}

export function linkTargets<T extends Linkable>(plans: readonly T[], actuals: readonly T[]): Array<{ plan: T; actual: T | null; linked: T[]; result: TargetStatus }> {
  return plans.map((plan) => {
    const mine = actuals.filter((a) => linked(plan, a));
    const actual = pickActual(mine);
    return { plan, actual, linked: mine, result: targetStatus(plan, actual) };
  });
}
