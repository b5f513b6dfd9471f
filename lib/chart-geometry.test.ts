import { describe, expect, it } from "vitest";
import { compactDots, compactLine, geometry } from "./chart-geometry";

const pts = [
  { date: "2025-01-31", value: 10, status: "actual", qualifier: "eq", period: "2025-01", freq: "month" as const },
  { date: "2025-02-28", value: 20, status: "actual", qualifier: "eq", period: "2025-02", freq: "month" as const },
  { date: "2025-04-30", value: 15, status: "actual", qualifier: "eq", period: "2025-04", freq: "month" as const },
];

describe("compact sparkline paths", () => {
  it("steps relatively and lifts the pen over a missing month", () => {
    const g = geometry(pts, 100, 30, 0, true);
    expect(g.actual.every((p) => Number.isInteger(p.x) && Number.isInteger(p.y))).toBe(true);
    const d = compactLine(g.actual);
    expect(d.startsWith(`M${g.actual[0].x},${g.actual[0].y}l`)).toBe(true);
    // January → February joined; February → April (March missing) a move, not a line.
    expect(d.match(/[lm]/g)).toEqual(["l", "m"]);
  });

  it("draws one zero-length segment per dot", () => {
    const d = compactDots([
      { x: 1, y: 2 },
      { x: 4, y: 2 },
    ]);
    expect(d).toBe("M1,2h0m3,0h0");
  });
});

describe("dayNumber", () => {
  it("agrees with Date.parse on every day of 1899–2101, and falls back to it on other strings", async () => {
    const { dayNumber } = await import("./chart-geometry");
    for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      if (dayNumber(iso) !== t / 86_400_000) expect(dayNumber(iso), iso).toBe(t / 86_400_000);
    }
    expect(dayNumber("2025-02-30")).toBe(Date.parse("2025-02-30T00:00:00Z") / 86_400_000);
    expect(Number.isNaN(dayNumber("nonsense"))).toBe(true);
  });
});
