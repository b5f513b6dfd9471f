import { describe, expect, it } from "vitest";
import { PERIOD_CASES, findDatelines, parseYMD, resolvePeriod } from "./periods";

describe("periods", () => {
  it.each(PERIOD_CASES)("%s (ref %s, %s, cumulative %s) → %s", (sentenceBefore, ref, status, cumulative, expected) => {
    const clauseBefore = sentenceBefore.split(/[,，;；]/).pop() ?? "";
    const r = resolvePeriod({ sentenceBefore, clauseBefore, paragraphBefore: "", ref: parseYMD(ref), status, cumulative });
    expect(r.period).toBe(expected);
  });

  it("gives a plan the horizon stated earlier in its paragraph, never a past year", () => {
    const ref = parseYMD("2025-05-20");
    const plan = (paragraphBefore: string) =>
      resolvePeriod({ sentenceBefore: "项目运营后预计提供", clauseBefore: "项目运营后预计提供", paragraphBefore, ref, status: "plan", cumulative: false }).period;
    expect(plan("按照计划,项目并将于2026年正式投入运营。")).toBe("2026");
    expect(plan("2022年,他加入公司。")).toBeNull();
  });

  it("dates an article from its dateline, a month ahead of the paper belonging to the year before", () => {
    const pub = parseYMD("2024-01-19");
    const d = findDatelines("本报讯(记者 邹洁)1月18日,衢江区…\n本报讯(记者 林楠)12月30日,", pub);
    expect(d.map((x) => `${x.date.y}-${x.date.m}-${x.date.d}`)).toEqual(["2024-1-18", "2023-12-30"]);
  });
});
