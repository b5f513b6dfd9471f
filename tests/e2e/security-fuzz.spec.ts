import { expect, test } from "@playwright/test";
import { DB_ROWS_LOCK, discoverRoutes, expectSecurityHeaders, fill, rowCounts, signIn } from "./security-helpers";

// Every page and route handler under app/ with hostile parameters: the server
// answers below 500, reflects nothing as markup, and the database's row counts
// do not move. Payloads are written already percent-encoded, so malformed
// encodings reach the server as they are.

const TEN_KB = "A".repeat(10_240);
const PAYLOADS: Record<string, string> = {
  sqlQuote: encodeURIComponent("' OR 1=1 --"),
  sqlStacked: encodeURIComponent("1; DROP TABLE claims; --"),
  sqlUnion: encodeURIComponent("x' UNION SELECT normalised_text FROM documents --"),
  script: encodeURIComponent("<script>alert(1)</script>"),
  imgOnerror: encodeURIComponent('"><img src=x onerror=alert(1)>'),
  template: encodeURIComponent("{{7*7}}${7*7}"),
  rtlOverride: encodeURIComponent("port\u202Egnp.exe"),
  zeroWidth: encodeURIComponent("po\u200Brt"),
  fullWidth: encodeURIComponent("ｐｏｒｔ２０２５－０１"),
  nul: "port%00",
  loneSurrogate: "%ED%A0%80",
  badPercent: "%E0%A4%A",
  barePercent: "%",
  overlongSlash: "%C0%AF",
  traversal: "..%2f..%2f..%2fetc%2fpasswd",
  hugeNumber: "99999999999999999999999999",
  negative: "-1",
  float: "1e309",
  nan: "NaN",
  empty: "",
  tenKb: TEN_KB,
};

// The union of query keys any view reads (lib/url-state.ts) plus the ones
// route handlers and the sign-in page take.
const KEYS = ["lang", "area", "compare", "freq", "sector", "from", "to", "indicator", "chart", "plan", "unit", "status", "period", "q", "sort", "page", "format", "embed", "next", "error", "name"];

const routes = discoverRoutes();

function segmentValue(segment: string, parent: string): string {
  return parent === "indicators" ? "port.cargo_throughput" : "1";
}

function checkBody(body: string, where: string) {
  // Reflected markup would appear verbatim; escaped it is harmless.
  expect(body, where).not.toContain("<script>alert(1)</script>");
  expect(body, where).not.toContain("<img src=x onerror=alert(1)>");
  // A server component that threw after the 200 was sent leaves this marker:
  // the status hides it, the visitor sees an error page.
  expect(body, where).not.toContain("data-dgst=");
}

// Each test checks that its hostile requests left the row counts as they
// were; the lock keeps the write and XSS specs from adding rows meanwhile.
test.describe.configure({ lock: DB_ROWS_LOCK });

let before: Awaited<ReturnType<typeof rowCounts>>;
test.beforeEach(async ({ request }) => {
  before = await rowCounts(request);
});
test.afterEach(async ({ request }) => {
  expect(await rowCounts(request), "hostile requests changed the database").toEqual(before);
});

test("the route list is discovered from app/", () => {
  const templates = routes.map((r) => r.template);
  for (const t of ["/", "/claims", "/articles/[id]", "/indicators/[id]", "/api/ingest"]) expect(templates).toContain(t);
});

for (const route of routes) {
  test(`GET ${route.template} with hostile query parameters`, async ({ request }) => {
    test.setTimeout(180_000);
    const base = fill(route.template, segmentValue);
    const urls: string[] = [];
    for (const [name, p] of Object.entries(PAYLOADS)) {
      if (name === "tenKb") {
        // One key at a time: all of them at once would only test Node's header limit.
        for (const k of KEYS) urls.push(`${base}?${k}=${p}`);
      } else {
        urls.push(`${base}?${KEYS.map((k) => `${k}=${p}`).join("&")}`);
      }
    }
    // Repeated keys (arrays), unknown keys, keys that are themselves hostile.
    urls.push(`${base}?sector=port&sector=drama&from=2024-01&from=2025-01&page=1&page=2`);
    urls.push(`${base}?${PAYLOADS.script}=1&${PAYLOADS.sqlQuote}=${PAYLOADS.sqlQuote}&__proto__[x]=1&constructor=1`);
    urls.push(`${base}?page=0&from=2025-13&to=0000-00&period=2025-Q5`);

    for (const url of urls) {
      const res = await request.get(url, { maxRedirects: 0 });
      const where = `${url.slice(0, 200)} → ${res.status()}`;
      expect(res.status(), where).toBeLessThan(500);
      expectSecurityHeaders(res, where);
      if ((res.headers()["content-type"] ?? "").includes("text/html")) checkBody(await res.text(), where);
    }
  });

  if (route.dynamic.length > 0) {
    test(`GET ${route.template} with hostile path segments`, async ({ request }) => {
      test.setTimeout(180_000);
      for (const [name, p] of Object.entries(PAYLOADS)) {
        if (name === "empty") continue;
        const url = fill(route.template, () => p);
        const res = await request.get(url, { maxRedirects: 0 });
        const where = `${url.slice(0, 200)} → ${res.status()}`;
        expect(res.status(), where).toBeLessThan(500);
        if ((res.headers()["content-type"] ?? "").includes("text/html")) checkBody(await res.text(), where);
      }
    });
  }
}

test("invalid view parameters fall back to the default view with a visible notice", async ({ request }) => {
  const res = await request.get(`/?sector=${PAYLOADS.script}&from=${PAYLOADS.sqlQuote}`);
  expect(res.status()).toBe(200);
  expect(await res.text()).toContain('role="status"');
});

test("hostile POSTs: bad credentials, junk bodies, forged sign-ins", async ({ request }) => {
  const hostile = [
    request.post("/api/ingest", { headers: { authorization: `Bearer ${decodeURIComponent(PAYLOADS.sqlQuote)}` }, data: "x" }),
    request.post("/api/ingest", { headers: { authorization: `Bearer ${TEN_KB}` }, data: "x" }),
    request.post("/api/ingest", { headers: { authorization: "Bearer" }, data: "x" }),
    request.post("/signin/submit", { form: { email: "' OR 1=1 --", password: "' OR 1=1 --", next: "//evil.example" } }),
    request.post("/signin/site/submit", { form: { password: "' OR 1=1 --", next: "//evil.example" } }),
    request.post("/accounts/submit", { form: { action: "create", email: "' OR 1=1 --" } }),
    request.post("/signin/submit", { headers: { "content-type": "application/x-www-form-urlencoded" }, data: "%E0%A4%A=%&&==" }),
    request.post("/claims/export", { data: "x" }),
    request.post("/", { data: "x" }),
  ];
  for (const res of await Promise.all(hostile)) {
    expect(res.status(), `${res.url()} → ${res.status()}`).toBeLessThan(500);
  }
  // Signed in, but a hostile file name or body: still no 5xx.
  const editor = await signIn(request);
  const named = await request.post(`/api/ingest?name=${PAYLOADS.traversal}`, {
    headers: editor,
    data: "x",
  });
  expect(named.status()).toBe(400);
  const multipart = await request.post("/api/ingest", {
    headers: { ...editor, "content-type": "multipart/form-data; boundary=nope" },
    data: "--garbage--",
  });
  expect(multipart.status()).toBe(400);
});
