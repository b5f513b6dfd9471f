// Which chart an indicator gets when the URL says chart=auto: running totals,
// levels and rates as lines; per-period figures (a level reported mostly as
// non-cumulative numbers for a period, e.g. a year's output) as bars.
export function autoChartType(measure: string, points: { status: string; cumulative: boolean }[]): "line" | "bar" {
  if (measure !== "level") return "line";
  const actual = points.filter((p) => p.status !== "plan");
  if (actual.length === 0) return "line";
  const perPeriod = actual.filter((p) => !p.cumulative).length;
  return perPeriod * 2 >= actual.length ? "bar" : "line";
}
