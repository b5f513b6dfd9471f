// The review write API as functions, against an in-memory PGlite holding one
// uploaded page: authority (bearer, editor cookie, Origin), validation, the
// audit trail, and the editor sign-in form. Over HTTP: tests/e2e/review.spec.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { editorToken, EDITOR_COOKIE } from "@/lib/review/auth";

const SECRET = "test-secret";
const HOST = "127.0.0.1:3000";
const BASE = `http://${HOST}`;
const saved = { ...process.env };

type Handler = (r: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;
let patchClaim: Handler;
let getClaim: Handler;
let reviewClaim: Handler;
let auditOf: Handler;
let postClaim: (r: Request) => Promise<Response>;
let postMapping: (r: Request) => Promise<Response>;
let session: (r: Request) => Promise<Response>;
let claim: { id: number; articleId: number; value: number; quote: string };

const ctx = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });
const bearer = { authorization: `Bearer ${SECRET}` };
const cookie = () => ({ cookie: `${EDITOR_COOKIE}=${editorToken(SECRET)}`, origin: BASE, host: HOST });

function req(method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(BASE + path, {
    method,
    headers: { "content-type": "application/json", host: HOST, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

beforeAll(async () => {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
  process.env.WRITE_SECRET = SECRET;
  const ingest = await import("@/app/api/ingest/route");
  const res = await ingest.POST(
    new Request(`${BASE}/api/ingest?name=page.txt`, {
      method: "POST",
      headers: bearer,
      body: new TextEncoder().encode("衢江新闻\n\n本报讯 今年1至10月，衢江港货物吞吐量达到1234万吨，同比增长12.5%。\n"),
    }),
  );
  expect(res.status).toBe(201);
  ({ PATCH: patchClaim, GET: getClaim } = await import("@/app/api/claims/[id]/route"));
  ({ POST: reviewClaim } = await import("@/app/api/claims/[id]/review/route"));
  ({ GET: auditOf } = await import("@/app/api/claims/[id]/audit/route"));
  ({ POST: postClaim } = await import("@/app/api/claims/route"));
  ({ POST: postMapping } = await import("@/app/api/mappings/route"));
  ({ POST: session } = await import("@/app/api/claims/session/route"));
  const { getDb } = await import("@/db/client");
  const { claims } = await import("@/db/schema");
  const [first] = await (await getDb()).select().from(claims).limit(1);
  claim = { id: first.id, articleId: first.articleId!, value: first.value, quote: first.quote };
});
beforeEach(() => {
  process.env.WRITE_SECRET = SECRET;
});
afterAll(async () => {
  process.env = { ...saved };
  const { getDatabase } = await import("@/db/client");
  await (await getDatabase()).close();
});

describe("review write API", () => {
  it("refuses readers (401), wrong secrets (401), cross-site cookie writes (403), and everyone when writing is off (403)", async () => {
    expect((await patchClaim(req("PATCH", `/api/claims/${claim.id}`, { value: 1 }), ctx(claim.id))).status).toBe(401);
    expect((await patchClaim(req("PATCH", `/api/claims/${claim.id}`, { value: 1 }, { authorization: "Bearer nope-nope" }), ctx(claim.id))).status).toBe(401);
    const foreign = { ...cookie(), origin: "https://evil.example" };
    expect((await patchClaim(req("PATCH", `/api/claims/${claim.id}`, { value: 1 }, foreign), ctx(claim.id))).status).toBe(403);
    expect((await postMapping(req("POST", "/api/mappings", { metric: "x", indicatorId: "macro.x" }))).status).toBe(401);
    delete process.env.WRITE_SECRET;
    expect((await patchClaim(req("PATCH", `/api/claims/${claim.id}`, { value: 1 }, bearer), ctx(claim.id))).status).toBe(403);
    const after = await (await getClaim(req("GET", `/api/claims/${claim.id}`, undefined), ctx(claim.id))).json();
    expect(after.claim.value).toBe(claim.value);
    expect(after.audit).toEqual([]);
  });

  it("rejects malformed requests with 400/415/404/422", async () => {
    expect((await patchClaim(req("PATCH", "/api/claims/abc", { value: 1 }, bearer), ctx("abc"))).status).toBe(400);
    expect((await patchClaim(req("PATCH", `/api/claims/${claim.id}`, { value: "x" }, bearer), ctx(claim.id))).status).toBe(400);
    expect((await patchClaim(req("PATCH", `/api/claims/${claim.id}`, {}, bearer), ctx(claim.id))).status).toBe(400);
    expect((await patchClaim(req("PATCH", `/api/claims/${claim.id}`, { period: "2025-13" }, bearer), ctx(claim.id))).status).toBe(400);
    expect((await patchClaim(req("PATCH", `/api/claims/${claim.id}`, { value: 1, evil: 1 }, bearer), ctx(claim.id))).status).toBe(400);
    expect((await patchClaim(req("PATCH", "/api/claims/999999", { value: 1 }, bearer), ctx(999999))).status).toBe(404);
    expect((await patchClaim(req("PATCH", `/api/claims/${claim.id}`, { indicatorId: "no.such" }, bearer), ctx(claim.id))).status).toBe(422);
    const text = new Request(`${BASE}/api/claims/${claim.id}`, { method: "PATCH", headers: { ...bearer, "content-type": "text/plain" }, body: "{}" });
    expect((await patchClaim(text, ctx(claim.id))).status).toBe(415);
    const missing = { articleId: claim.articleId, quote: "文中没有这句话", value: 1, unit: "个", qualifier: "eq", metric: "x", sector: "macro", status: "actual" };
    expect((await postClaim(req("POST", "/api/claims", missing, bearer))).status).toBe(422);
  });

  it("corrects, confirms, rejects, restores and adds, each logged with its actor", async () => {
    const fixed = await patchClaim(req("PATCH", `/api/claims/${claim.id}`, { value: 13_000_000, qualifier: "gt" }, cookie()), ctx(claim.id));
    expect(fixed.status).toBe(200);
    expect((await fixed.json()).claim).toMatchObject({ value: 13_000_000, qualifier: "gt", reviewState: "corrected" });
    await reviewClaim(req("POST", `/api/claims/${claim.id}/review`, { action: "reject", actor: "王审核" }, bearer), ctx(claim.id));
    await reviewClaim(req("POST", `/api/claims/${claim.id}/review`, { action: "restore" }, bearer), ctx(claim.id));
    const added = await postClaim(
      req("POST", "/api/claims", { articleId: claim.articleId, quote: "同比增长12.5%", value: 12.5, unit: "%", qualifier: "eq", metric: "吞吐量增长", sector: "port", status: "actual", period: "2025" }, bearer),
    );
    expect(added.status).toBe(201);
    const log = (await (await auditOf(req("GET", `/api/claims/${claim.id}/audit`, undefined), ctx(claim.id))).json()).audit;
    expect(log.map((e: { action: string; actor: string }) => [e.action, e.actor])).toEqual([
      ["correct", "editor"],
      ["reject", "王审核"],
      ["restore", "editor"],
    ]);
    expect(log[0]).toMatchObject({ before: { value: claim.value, qualifier: "eq", reviewState: "auto" }, after: { value: 13_000_000, qualifier: "gt", reviewState: "corrected" } });
    expect((await (await getClaim(req("GET", "/", undefined), ctx(claim.id))).json()).claim.reviewState).toBe("corrected");
  });

  it("signs an editor in with the secret (cookie, back to the page) and refuses a wrong one or another site", async () => {
    const form = (body: string, origin = BASE) =>
      new Request(`${BASE}/api/claims/session`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", origin, host: HOST }, body });
    const ok = await session(form(`secret=${SECRET}&name=${encodeURIComponent("李编辑")}&next=/articles/1`));
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/articles/1");
    const cookies = ok.headers.getSetCookie();
    expect(cookies.some((c) => c.startsWith(`${EDITOR_COOKIE}=${editorToken(SECRET)};`) && /HttpOnly/.test(c) && /SameSite=Strict/.test(c))).toBe(true);
    expect(cookies.join("\n")).not.toContain(SECRET + ";");

    const wrong = await session(form("secret=wrong-secret&next=/articles/1"));
    expect(wrong.headers.get("location")).toBe("/articles/1#editor-failed");
    expect(wrong.headers.getSetCookie()).toEqual([]);
    expect((await session(form(`secret=${SECRET}`, "https://evil.example"))).status).toBe(403);
    expect((await session(form("secret=x&next=https://evil.example"))).headers.get("location")).toBe("/#editor-failed");
  });
});
