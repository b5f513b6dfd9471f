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
