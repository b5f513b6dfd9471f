// POST /api/ingest beyond one text file: a signed-in editor's cookie (the
// upload page), PDF editions, and URL lists streamed one line per item, against
// an in-memory PGlite and a news site served by this test.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn, TEST_ORIGIN, type SignedIn } from "../helpers/accounts";
import { startFixtureSite, type FixtureSite } from "../fixtures/site/server";

const ORIGIN = TEST_ORIGIN;
const saved = { ...process.env };
let POST: (r: Request) => Promise<Response>;
let site: FixtureSite;

beforeAll(async () => {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
  Object.assign(process.env, { FETCH_ALLOW_PRIVATE: "1", FETCH_DELAY_MS: "10", FETCH_TIMEOUT_MS: "2000", FETCH_BACKOFF_MS: "10" });
  ({ POST } = await import("@/app/api/ingest/route"));
  site = await startFixtureSite();
  const { getDb } = await import("@/db/client");
  editor = (await signedIn(await getDb(), "上传编辑", "editor")).headers;
});
afterAll(async () => {
  process.env = { ...saved };
  await site?.close();
  const { getDatabase } = await import("@/db/client");
  await (await getDatabase()).close();
});

let editor: SignedIn["headers"];
const post = (body: BodyInit, headers: Record<string, string>) => new Request(`${ORIGIN}/api/ingest`, { method: "POST", body, headers, duplex: "half" } as RequestInit);
const lines = async (res: Response) => (await res.text()).trim().split("\n").map((l) => JSON.parse(l));

describe("POST /api/ingest for the upload page", () => {
  it("a signed-in editor's cookie from this site's page may write; from another site it may not; no cookie is 401", async () => {
    const form = () => {
      const f = new FormData();
      f.set("file", new File([new TextEncoder().encode("本报讯 今年1至4月，全区新增市场主体3200户。\n")], "cookie.txt"));
      return f;
    };
    expect((await POST(post(form(), editor))).status).toBe(201);
    expect((await POST(post(form(), { ...editor, origin: "https://evil.example" }))).status).toBe(403);
    expect((await POST(post(form(), { origin: ORIGIN, host: editor.host }))).status).toBe(401);
    expect((await POST(post(form(), { ...editor, cookie: "qj.session_token=forged.token" }))).status).toBe(401);
  });

  it("a PDF edition: one outcome per page; a scan fails with the reason", async () => {
    const pdf = (name: string) => {
      const f = new FormData();
      f.set("file", new File([readFileSync(`tests/fixtures/pdf/${name}`)], name, { type: "application/pdf" }));
      return f;
    };
    const res = await POST(post(pdf("edition.pdf"), editor));
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(201);
    expect(body.outcomes.map((o: { source: string; status: string }) => [o.source, o.status])).toEqual([
      ["edition.pdf#page=1", "new"],
      ["edition.pdf#page=2", "new"],
    ]);
    expect(body.outcomes[0].articles[0].url).toMatch(/^\/articles\/\d+$/);
    const scan = await POST(post(pdf("scan.pdf"), editor));
    expect(scan.status).toBe(422);
    expect((await scan.json()).outcomes).toEqual([{ source: "scan.pdf", status: "failed", reason: "no text layer: OCR needed", claims: 0, articles: [] }]);
  });

  it("a URL list streams a line per item, a listing line per feed, then the summary", async () => {
    const res = await POST(post(JSON.stringify({ urls: [`${site.origin}/feed.xml`, `${site.origin}/missing.html`] }), { ...editor, "content-type": "application/json" }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const out = await lines(res);
    expect(out[0]).toEqual({ listing: { url: `${site.origin}/feed.xml`, kind: "feed", listed: 3, toFetch: 3 } });
    const items = out.filter((l) => "status" in l);
    expect(items.map((i) => [i.source.replace(site.origin, ""), i.status]).sort()).toEqual([
      ["/missing.html", "failed"],
      ["/news/a1.html", "new"],
      ["/news/a2.html", "new"],
      ["/news/a3.html", "new"],
    ]);
    expect(items.find((i) => i.status === "failed").reason).toBe("HTTP 404 Not Found");
    expect(out.at(-1)).toMatchObject({ done: true, summary: { new: 3, failed: 1 } });
  });

  it("refuses a URL list that is not one: not http(s), too many, malformed", async () => {
    const send = (body: string) => POST(post(body, { ...editor, "content-type": "application/json" }));
    expect((await send(JSON.stringify({ urls: ["file:///etc/passwd"] }))).status).toBe(400);
    expect((await send(JSON.stringify({ urls: Array.from({ length: 21 }, (_, i) => `http://a.test/${i}`) }))).status).toBe(400);
    expect((await send("{")).status).toBe(400);
  });
});
