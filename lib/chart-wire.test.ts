import { describe, expect, it } from "vitest";
import { packChart, unpackChart } from "./chart-wire";

describe("packChart / unpackChart", () => {
  it("round-trips a series: each period listed once, links and accessible names rebuilt", () => {
    const point = (date: string, period: string, value: number, plan: boolean, claimId: number) => ({
      date,
      period,
      tick: `${period.replace("-", "年")}月`,
      value,
      text: `${value}%`,
      plan,
      bound: claimId === 3,
      articleId: claimId === 4 ? null : 10 + claimId,
      claimId,
    });
    const packed = packChart(
      [
        {
          key: "330803",
          name: "衢江区",
          who: "衢江区",
          colour: "#0072B2",
          shape: "circle",
          freq: "month",
          points: [point("2025-01-31", "2025-01", 1.5, false, 1), point("2025-01-31", "2025-01", 2, true, 2), point("2025-02-28", "2025-02", 3, false, 3), point("2025-03-31", "2025-03", 4, false, 4)],
        },
      ],
      { reported: "实际数据", planned: "计划/目标" },
      "?lang=en",
    );
    expect(packed.periods).toEqual([
      ["2025-01", "2025年01月"],
      ["2025-02", "2025年02月"],
      ["2025-03", "2025年03月"],
    ]);
    const [s] = unpackChart(packed);
    expect(s).toMatchObject({ key: "330803", name: "衢江区", colour: "#0072B2", shape: "circle", freq: "month" });
    expect(s.points[0]).toEqual({
      date: "2025-01-31",
      tick: "2025年01月",
      period: "2025-01",
      value: 1.5,
      plan: false,
      bound: false,
      href: "/articles/11?lang=en#claim-1",
      label: "衢江区 2025年01月 实际数据: 1.5%",
      claimId: 1,
    });
    expect(s.points[1]).toMatchObject({ plan: true, label: "衢江区 2025年01月 计划/目标: 2%" });
    expect(s.points[2]).toMatchObject({ bound: true, plan: false });
    expect(s.points[3].href).toBeNull();
  });
});
