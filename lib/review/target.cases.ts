// Target cases: [plan, reported (or null), expected, why].
import type { Comparable } from "./conflict";
import type { TargetStatus } from "./target";

const c = (value: number, unit: string, qualifier = "eq"): Comparable => ({ value, unit, qualifier });

export const TARGET_CASES: Array<[Comparable, Comparable | null, TargetStatus, string]> = [
  [c(30, "%", "gte"), c(32.5, "%"), "met", "力争增速达到30%以上, reported 32.5%"],
  [c(30, "%", "gte"), c(28, "%"), "not_met", "力争增速达到30%以上, reported 28%"],
  [c(30, "%", "gte"), null, "pending", "nothing reported yet"],
  [c(30, "%", "gte"), c(30, "%"), "met", "exactly the target"],
  [c(5_000_000_000, "元"), c(4_950_000_000, "元"), "met", "49.5亿 against 50亿 is within rounding"],
  [c(5_000_000_000, "元"), c(4_500_000_000, "元"), "not_met", "45亿 against 50亿"],
  [c(30_000_000, "吨", "gt"), c(30_000_000, "吨", "gt"), "met", "超3000万吨 reported against 超3000万吨"],
  [c(30_000_000, "吨"), c(30_000_000, "吨", "lt"), "not_met", "不到3000万吨 against 3000万吨"],
  [c(3, "%", "lt"), c(2.8, "%"), "met", "控制在3%以内, reported 2.8%"],
  [c(3, "%", "lt"), c(3.5, "%"), "not_met", "控制在3%以内, reported 3.5%"],
  [c(100, "个"), c(120, "家"), "pending", "a figure in another unit says nothing"],
];
