import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn, TEST_ORIGIN, type SignedIn } from "../helpers/accounts";

// The upload endpoint as a function, against an in-memory PGlite: every
// answer it can give, without a browser or a build. The same contract is
// checked over HTTP in tests/e2e/security-write.spec.ts.

const URL_BASE = `${TEST_ORIGIN}/api/ingest`;
const saved = { ...process.env };

let POST: (r: Request) => Promise<Response>;
let GET: () => Promise<Response>;
let auth: Record<string, string>;
let editor: SignedIn;

beforeAll(async () => {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
  ({ POST, GET } = await import("@/app/api/ingest/route"));
  const { getDb } = await import("@/db/client");
  // Before any account: nobody can write, and GET says editing is not set up.
  expect((await GET().then((r) => r.json())).writable).toBe(false);
  editor = await signedIn(await getDb(), "上传编辑", "editor");
  auth = editor.headers;
});
afterAll(async () => {
  process.env = { ...saved };
  const { getDatabase } = await import("@/db/client");
  await (await getDatabase()).close();
});

const page = (marker: string) =>
  new TextEncoder().encode(`衢江新闻 ${marker}\n\n本报讯 今年1至10月，衢江港货物吞吐量达到1234万吨，同比增长12.5%。\n`);

function upload(body: BodyInit | null, headers: Record<string, string> = {}, query = "?name=page.txt") {
  return new Request(URL_BASE + query, { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

async function counts() {
  return (await (await GET()).json()).counts as Record<string, number>;
}

describe("POST /api/ingest", () => {
  it("says editing is set up once an account exists", async () => {
    expect((await GET().then((r) => r.json())).writable).toBe(true);
  });

  it("answers 401 for a reader, a forged cookie or a bearer secret, 403 from another site, storing nothing", async () => {
    const before = await counts();
    const attempts: Record<string, string>[] = [
      { origin: TEST_ORIGIN },
      { ...auth, cookie: "qj.session_token=forged.token" },
      { authorization: "Bearer test-secret", origin: TEST_ORIGIN },
    ];
    for (const headers of attempts) expect((await POST(upload(page("b"), headers))).status).toBe(401);
    expect((await POST(upload(page("b"), { ...auth, origin: "https://evil.example" }))).status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it("answers 413 for a declared or an actual body over the limit", async () => {
    const { UPLOAD_LIMIT_BYTES } = await import("@/lib/auth/upload");
    const declared = await POST(upload("x", { ...auth, "content-length": String(UPLOAD_LIMIT_BYTES + 1) }));
    expect(declared.status).toBe(413);
    // A stream with no length: refused once it passes the limit.
    const chunk = new Uint8Array(1 << 20).fill(0x61);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent > UPLOAD_LIMIT_BYTES * 2) c.close();
        else {
          sent += chunk.byteLength;
          c.enqueue(chunk);
        }
      },
    });
    const streamed = await POST(upload(stream, auth));
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(UPLOAD_LIMIT_BYTES + 2 * chunk.byteLength);
  });

  it("answers 400 for an empty body or an unusable file name", async () => {
    expect((await POST(upload(new Uint8Array(0), auth))).status).toBe(400);
    expect((await POST(upload(page("c"), auth, "?name=evil.exe"))).status).toBe(400);
    const form = new FormData();
    form.set("note", "no file here");
    expect((await POST(new Request(URL_BASE, { method: "POST", body: form, headers: auth }))).status).toBe(400);
  });

  it("stores a page (201), then knows it (200), with links to its articles", async () => {
    const before = await counts();
    const first = await POST(upload(page("d"), auth));
    const body = await first.json();
    expect(first.status, JSON.stringify(body)).toBe(201);
    expect(body.outcome.status).toBe("new");
    expect(body.articles.length).toBeGreaterThan(0);
    expect(body.articles[0].url).toMatch(/^\/articles\/\d+$/);
    const after = await counts();
    expect(after.documents).toBe(before.documents + 1);

    const again = await POST(upload(page("d"), auth));
    expect(again.status).toBe(200);
    expect((await again.json()).outcome.status).toBe("unchanged");
    expect(await counts()).toEqual(after);
  });

  it("takes a multipart upload, naming the document after the file", async () => {
    const form = new FormData();
    form.set("file", new File([page("e")], "../../今日衢江-e.txt", { type: "text/plain" }));
    const res = await POST(new Request(URL_BASE, { method: "POST", body: form, headers: auth }));
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(201);
    expect(body.fileName).toBe("今日衢江-e.txt");
  });
});
