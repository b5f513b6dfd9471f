// `npm run ingest -- URL...` against a news site served by the test itself
// (tests/fixtures/site/server.ts): pages, a feed, a site map, robots.txt,
// timeouts, errors and PDF editions. Every failure is one line naming the URL
// and the reason; every good item is stored once; a second run stores nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { correctClaim } from "@/db/review/claims";
import { startFixtureSite, type FixtureSite } from "../fixtures/site/server";
import { BACKENDS, createTestDatabase, query, runIngest, tableCounts, type TestDatabase } from "./backends";

const lastJson = (stdout: string) => JSON.parse(stdout.trim().split("\n").at(-1)!);

const PATHS = ["/news/port.html", "/feed.xml", "/sitemap.xml", "/slow.html", "/missing.html", "/flaky.html", "/image.png", "/edition.pdf", "/scan.pdf"];

async function withDb<T>(t: TestDatabase, fn: (d: Database) => Promise<T>): Promise<T> {
  const d = await t.open();
  try {
    return await fn(d);
  } finally {
    await d.close();
  }
}

describe.each(BACKENDS)("ingest from URLs on %s", (backend) => {
  let t: TestDatabase;
  let site: FixtureSite;
  let env: NodeJS.ProcessEnv;
  const url = (p: string) => site.origin + p;

  beforeAll(async () => {
    t = await createTestDatabase(backend);
    site = await startFixtureSite();
    // Short enough for a test, long enough for a loaded machine; the slow page is far slower.
    site.slowMs = 10_000;
    env = { ...t.env, FETCH_ALLOW_PRIVATE: "1", FETCH_DELAY_MS: "20", FETCH_TIMEOUT_MS: "3000", FETCH_BACKOFF_MS: "20", FETCH_RETRIES: "2", INGEST_WORKERS: "0" };
  });
  afterAll(async () => {
    await site?.close();
    await t?.drop();
  });

  it("stores every good item once and names each failure with its URL and reason", async () => {
    const run = await runIngest(["--json", ...PATHS.map(url)], env);
    expect(run.code).toBe(1); // some sources failed
    const failures = run.stderr.split("\n").filter((l) => l.startsWith("http") && !/: (feed|sitemap),/.test(l));
    expect(failures.sort()).toEqual(
      [
        `${url("/image.png")}: unsupported content type image/png (expected an HTML page, a feed, a site map or a PDF)`,
        `${url("/missing.html")}: HTTP 404 Not Found`,
        `${url("/private/secret.html")}: forbidden by robots.txt`,
        `${url("/scan.pdf")}: no text layer: OCR needed`,
        `${url("/slow.html")}: timed out after 3 s`,
      ].sort(),
    );
    // port, three feed items, one site-map page, the flaky page (after a retry), two PDF pages.
    expect(lastJson(run.stdout)).toMatchObject({ new: 8, failed: 5, reExtracted: 0 });
    expect(site.requests.filter((p) => p === "/private/secret.html")).toEqual([]);
    expect(site.requests.filter((p) => p === "/flaky.html")).toHaveLength(2);
    expect(site.maxConcurrent).toBe(1);

    await withDb(t, async (d) => {
      const docs = await query<{ source_url: string; fetched_at: unknown; published_at: string | null; date_source: string; title: string | null; source: string | null; normalised_text: string }>(
        d,
        "select source_url, fetched_at, published_at::text, date_source, title, source, normalised_text from documents order by source_url",
      );
      expect(docs.map((x) => x.source_url.replace(site.origin, ""))).toEqual(
        ["/edition.pdf#page=1", "/edition.pdf#page=2", "/flaky.html", "/news/a1.html", "/news/a2.html", "/news/a3.html", "/news/port.html", "/news/s1.html"],
      );
      expect(docs.every((x) => x.fetched_at !== null)).toBe(true);
      const port = docs.find((x) => x.source_url.endsWith("/news/port.html"))!;
      // The page's own date line is kept for the date rules; navigation and footer are not.
      expect(port).toMatchObject({ published_at: "2025-05-20", date_source: "masthead", title: "衢州港前4月货物吞吐量增长12.5%", source: "今日衢江" });
      expect(port.normalised_text).toContain("320万吨");
      expect(port.normalised_text).not.toMatch(/友情链接|版权所有|热门推荐/);
      const page1 = docs.find((x) => x.source_url.endsWith("#page=1"))!;
      expect(page1).toMatchObject({ published_at: "2025-05-20", date_source: "masthead" });
      // Column 1 is read before column 2 although the PDF draws column 2 first.
      expect(page1.normalised_text.indexOf("320万吨")).toBeLessThan(page1.normalised_text.indexOf("45亿元"));
      const portClaims = await query<{ value: number; unit: string }>(
        d,
        `select c.value, c.unit from claims c join documents d on d.id = c.document_id where d.source_url like '%/news/port.html'`,
      );
      expect(portClaims).toContainEqual({ value: 3200000, unit: "吨" });
    });
  });

  it("a second run fetches no stored feed item again and stores nothing new", async () => {
    const before = await withDb(t, tableCounts);
    const requestsBefore = site.requests.length;
    const run = await runIngest(["--json", ...PATHS.map(url)], env);
    expect(lastJson(run.stdout)).toMatchObject({ new: 0, reExtracted: 0, failed: 5, claims: 0 });
    expect(await withDb(t, tableCounts)).toEqual(before);
    const again = site.requests.slice(requestsBefore);
    for (const item of ["/news/a1.html", "/news/a2.html", "/news/a3.html", "/news/s1.html"]) expect(again).not.toContain(item);
  });

  it("a page whose content changed is re-extracted in place, keeping an editor's correction", async () => {
    const first = await runIngest(["--json", url("/changing.html")], env);
    expect(lastJson(first.stdout), first.stderr).toMatchObject({ new: 1 });
    const [doc] = await withDb(t, (d) => query<{ id: number; content_hash: string }>(d, `select id, content_hash from documents where source_url = '${url("/changing.html")}'`));
    const claimsBefore = await withDb(t, (d) => query<{ id: number; value: number; quote: string }>(d, `select id, value, quote from claims where document_id = ${doc.id} order by seq`));
    const invest = claimsBefore.find((c) => c.value === 5200000000)!;
    expect(invest).toBeDefined();
    await withDb(t, (d) => correctClaim(d.db, invest.id, { value: 5300000000 }, { name: "test editor", userId: null }));

    const unchanged = await runIngest(["--json", url("/changing.html")], env);
    expect(lastJson(unchanged.stdout)).toMatchObject({ new: 0, unchanged: 1, reExtracted: 0 });

    site.changing.body = "今年1至4月，全区固定资产投资增长10.2%，其中工业投资52亿元，民间投资31亿元。";
    const changed = await runIngest(["--json", url("/changing.html")], env);
    expect(lastJson(changed.stdout)).toMatchObject({ new: 0, reExtracted: 1, failed: 0 });
    await withDb(t, async (d) => {
      const docs = await query<{ id: number; content_hash: string }>(d, `select id, content_hash from documents where source_url = '${url("/changing.html")}'`);
      expect(docs).toHaveLength(1);
      expect(docs[0].id).toBe(doc.id);
      expect(docs[0].content_hash).not.toBe(doc.content_hash);
      const after = await query<{ id: number; value: number; review_state: string }>(d, `select id, value, review_state from claims where document_id = ${doc.id}`);
      expect(after).toContainEqual({ id: invest.id, value: 5300000000, review_state: "corrected" });
      expect(after.map((c) => c.value)).toContain(3100000000);
    });
  });

  it("a PDF file on disk becomes one document per page, and a text-less one is refused", async () => {
    const { ROOT } = await import("./backends");
    const run = await runIngest(["--json", `${ROOT}/tests/fixtures/pdf/edition.pdf`, `${ROOT}/tests/fixtures/pdf/scan.pdf`], env);
    // The same pages were stored from the URL: same text, so nothing new.
    expect(lastJson(run.stdout)).toMatchObject({ new: 0, unchanged: 2, failed: 1 });
    expect(run.stderr).toContain(`${ROOT}/tests/fixtures/pdf/scan.pdf: no text layer: OCR needed`);
    expect(run.stderr).toMatch(/unchanged .*edition\.pdf#page=1/);
  });
});
