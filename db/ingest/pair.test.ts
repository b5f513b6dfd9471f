import { describe, expect, it } from "vitest";
import { pairUnreviewed } from "./write";

const claim = (start: number, end: number, quote: string, unit = "吨") => ({ start, end, quote, unit });

describe("pairUnreviewed: which stored claims a re-extraction keeps by id", () => {
  const stored = [
    { id: 1, ...claim(10, 14, "吞吐量超3100万吨") },
    { id: 2, ...claim(30, 33, "营收6亿元", "元") },
    { id: 3, ...claim(50, 52, "新增5家", "家") },
  ];
  it.each([
    // [new claims, free positions, expected reuse, expected inserts]
    ["same spans come back with the same ids", [claim(10, 14, "x"), claim(30, 33, "y", "元")], [0, 1], [{ id: 1, seq: 0 }, { id: 2, seq: 1 }], []],
    ["a moved span is found by quote and unit", [claim(12, 16, "吞吐量超3100万吨")], [0], [{ id: 1, seq: 0 }], []],
    ["same quote, other unit is a new claim", [claim(99, 101, "新增5家", "个")], [0], [], [0]],
    ["positions taken by reviewed claims are not offered", [claim(10, 14, "x"), claim(50, 52, "z", "家")], [1], [{ id: 3, seq: 1 }], []],
    ["one stored claim pairs at most once", [claim(10, 14, "a"), claim(10, 14, "b")], [0, 1], [{ id: 1, seq: 0 }], [1]],
  ] as const)("%s", (_name, claims, fresh, reuse, insert) => {
    expect(pairUnreviewed({ claims: claims as never }, stored, fresh)).toEqual({ reuse, insert });
  });
});
