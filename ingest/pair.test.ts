import { describe, expect, it } from "vitest";
import { matchClaims, storedKey } from "./match";

const claim = (start: number, end: number, quote: string, unit = "吨") => ({ start, end, quote, unit });

describe("matchClaims: which stored claim a re-extraction's claim is", () => {
  const stored = [
    { id: 1, ...claim(10, 14, "吞吐量超3100万吨") },
    { id: 2, ...claim(30, 33, "营收6亿元", "元") },
    { id: 3, ...claim(50, 52, "新增5家", "家") },
  ];
  it.each([
    // [new claims, positions already taken, expected pairs, expected unpaired stored ids]
    ["same spans come back with the same ids", [claim(10, 14, "x"), claim(30, 33, "y", "元")], [], [{ id: 1, seq: 0 }, { id: 2, seq: 1 }], [3]],
    ["a moved span is found by quote and unit", [claim(12, 16, "吞吐量超3100万吨")], [], [{ id: 1, seq: 0 }], [2, 3]],
    ["same quote, other unit is a new claim", [claim(99, 101, "新增5家", "个")], [], [], [1, 2, 3]],
    ["positions already taken are not offered", [claim(10, 14, "x"), claim(50, 52, "z", "家")], [0], [{ id: 3, seq: 1 }], [1, 2]],
    ["one new claim pairs at most once", [claim(10, 14, "a"), claim(10, 14, "b")], [], [{ id: 1, seq: 0 }], [2, 3]],
    ["span wins over an earlier quote match", [claim(70, 74, "吞吐量超3100万吨"), claim(10, 14, "changed")], [], [{ id: 1, seq: 1 }], [2, 3]],
  ] as const)("%s", (_name, fresh, taken, pairs, unpaired) => {
    const used = new Set<number>(taken);
    const m = matchClaims(stored, fresh, used);
    expect(m).toEqual({ pairs, unpaired });
    for (const p of pairs) expect(used.has(p.seq)).toBe(true);
  });

  it("reviewed claims first, then unreviewed ones on what is left: one key for both", () => {
    const fresh = [claim(10, 14, "吞吐量超3100万吨"), claim(10, 14, "吞吐量超3100万吨")];
    const taken = new Set<number>();
    const reviewed = matchClaims([{ id: 7, ...claim(10, 14, "吞吐量超3100万吨") }], fresh, taken);
    const auto = matchClaims([{ id: 8, ...claim(10, 14, "吞吐量超3100万吨") }, { id: 9, ...claim(1, 2, "x") }], fresh, taken);
    expect(reviewed.pairs).toEqual([{ id: 7, seq: 0 }]);
    expect(auto).toEqual({ pairs: [{ id: 8, seq: 1 }], unpaired: [9] });
  });

  it("a corrected claim is matched on the extractor's unit, not the editor's", () => {
    const row = { id: 5, start: 99, end: 105, quote: "新增5家", unit: "个", original: { unit: "家", value: 5 } };
    expect(storedKey(row).unit).toBe("家");
    expect(matchClaims([storedKey(row)], [claim(40, 43, "新增5家", "家")]).pairs).toEqual([{ id: 5, seq: 0 }]);
    expect(storedKey({ ...row, original: null }).unit).toBe("个");
  });
});
