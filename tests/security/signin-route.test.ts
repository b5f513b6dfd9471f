import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/signin/site/submit/route";
import { SESSION_COOKIE, sessionToken } from "@/lib/auth/site";

const saved = { ...process.env };
beforeEach(() => {
  process.env.SITE_PASSWORD = "open sesame";
});
afterEach(() => {
  process.env = { ...saved };
});

function submit(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return POST(
    new Request("http://127.0.0.1:3100/signin/site/submit", {
      method: "POST",
      body: new URLSearchParams(fields),
      headers: { host: "127.0.0.1:3100", origin: "http://127.0.0.1:3100", ...headers },
    }),
  );
}

describe("POST /signin/site/submit (the site password)", () => {
  it("sets an HttpOnly, SameSite=Lax session cookie and goes where the visitor was going", async () => {
    const res = await submit({ password: "open sesame", next: "/claims?lang=en" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/claims?lang=en");
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toContain(`${SESSION_COOKIE}=${sessionToken("open sesame")}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toContain("sesame");
  });
  it("sends a wrong password back to the form with no cookie", async () => {
    const res = await submit({ password: "guess", next: "/claims" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/signin/site?error=1&next=%2Fclaims");
    expect(res.headers.get("set-cookie")).toBeNull();
  });
  it("never redirects off the site", async () => {
    const res = await submit({ password: "open sesame", next: "//evil.example/" });
    expect(res.headers.get("location")).toBe("/");
  });
  it("refuses a sign-in posted from another site", async () => {
    const res = await submit({ password: "open sesame" }, { origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(res.headers.get("set-cookie")).toBeNull();
  });
  it("refuses an oversized form", async () => {
    const res = await submit({ password: "x".repeat(20_000) });
    expect(res.status).toBe(413);
  });
});
