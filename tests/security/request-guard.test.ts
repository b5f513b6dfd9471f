import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { malformedReason } from "@/lib/auth/request-guard";
import { proxy } from "@/proxy";

describe("malformedReason", () => {
  it.each([
    ["/", ""],
    ["/claims", "?sector=port&q=%E6%B8%AF%E5%8F%A3&page=2"],
    ["/indicators/port.cargo_throughput", "?from=2024-01&to=2025-12&lang=en"],
    ["/articles/12", "?q=a+b&flag&=x&&"],
    ["/claims", "?q=%27%20OR%201%3D1%20--"],
    ["/claims", "?q=%3Cscript%3E"],
    ["/claims", "?q=%E2%80%AE"], // RTL override is odd but well-formed text
  ])("accepts %s%s", (path, search) => {
    expect(malformedReason(path, search)).toBeNull();
  });

  it.each([
    ["/articles/%ED%A0%80", "", /path/],
    ["/articles/%E0%A4%A", "", /path/],
    ["/articles/1%00", "", /NUL/],
    ["/claims", "?q=port%00", /NUL/],
    ["/claims", "?q=%", /UTF-8/],
    ["/claims", "?q=%C0%AF", /UTF-8/],
    ["/claims", "?%ED%A0%80=1", /UTF-8/],
    ["/", "?constructor=1", /constructor/],
    ["/", "?toString=1", /toString/],
    ["/", "?__proto__=1", /__proto__/],
  ])("refuses %s%s", (path, search, reason) => {
    expect(malformedReason(path, search)).toMatch(reason);
  });
});

describe("proxy refuses malformed requests with 400 and still sends the headers", () => {
  it.each(["/articles/%ED%A0%80", "/claims/export?q=port%00", "/?valueOf=x"])("%s", async (url) => {
    const res = await proxy(new NextRequest(new URL(url, "http://127.0.0.1:3100")));
    expect(res.status).toBe(400);
    expect(res.headers.get("content-security-policy")).toBeTruthy();
  });
});
