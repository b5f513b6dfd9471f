import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { DB_ROWS_LOCK, E2E_EDITOR, originOf, rowCounts, signIn, upload } from "./security-helpers";

// Writes need authority: the upload endpoint on the production server.
// (Before any account exists nobody can write; that server state is covered by
// tests/security/ingest-route.test.ts, as the shared server has accounts.)

const LIMIT = 10_000_000;

// Row counts must not move under the fuzz spec's feet (see DB_ROWS_LOCK).
test.describe.configure({ lock: DB_ROWS_LOCK });
const page = (tag: string) => `衢江新闻 ${tag}\n\n本报讯 今年1至10月，衢江港货物吞吐量达到${tag.length}万吨。\n`;

test("a reader, a wrong password, a forged cookie or a bearer secret: 401 and nothing stored", async ({ request, playwright, baseURL }) => {
  const before = await rowCounts(request);
  const origin = await originOf(request);
  expect((await upload(request, "a.txt", page(`reader-${Date.now()}`), null)).status()).toBe(401);
  const wrong = await request.post("/signin/submit", { form: { email: E2E_EDITOR.email, password: "wrong password", next: "/" }, headers: { origin, "x-forwarded-for": "198.18.0.1" }, maxRedirects: 0 });
  expect(wrong.headers()["location"]).toMatch(/^\/signin\?error=1/);
  expect((await upload(request, "a.txt", page(`wrong-${Date.now()}`), null)).status()).toBe(401);
  const forged = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: "qj.session_token=forged.token", origin } });
  expect((await forged.post("/api/ingest?name=a.txt", { data: page("forged") })).status()).toBe(401);
  await forged.dispose();
  const bearer = await request.post("/api/ingest?name=a.txt", { headers: { authorization: "Bearer test-secret", origin }, data: page("bearer") });
  expect(bearer.status()).toBe(401);
  expect(await rowCounts(request)).toEqual(before);
});

test("a body over the limit: 413, whether its length is declared or streamed", async ({ request, baseURL }) => {
  const before = await rowCounts(request);
  const { origin, cookie } = await signIn(request);
  const big = Buffer.alloc(LIMIT + 1000, 0x61);
  const declared = await request.post("/api/ingest?name=big.txt", {
    headers: { origin, cookie, "content-type": "text/plain" },
    data: big,
  });
  expect(declared.status()).toBe(413);

  // Chunked, no Content-Length, 12 MB: Next's proxy buffers 10 MiB and cuts
  // the rest, so this proves a cut body is refused, not ingested short.
  const status = await new Promise<number>((resolve, reject) => {
    const u = new URL("/api/ingest?name=chunked.txt", baseURL);
    const req = httpRequest(
      u,
      { method: "POST", headers: { cookie, origin, "content-type": "text/plain", "transfer-encoding": "chunked" } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", (err) => ((err as NodeJS.ErrnoException).code === "EPIPE" || (err as NodeJS.ErrnoException).code === "ECONNRESET" ? undefined : reject(err)));
    const chunk = Buffer.alloc(1 << 20, 0x61);
    let i = 0;
    const write = () => {
      while (i < 12) {
        i++;
        if (!req.write(chunk)) return void req.once("drain", write);
      }
      req.end();
    };
    write();
  });
  expect(status).toBe(413);
  expect(await rowCounts(request)).toEqual(before);
});

test("as a signed-in editor: 201 stored, 200 when sent again, links to the article", async ({ request }) => {
  const before = await rowCounts(request);
  const text = page(`write-ok-${Date.now()}-${Math.random()}`);
  const first = await upload(request, "write-ok.txt", text);
  const body = await first.json();
  expect(first.status(), JSON.stringify(body)).toBe(201);
  expect(body.outcome.status).toBe("new");
  expect(body.articles[0].url).toMatch(/^\/articles\/\d+$/);
  const after = await rowCounts(request);
  expect(after.documents).toBe(before.documents + 1);
  expect(after.articles).toBeGreaterThan(before.articles);

  const again = await upload(request, "write-ok.txt", text);
  expect(again.status()).toBe(200);
  expect((await again.json()).outcome.status).toBe("unchanged");
  expect(await rowCounts(request)).toEqual(after);

  const article = await request.get(body.articles[0].url);
  expect(article.status()).toBe(200);
});

test("multipart upload as a signed-in editor", async ({ request }) => {
  const res = await request.post("/api/ingest", {
    headers: await signIn(request),
    multipart: {
      file: { name: "multipart.txt", mimeType: "text/plain", buffer: Buffer.from(page(`multipart-${Date.now()}`)) },
    },
  });
  expect(res.status()).toBe(201);
  expect((await res.json()).fileName).toBe("multipart.txt");
});

test("GET /api/ingest says writing is on and what the limit is", async ({ request }) => {
  const res = await request.get("/api/ingest");
  expect(await res.json()).toMatchObject({ writable: true, limitBytes: LIMIT });
});
