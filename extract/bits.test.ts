import { describe, expect, it } from "vitest";
import { bitSet, hasBit, setBit } from "./bits";

describe("bit sets", () => {
  it("holds what was set and nothing else, across word edges and at the top of the range", () => {
    const bits = bitSet(0x10000);
    const members = [0, 31, 32, 63, 0x4e00, 0xffff];
    for (const i of members) setBit(bits, i);
    for (const i of members) expect(hasBit(bits, i)).toBe(true);
    for (const i of [1, 30, 33, 64, 0x4dff, 0x4e01, 0xfffe]) expect(hasBit(bits, i)).toBe(false);
  });
  it("sizes to whole words: 65,536 members in 2,048 words, 33 in 2", () => {
    expect(bitSet(0x10000).length).toBe(2048);
    expect(bitSet(33).length).toBe(2);
  });
});
