import { describe, expect, it } from "vitest";
import { METRIC_CASES, chooseMetric, chooseSubject } from "./metric-subject";

describe("metric and subject", () => {
  it.each(METRIC_CASES)("%s | %s (%s) → %s", (before, after, kind, expected) => {
    expect(chooseMetric(before, after, kind)).toBe(expected);
  });

  it("takes the last organisation or place named before the number", () => {
    expect(chooseSubject("樟潭街道社区卫生服务中心位于衢江城区,服务近", "", null)).toBe("樟潭街道社区卫生服务中心");
    expect(chooseSubject("服务近", "", null)).toBeNull();
  });
});
