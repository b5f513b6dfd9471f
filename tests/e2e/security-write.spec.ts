import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { DB_ROWS_LOCK, rowCounts, upload, WRITE_SECRET } from "./security-helpers";

// Writes need authority: the upload endpoint on the production server.
// (Writing switched off — no WRITE_SECRET — answers 403; that server state is
// covered by tests/security/ingest-route.test.ts, as the shared server has a secret.)

const LIMIT = 10_000_000;

// Row counts must not move under the fuzz spec's feet (see DB_ROWS_LOCK).
test.describe.configure({ lock: DB_ROWS_LOCK });
const page = (tag: string) => `衢江新闻 ${tag}\n\n本报讯 今年1至10月，衢江港货物吞吐量达到${tag.length}万吨。\n`;

test("no secret or a wrong one: 401 and nothing stored", async ({ request }) => {
  const before = await rowCounts(request);
  expect((await upload(request, "a.txt", page(`no-secret-${Date.now()}`), null)).status()).toBe(401);
  expect((await upload(request, "a.txt", page(`wrong-${Date.now()}`), "wrong-secret")).status()).toBe(401);
  expect((await upload(request, "a.txt", page(`prefix-${Date.now()}`), WRITE_SECRET.slice(0, -1))).status()).toBe(401);
  const basic = await request.post("/api/ingest?name=a.txt", {
    headers: { authorization: `Basic ${Buffer.from(`x:${WRITE_SECRET}`).toString("base64")}` },
    data: page("basic"),
  });
  expect(basic.status()).toBe(401);
  expect(await rowCounts(request)).toEqual(before);
});

test("a body over the limit: 413, whether its length is declared or streamed", async ({ request, baseURL }) => {
  const before = await rowCounts(request);
  const big = Buffer.alloc(LIMIT + 1000, 0x61);
  const declared = await request.post("/api/ingest?name=big.txt", {
    headers: { authorization: `Bearer ${WRITE_SECRET}`, "content-type": "text/plain" },
    data: big,
  });
  expect(declared.status()).toBe(413);

  // Chunked, no Content-Length, 12 MB: Next's proxy buffers 10 MiB and cuts
  // the rest, so this proves a cut body is refused, not ingested short.
  const status = await new Promise<number>((resolve, reject) => {
    const u = new URL("/api/ingest?name=chunked.txt", baseURL);
    const req = httpRequest(
      u,
      { method: "POST", headers: { authorization: `Bearer ${WRITE_SECRET}`, "content-type": "text/plain", "transfer-encoding": "chunked" } },
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

test("with the secret: 201 stored, 200 when sent again, links to the article", async ({ request }) => {
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

test("multipart upload with the secret", async ({ request }) => {
  const res = await request.post("/api/ingest", {
    headers: { authorization: `Bearer ${WRITE_SECRET}` },
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
