// Agreement cases: [a, b, agree?, why]. Values in base units (万 applied).
import type { Comparable } from "./conflict";

const c = (value: number, unit: string, qualifier = "eq"): Comparable => ({ value, unit, qualifier });

export const AGREE_CASES: Array<[Comparable, Comparable, boolean, string]> = [
  [c(31_000_000, "吨", "gt"), c(31_000_000, "吨"), true, "超3100万吨 and 3100万吨: the bound allows its own value"],
  [c(30_000_000, "吨", "gt"), c(31_000_000, "吨"), true, "超3000万吨 and 3100万吨 agree"],
  [c(30_000_000, "吨", "gt"), c(32_000_000, "吨", "gt"), true, "two lower bounds always meet"],
  [c(30_000_000, "吨", "gt"), c(25_000_000, "吨"), false, "超3000万吨 and 2500万吨 disagree"],
  [c(100, "亿元"), c(101.5, "亿元"), true, "1.5% apart is within 2%"],
  [c(100, "元"), c(103, "元"), false, "3% apart is beyond 2%"],
  [c(5.2, "%"), c(5.25, "%"), true, "one-decimal rounding of the same rate"],
  [c(5.2, "%"), c(5.5, "%"), false, "5.2% and 5.5% growth disagree"],
  [c(3_000, "家", "approx"), c(3_100, "家"), true, "约3000家 allows 3100"],
  [c(3_000, "家", "approx"), c(3_400, "家"), false, "约3000家 does not allow 3400"],
  [c(50, "人", "lt"), c(45, "人"), true, "不到50人 allows 45"],
  [c(50, "人", "lt"), c(60, "人"), false, "不到50人 does not allow 60"],
  [c(50, "人", "lt"), c(60, "人", "gt"), false, "under 50 and over 60"],
  [c(10, "个"), c(99, "%"), true, "different units are not compared"],
  [c(-3, "%"), c(-3.04, "%"), true, "negative rates round the same way"],
];

/** Groups: [values, conflict expected]. */
export const GROUP_CASES: Array<[Comparable[], boolean, string]> = [
  [[c(30_000_000, "吨", "gt"), c(31_000_000, "吨"), c(31_200_000, "吨")], false, "a bound and two close figures"],
  [[c(31_000_000, "吨"), c(31_200_000, "吨"), c(40_000_000, "吨")], true, "one figure far off"],
  [[c(7, "%")], false, "a single claim cannot conflict"],
];
