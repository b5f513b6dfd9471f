import { describe, expect, it } from "vitest";
import { ADDRESS_CASES } from "./guard.cases";
import { AddressRefused, refusedKind } from "./guard";

describe("which addresses the fetcher refuses", () => {
  it.each(ADDRESS_CASES)("%s → %s (%s)", (address, kind) => {
    expect(refusedKind(address)).toBe(kind);
  });

  it("says what was refused and why, in the words of the issue", () => {
    expect(new AddressRefused("10.1.2.3", "private", true).message).toBe("refused: resolves to a private address (10.1.2.3)");
    expect(new AddressRefused("127.0.0.1", "loopback", false).message).toBe("refused: is a loopback address (127.0.0.1)");
  });
});
