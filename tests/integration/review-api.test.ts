// The review write API as functions, against an in-memory PGlite holding one
// uploaded page: authority (a signed-in account from this site's page; readers
// 401, other sites 403), validation, the audit trail by account, and the
// sign-in form. Over HTTP: tests/e2e/review.spec.ts. On both databases with
// two editors and a disabled one: tests/integration/accounts.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postSignin, signedIn, TEST_HOST, TEST_ORIGIN, TEST_PASSWORD, type SignedIn } from "../helpers/accounts";

const HOST = TEST_HOST;
const BASE = TEST_ORIGIN;
const saved = { ...process.env };

type Handler = (r: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;
let patchClaim: Handler;
let getClaim: Handler;
let reviewClaim: Handler;
let auditOf: Handler;
let postClaim: (r: Request) => Promise<Response>;
let postMapping: (r: Request) => Promise<Response>;
let claim: { id: number; articleId: number; value: number; quote: string };
let editor: SignedIn;
let other: SignedIn;

const ctx = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });
const cookie = () => editor.headers;

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
  const { getDb } = await import("@/db/client");
  const db = await getDb();
  editor = await signedIn(db, "李编辑", "editor");
  other = await signedIn(db, "王审核", "editor");
  const ingest = await import("@/app/api/ingest/route");
  const res = await ingest.POST(
    new Request(`${BASE}/api/ingest?name=page.txt`, {
      method: "POST",
      headers: editor.headers,
      body: new TextEncoder().encode("衢江新闻\n\n本报讯 今年1至10月，衢江港货物吞吐量达到1234万吨，同比增长12.5%。\n"),
    }),
  );
  expect(res.status).toBe(201);
  ({ PATCH: patchClaim, GET: getClaim } = await import("@/app/api/claims/[id]/route"));
  ({ POST: reviewClaim } = await import("@/app/api/claims/[id]/review/route"));
  ({ GET: auditOf } = await import("@/app/api/claims/[id]/audit/route"));
  ({ POST: postClaim } = await import("@/app/api/claims/route"));
  ({ POST: postMapping } = await import("@/app/api/mappings/route"));
  const { claims } = await import("@/db/schema");
  const [first] = await db.select().from(claims).limit(1);
  claim = { id: first.id, articleId: first.articleId!, value: first.value, quote: first.quote };
});
afterAll(async () => {
  process.env = { ...saved };
  const { getDatabase } = await import("@/db/client");
  await (await getDatabase()).close();
});

describe("review write API", () => {
  it("refuses readers (401), forged or old cookies (401), cross-site cookie writes (403); a refused write changes nothing", async () => {
    expect((await patchClaim(req("PATCH", `/api/claims/${claim.id}`, { value: 1 }), ctx(claim.id))).status).toBe(401);
    expect((await patchClaim(req("PATCH", `/api/claims/${claim.id}`, { value: 1 }, { ...cookie(), cookie: "qj.session_token=forged.value" }), ctx(claim.id))).status).toBe(401);
    expect((await patchClaim(req("PATCH", `/api/claims/${claim.id}`, { value: 1 }, { authorization: "Bearer test-secret" }), ctx(claim.id))).status).toBe(401);
    const foreign = { ...cookie(), origin: "https://evil.example" };
    expect((await patchClaim(req("PATCH", `/api/claims/${claim.id}`, { value: 1 }, foreign), ctx(claim.id))).status).toBe(403);
    const noOrigin = { cookie: cookie().cookie, host: HOST };
    expect((await patchClaim(req("PATCH", `/api/claims/${claim.id}`, { value: 1 }, noOrigin), ctx(claim.id))).status).toBe(403);
    expect((await postMapping(req("POST", "/api/mappings", { metric: "x", indicatorId: "macro.x" }))).status).toBe(401);
    const after = await (await getClaim(req("GET", `/api/claims/${claim.id}`, undefined), ctx(claim.id))).json();
    expect(after.claim.value).toBe(claim.value);
    expect(after.audit).toEqual([]);
  });

  it("rejects malformed requests with 400/415/404/422", async () => {
    expect((await patchClaim(req("PATCH", "/api/claims/abc", { value: 1 }, cookie()), ctx("abc"))).status).toBe(400);
    expect((await patchClaim(req("PATCH", `/api/claims/${claim.id}`, { value: "x" }, cookie()), ctx(claim.id))).status).toBe(400);
    expect((await patchClaim(req("PATCH", `/api/claims/${claim.id}`, {}, cookie()), ctx(claim.id))).status).toBe(400);
    expect((await patchClaim(req("PATCH", `/api/claims/${claim.id}`, { period: "2025-13" }, cookie()), ctx(claim.id))).status).toBe(400);
    expect((await patchClaim(req("PATCH", `/api/claims/${claim.id}`, { value: 1, evil: 1 }, cookie()), ctx(claim.id))).status).toBe(400);
    expect((await patchClaim(req("PATCH", "/api/claims/999999", { value: 1 }, cookie()), ctx(999999))).status).toBe(404);
    expect((await patchClaim(req("PATCH", `/api/claims/${claim.id}`, { indicatorId: "no.such" }, cookie()), ctx(claim.id))).status).toBe(422);
    const text = new Request(`${BASE}/api/claims/${claim.id}`, { method: "PATCH", headers: { ...cookie(), "content-type": "text/plain" }, body: "{}" });
    expect((await patchClaim(text, ctx(claim.id))).status).toBe(415);
    const missing = { articleId: claim.articleId, quote: "文中没有这句话", value: 1, unit: "个", qualifier: "eq", metric: "x", sector: "macro", status: "actual" };
    expect((await postClaim(req("POST", "/api/claims", missing, cookie()))).status).toBe(422);
  });

  it("corrects, rejects, restores and adds, each logged with the account that did it (a name in the body is ignored)", async () => {
    const fixed = await patchClaim(req("PATCH", `/api/claims/${claim.id}`, { value: 13_000_000, qualifier: "gt" }, cookie()), ctx(claim.id));
    expect(fixed.status).toBe(200);
    expect((await fixed.json()).claim).toMatchObject({ value: 13_000_000, qualifier: "gt", reviewState: "corrected" });
    await reviewClaim(req("POST", `/api/claims/${claim.id}/review`, { action: "reject", actor: "冒名者" }, other.headers), ctx(claim.id));
    await reviewClaim(req("POST", `/api/claims/${claim.id}/review`, { action: "restore" }, cookie()), ctx(claim.id));
    const added = await postClaim(
      req("POST", "/api/claims", { articleId: claim.articleId, quote: "同比增长12.5%", value: 12.5, unit: "%", qualifier: "eq", metric: "吞吐量增长", sector: "port", status: "actual", period: "2025" }, cookie()),
    );
    expect(added.status).toBe(201);
    const log = (await (await auditOf(req("GET", `/api/claims/${claim.id}/audit`, undefined), ctx(claim.id))).json()).audit;
    expect(log.map((e: { action: string; actor: string }) => [e.action, e.actor])).toEqual([
      ["correct", "李编辑"],
      ["reject", "王审核"],
      ["restore", "李编辑"],
    ]);
    expect(log[0].userId).toMatch(/\S/);
    expect(log[1].userId).not.toBe(log[0].userId);
    expect(log[2].userId).toBe(log[0].userId);
    expect(log[0]).toMatchObject({ before: { value: claim.value, qualifier: "eq", reviewState: "auto" }, after: { value: 13_000_000, qualifier: "gt", reviewState: "corrected" } });
    expect((await (await getClaim(req("GET", "/", undefined), ctx(claim.id))).json()).claim.reviewState).toBe("corrected");
  });

  it("signs an account in (httpOnly, SameSite=Lax session cookie, back to the page) and refuses a wrong password or another site alike", async () => {
    const ok = await postSignin(editor.email, TEST_PASSWORD);
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/");
    const session = ok.headers.getSetCookie().find((c) => c.startsWith("qj.session_token="));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).not.toMatch(/Secure/i); // plain HTTP here
    expect(ok.headers.getSetCookie().join("\n")).not.toContain(TEST_PASSWORD);
    // Behind HTTPS the cookie is Secure (and __Secure- named).
    const secure = await postSignin(editor.email, TEST_PASSWORD, { "x-forwarded-proto": "https" });
    expect(secure.headers.getSetCookie().find((c) => c.startsWith("__Secure-qj.session_token="))).toMatch(/;\s*Secure/i);

    const wrongPassword = await postSignin(editor.email, "wrong password here", { "x-forwarded-for": "203.0.113.50" });
    const unknownEmail = await postSignin("nobody@example.test", TEST_PASSWORD, { "x-forwarded-for": "203.0.113.51" });
    // The same answer whichever was wrong: nothing tells whether the email exists.
    expect(wrongPassword.status).toBe(303);
    expect(wrongPassword.headers.get("location")).toBe("/signin?error=1&next=%2F");
    expect(unknownEmail.headers.get("location")).toBe(wrongPassword.headers.get("location"));
    expect(wrongPassword.headers.getSetCookie()).toEqual([]);
    expect((await postSignin(editor.email, TEST_PASSWORD, { origin: "https://evil.example" })).status).toBe(403);
  });
});
