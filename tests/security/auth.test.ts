import { describe, expect, it } from "vitest";
import { secretsEqual } from "@/lib/auth/compare";
import { AuthConfigError, parseAuthEnv } from "@/lib/auth/env";
import { decideWrite } from "@/lib/auth/write";
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
    expect(parseAuthEnv({})).toEqual({ WRITE_SECRET: undefined, SITE_PASSWORD: undefined });
    expect(parseAuthEnv({ WRITE_SECRET: "  ", SITE_PASSWORD: "" })).toEqual({
      WRITE_SECRET: undefined,
      SITE_PASSWORD: undefined,
    });
  });
  it("keeps configured secrets", () => {
    expect(parseAuthEnv({ WRITE_SECRET: "test-secret", SITE_PASSWORD: "open sesame" })).toEqual({
      WRITE_SECRET: "test-secret",
      SITE_PASSWORD: "open sesame",
    });
  });
  it("refuses a guessably short secret, naming the variable", () => {
    expect(() => parseAuthEnv({ WRITE_SECRET: "abc" })).toThrow(AuthConfigError);
    expect(() => parseAuthEnv({ SITE_PASSWORD: "abc" })).toThrow(/SITE_PASSWORD/);
  });
});

describe("decideWrite", () => {
  const env = { WRITE_SECRET: "test-secret" };
  it.each([
    [null, 401],
    ["", 401],
    ["Bearer", 401],
    ["Bearer ", 401],
    ["Basic dGVzdC1zZWNyZXQ=", 401],
    ["Bearer wrong-secret", 401],
    ["Bearer test-secret extra", 401],
    ["Bearer test-secre", 401],
  ])("%j → %i", (header, status) => {
    const d = decideWrite(header, env);
    expect(d.ok).toBe(false);
    if (!d.ok) {
      expect(d.status).toBe(status);
      expect(d.wwwAuthenticate).toMatch(/^Bearer/);
    }
  });
  it("lets the right secret through, any case of the scheme", () => {
    expect(decideWrite("Bearer test-secret", env)).toEqual({ ok: true });
    expect(decideWrite("bearer test-secret", env)).toEqual({ ok: true });
  });
  it("is closed to everyone when no secret is configured", () => {
    const d = decideWrite("Bearer test-secret", {});
    expect(d).toMatchObject({ ok: false, status: 403 });
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
  it("lets only POST reach the bearer-guarded upload", () => {
    expect(isPublicPath("/api/ingest", "POST")).toBe(true);
    expect(isPublicPath("/api/ingest", "GET")).toBe(false);
  });
});
