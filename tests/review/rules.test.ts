import { describe, expect, it } from "vitest";
import { actorName, decideEdit } from "@/lib/review/auth";
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
  it.each(EDIT_CASES)("%#: %j with secret %s → %i (%s)", (request, secret, expected) => {
    const d = decideEdit(request, { WRITE_SECRET: secret });
    expect(d.ok ? 200 : d.status).toBe(expected);
  });
  it.each([
    ["  Li Ming ", "Li Ming"],
    ["", "editor"],
    [null, "editor"],
    ["a\u0000b\u202e", "ab"],
    ["x".repeat(60), "x".repeat(40)],
  ])("actor name %j → %j", (raw, expected) => expect(actorName(raw)).toBe(expected));
});
