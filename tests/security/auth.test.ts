import { describe, expect, it } from "vitest";
import { secretsEqual } from "@/lib/auth/compare";
import { AuthConfigError, parseAuthEnv } from "@/lib/auth/env";
import { isPublicPath, isValidSession, passwordMatches, safeNextPath, sessionToken } from "@/lib/auth/site";

describe("secretsEqual", () => {
  it.each([
    ["test-secret", "test-secret", true],
    ["test-secret", "test-secreT", false],
    ["test-secret", "test-secret ", false],
    ["", "test-secret", false],
    ["test-secret-but-longer", "test-secret", false],
    ["密码密码密码密码", "密码密码密码密码", true],
  ])("%j vs %j → %s", (a, b, expected) => {
    expect(secretsEqual(a, b)).toBe(expected);
  });
});

describe("parseAuthEnv", () => {
  it("treats unset and blank as off", () => {
    expect(parseAuthEnv({})).toEqual({ SITE_PASSWORD: undefined });
    expect(parseAuthEnv({ SITE_PASSWORD: "" })).toEqual({ SITE_PASSWORD: undefined });
    expect(parseAuthEnv({ SITE_PASSWORD: "  " })).toEqual({ SITE_PASSWORD: undefined });
  });
  it("keeps a configured site password; WRITE_SECRET is no longer read", () => {
    expect(parseAuthEnv({ SITE_PASSWORD: "open sesame", WRITE_SECRET: "test-secret" })).toEqual({ SITE_PASSWORD: "open sesame" });
  });
  it("refuses a guessably short password, naming the variable", () => {
    expect(() => parseAuthEnv({ SITE_PASSWORD: "abc" })).toThrow(AuthConfigError);
    expect(() => parseAuthEnv({ SITE_PASSWORD: "abc" })).toThrow(/SITE_PASSWORD/);
  });
});

describe("site session", () => {
  it("accepts the token for the configured password only", () => {
    const token = sessionToken("open sesame");
    expect(isValidSession(token, "open sesame")).toBe(true);
    expect(isValidSession(token, "open sesame!")).toBe(false);
    expect(isValidSession(undefined, "open sesame")).toBe(false);
    expect(isValidSession("", "open sesame")).toBe(false);
  });
  it("does not put the password in the cookie", () => {
    expect(sessionToken("open sesame")).not.toContain("sesame");
    expect(sessionToken("open sesame")).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
  it("compares passwords exactly", () => {
    expect(passwordMatches("open sesame", "open sesame")).toBe(true);
    expect(passwordMatches("open sesam", "open sesame")).toBe(false);
  });
});

describe("safeNextPath", () => {
  it.each([
    [null, "/"],
    ["", "/"],
    ["/", "/"],
    ["/indicators/port.cargo_throughput?from=2024-01", "/indicators/port.cargo_throughput?from=2024-01"],
    ["/claims?sector=port&lang=en", "/claims?sector=port&lang=en"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example/", "/"],
    ["javascript:alert(1)", "/"],
    ["/ok\r\nSet-Cookie: x=1", "/"],
    ["/signin?next=/signin", "/"],
    ["/" + "a".repeat(5000), "/"],
  ])("%j → %j", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });
});

describe("isPublicPath", () => {
  it.each([
    ["/signin", true],
    ["/signin/submit", true],
    ["/signin/site", true],
    ["/signin/site/submit", true],
    ["/_next/static/chunks/main.js", true],
    ["/api/ingest", false],
    ["/", false],
    ["/claims", false],
    ["/api/claims", false],
    ["/signinx", false],
    ["/_next/image", false],
  ])("GET %s → %s", (path, expected) => {
    expect(isPublicPath(path)).toBe(expected);
  });
  it("keeps the upload behind the site password like everything else", () => {
    expect(isPublicPath("/api/ingest")).toBe(false);
  });
});
