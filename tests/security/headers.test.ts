import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isEmbeddable, newNonce, securityHeaders } from "@/lib/auth/headers";

const q = (s: string) => new URLSearchParams(s);

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(";").map((d) => {
      const [name, ...rest] = d.trim().split(/\s+/);
      return [name, rest.join(" ")];
    }),
  );
}

describe("isEmbeddable", () => {
  it.each([
    ["/indicators/port.cargo_throughput", "embed=1", true],
    ["/indicators/port.cargo_throughput/", "embed=1&lang=en", true],
    ["/indicators/port.cargo_throughput", "embed=0&embed=1", true],
    ["/embed/port.cargo_throughput", "", true],
    ["/indicators/port.cargo_throughput", "", false],
    ["/indicators/port.cargo_throughput", "embed=true", false],
    ["/indicators/a/b", "embed=1", false],
    ["/", "embed=1", false],
    ["/claims", "embed=1", false],
    ["/articles/1", "embed=1", false],
    ["/api/claims", "embed=1", false],
  ])("%s?%s → %s", (path, search, expected) => {
    expect(isEmbeddable(path, q(search))).toBe(expected);
  });
});

describe("contentSecurityPolicy", () => {
  const base = { nonce: "abc123==", embeddable: false, dev: false, https: false };

  it("allows scripts only by nonce in production", () => {
    const d = directives(contentSecurityPolicy(base));
    expect(d.get("script-src")).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(d.get("script-src")).not.toMatch(/unsafe/);
    expect(d.get("object-src")).toBe("'none'");
    expect(d.get("base-uri")).toBe("'self'");
    expect(d.get("default-src")).toBe("'self'");
  });
  it("refuses framing except for embeddable views", () => {
    expect(directives(contentSecurityPolicy(base)).get("frame-ancestors")).toBe("'none'");
    expect(directives(contentSecurityPolicy({ ...base, embeddable: true })).get("frame-ancestors")).toBe("*");
  });
  it("adds eval only in development and upgrade only over https", () => {
    expect(directives(contentSecurityPolicy({ ...base, dev: true })).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy(base)).has("upgrade-insecure-requests")).toBe(false);
    expect(directives(contentSecurityPolicy({ ...base, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("securityHeaders", () => {
  it("sends nosniff, referrer policy and X-Frame-Options on ordinary views", () => {
    const h = securityHeaders({ nonce: "n", embeddable: false, dev: false, https: false });
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
    expect(h["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["X-Frame-Options"]).toBe("DENY");
    expect(h["Strict-Transport-Security"]).toBeUndefined();
  });
  it("drops X-Frame-Options for embeddable views and adds HSTS over https", () => {
    const h = securityHeaders({ nonce: "n", embeddable: true, dev: false, https: true });
    expect(h["X-Frame-Options"]).toBeUndefined();
    expect(h["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
  });
});

describe("newNonce", () => {
  it("is 128 bits of base64 and differs each time", () => {
    const a = newNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });
});
