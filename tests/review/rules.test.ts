import { describe, expect, it } from "vitest";
import { locateQuote } from "@/db/review/claims";
import { applyMetricMappings } from "@/db/review/mappings";
import { changedFields, isPeriod } from "@/lib/review/fields";
import { decideEdit } from "@/lib/review/auth";
import { EDIT_CASES } from "@/lib/review/auth.cases";
import { agree, findConflict } from "@/lib/review/conflict";
import { AGREE_CASES, GROUP_CASES } from "@/lib/review/conflict.cases";
import { pickActual, targetStatus } from "@/lib/review/target";
import { TARGET_CASES } from "@/lib/review/target.cases";

describe("conflict tolerance", () => {
  it.each(AGREE_CASES)("%#: %j vs %j → %s (%s)", (a, b, expected) => {
    expect(agree(a, b)).toBe(expected);
    expect(agree(b, a)).toBe(expected);
  });
  it.each(GROUP_CASES)("group %#: conflict %s (%s)", (group, expected) => {
    expect(findConflict(group) !== null).toBe(expected);
  });
  it("the witness pair of a group is itself a disagreeing pair", () => {
    const pair = findConflict(GROUP_CASES[1][0])!;
    expect(agree(pair[0], pair[1])).toBe(false);
  });
});

describe("targets", () => {
  it.each(TARGET_CASES)("%#: %j against %j → %s (%s)", (plan, actual, expected) => {
    expect(targetStatus(plan, actual)).toBe(expected);
  });
  it("prefers a reviewed figure, then an exact one, then the newest", () => {
    const f = (id: number, qualifier: string, reviewState = "auto") => ({ id, value: 1, unit: "%", qualifier, reviewState });
    expect(pickActual([f(1, "eq"), f(2, "gt"), f(3, "eq")])?.id).toBe(3);
    expect(pickActual([f(1, "gt", "confirmed"), f(3, "eq")])?.id).toBe(1);
    expect(pickActual([])).toBeNull();
  });
});

describe("edit authority", () => {
  it.each(EDIT_CASES)("%#: %j needing %s → %i (%s)", (request, need, expected) => {
    const d = decideEdit(request, need);
    expect(d.ok ? 200 : d.status).toBe(expected);
  });
});

describe("helpers", () => {
  it("locates the n-th occurrence of a quote", () => {
    expect(locateQuote("增长5%，又增长5%", "增长5%", 0)).toBe(0);
    expect(locateQuote("增长5%，又增长5%", "增长5%", 1)).toBe(6);
    expect(locateQuote("增长5%，又增长5%", "增长5%", 2)).toBeNull();
  });
  it("maps only claims without an indicator whose metric and unit match", () => {
    const hook = { byMetric: new Map([["签约金额", { metric: "签约金额", indicatorId: "investment.signed", unit: "元" }]]), indicatorIds: new Set(["investment.signed"]) };
    const claims = [
      { metric: "签约金额", unit: "元", indicator: null as string | null },
      { metric: "签约金额", unit: "%", indicator: null as string | null },
      { metric: "签约金额", unit: "元", indicator: "investment.other" as string | null },
      { metric: "营收", unit: "元", indicator: null as string | null },
    ];
    expect(applyMetricMappings(claims, hook)).toBe(1);
    expect(claims.map((c) => c.indicator)).toEqual(["investment.signed", null, "investment.other", null]);
  });
  it("records only the fields that changed", () => {
    expect(changedFields({ value: 1, unit: "吨", subject: null }, { value: 2, unit: "吨", subject: "衢州港" })).toEqual({
      before: { value: 1, subject: null },
      after: { value: 2, subject: "衢州港" },
    });
  });
  it.each([["2025"], ["2025-05"], ["2025-05-20"], ["2025-Q2"], ["2025-H1"]])("period %s is valid", (p) => expect(isPeriod(p)).toBe(true));
  it.each([["2025-13"], ["25"], ["2025-Q5"], ["2025-5"], ["今年"], ["2025-02-30"]])("period %s is not", (p) => expect(isPeriod(p)).toBe(false));
});
