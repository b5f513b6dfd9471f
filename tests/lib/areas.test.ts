// The area picker's order (lib/areas.ts orderAreaChoices): selected, parent, peers, then others with data.
import { describe, expect, it } from "vitest";
import { areaByCode, orderAreaChoices, peersToCompare, type AreaGroup } from "@/lib/areas";

const QJ = areaByCode("330803")!;
const count = (code: string, claims: number) => ({ code, name: areaByCode(code)?.name ?? code, claims });

const CASES: ReadonlyArray<{ anchor: string; counts: Array<[string, number]>; order: Array<[string, AreaGroup, number]>; peers: string[]; why: string }> = [
  {
    anchor: "330803",
    counts: [["330000", 9], ["330802", 3], ["330800", 4], ["330803", 6], ["330824", 5], ["110000", 20], ["330881", 0]],
    order: [
      ["衢江区", "selected", 6],
      ["衢州市", "parent", 4],
      ["开化县", "peer", 5],
      ["柯城区", "peer", 3],
      ["北京市", "other", 20],
      ["浙江省", "other", 9],
    ],
    peers: ["330824", "330802"],
    why: "selected, parent, peers by points, then the rest by points; an area with no points is not offered",
  },
  {
    anchor: "330802",
    counts: [["330803", 6], ["330000", 2]],
    order: [
      ["柯城区", "selected", 0],
      ["衢江区", "peer", 6],
      ["浙江省", "other", 2],
    ],
    peers: ["330803"],
    why: "a selected area without points stays (it says so); its parent without points is not offered",
  },
  {
    anchor: "330800",
    counts: [["330000", 2], ["330100", 7], ["330803", 6], ["330300", 1]],
    order: [
      ["衢州市", "selected", 0],
      ["浙江省", "parent", 2],
      ["杭州市", "peer", 7],
      ["温州市", "peer", 1],
      ["衢江区", "other", 6],
    ],
    peers: ["330100", "330300"],
    why: "a city's peers are the province's other cities; a county of it is no peer",
  },
  {
    anchor: "330000",
    counts: [["330803", 1]],
    order: [
      ["浙江省", "selected", 0],
      ["衢江区", "other", 1],
    ],
    peers: [],
    why: "the home area stays reachable (the default view) even when it is no peer",
  },
];

describe("orderAreaChoices", () => {
  it.each(CASES)("$why", ({ anchor, counts, order, peers }) => {
    const choices = orderAreaChoices(areaByCode(anchor)!, QJ, counts.map(([c, n]) => count(c, n)));
    expect(choices.map((a) => [a.name, a.group, a.points])).toEqual(order);
    expect(peersToCompare(choices, 5)).toEqual(peers);
  });

  it("adds at most as many peers as a comparison holds", () => {
    const counts = ["330802", "330822", "330824", "330825", "330881", "330803"].map((c, i) => count(c, 10 - i));
    const choices = orderAreaChoices(areaByCode("330803")!, QJ, counts);
    expect(peersToCompare(choices, 3)).toEqual(["330802", "330822", "330824"]);
  });
});
