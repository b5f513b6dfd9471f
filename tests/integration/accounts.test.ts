// Accounts on both databases, through the real routes: two editors correct two
// claims and the audit names each; an admin disables one and its next request
// is refused; a reader's POST is 401 and an editor's account-admin request 403;
// 6 wrong passwords within a minute give 429 with Retry-After, per account and
// per address. The `npm run user` commands run for real first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postSignin, signedIn, TEST_HOST, TEST_ORIGIN, TEST_PASSWORD, type SignedIn } from "../helpers/accounts";
import { BACKENDS, createTestDatabase, runTs, type TestDatabase } from "./backends";

const GLOBAL_DB = Symbol.for("qujiang.database");
const saved = { ...process.env };

async function closeProcessDatabase() {
  const g = globalThis as Record<symbol, Promise<{ close(): Promise<void> }> | undefined>;
  const open = g[GLOBAL_DB];
  delete g[GLOBAL_DB];
  if (open) await (await open).close();
}

describe.each(BACKENDS)("accounts on %s", (backend) => {
  let t: TestDatabase;
  let admin: SignedIn;
  let zhang: SignedIn;
  let li: SignedIn;
  let claimIds: number[];
  const ctx = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });
  const json = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    new Request(TEST_ORIGIN + path, { method, headers: { "content-type": "application/json", host: TEST_HOST, ...headers }, body: JSON.stringify(body) });
  const form = (path: string, fields: Record<string, string>, headers: Record<string, string>) =>
    new Request(TEST_ORIGIN + path, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...headers }, body: new URLSearchParams(fields).toString() });

  beforeAll(async () => {
    t = await createTestDatabase(backend);
    // The first admin, as a new deployment makes it: on the server, password on stdin.
    const added = await runTs("cli/user.ts", ["add", "管理员", "admin@example.test", "--role", "admin"], t.env, { input: `${TEST_PASSWORD}\n` });
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain("added admin 管理员 <admin@example.test>");
    const listed = await runTs("cli/user.ts", ["list"], t.env);
    expect(listed.stdout.trim()).toBe("admin@example.test\t管理员\tadmin\tactive");
    const weak = await runTs("cli/user.ts", ["add", "弱", "weak@example.test", "--role", "editor"], t.env, { input: "short\n" });
    expect(weak.code).toBe(1);
    expect(weak.stderr.trim()).toBe("user: a password has at least 10 characters");

    // This process now serves the routes on the same database.
    await closeProcessDatabase();
    process.env.DATABASE_URL = t.env.DATABASE_URL ?? "";
    process.env.PGLITE_DIR = t.env.PGLITE_DIR ?? "";
    const { getDb } = await import("@/db/client");
    const db = await getDb();
    admin = await signedIn(db, "管理员", "admin", { email: "admin@example.test", create: false });
    zhang = await signedIn(db, "张三", "editor");
    li = await signedIn(db, "李四", "editor");
    const ingest = await import("@/app/api/ingest/route");
    const res = await ingest.POST(
      new Request(`${TEST_ORIGIN}/api/ingest?name=accounts-${backend}.txt`, {
        method: "POST",
        headers: zhang.headers,
        body: new TextEncoder().encode("衢江新闻\n\n本报讯 今年1至10月，衢江港货物吞吐量达到1234万吨，同比增长12.5%，集装箱吞吐量3.2万标箱。\n"),
      }),
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    const { claims } = await import("@/db/schema");
    const { eq } = await import("drizzle-orm");
    claimIds = (await db.select({ id: claims.id }).from(claims).where(eq(claims.documentId, body.outcome.documentId))).map((r) => r.id).sort((a, b) => a - b);
    expect(claimIds.length).toBeGreaterThanOrEqual(2);
  });
  afterAll(async () => {
    await closeProcessDatabase();
    process.env = { ...saved };
    await t?.drop();
  });

  it("two editors correct two claims; the audit names each, with its account; the upload is on record too", async () => {
    const { PATCH } = await import("@/app/api/claims/[id]/route");
    const { GET: audit } = await import("@/app/api/claims/[id]/audit/route");
    expect((await PATCH(json("PATCH", `/api/claims/${claimIds[0]}`, { value: 11 }, zhang.headers), ctx(claimIds[0]))).status).toBe(200);
    expect((await PATCH(json("PATCH", `/api/claims/${claimIds[1]}`, { value: 22, actor: "冒名者" }, li.headers), ctx(claimIds[1]))).status).toBe(200);
    const first = (await (await audit(new Request(TEST_ORIGIN), ctx(claimIds[0]))).json()).audit;
    const second = (await (await audit(new Request(TEST_ORIGIN), ctx(claimIds[1]))).json()).audit;
    expect(first.map((e: { actor: string; action: string }) => [e.actor, e.action])).toEqual([["张三", "correct"]]);
    expect(second.map((e: { actor: string; action: string }) => [e.actor, e.action])).toEqual([["李四", "correct"]]);
    expect(first[0].userId).toBeTruthy();
    expect(second[0].userId).toBeTruthy();
    expect(first[0].userId).not.toBe(second[0].userId);

    const { getDb } = await import("@/db/client");
    const { uploadAudit } = await import("@/db/schema");
    const uploads = await (await getDb()).select().from(uploadAudit);
    expect(uploads.map((u) => [u.actor, u.status, u.source])).toEqual([["张三", "new", `accounts-${backend}.txt`]]);
    expect(uploads[0].userId).toBe(first[0].userId);
  });

  it("a reader's POST is 401; an editor's account-admin request is 403; an admin's goes through", async () => {
    const { POST: addClaim } = await import("@/app/api/claims/route");
    const { POST: ingest } = await import("@/app/api/ingest/route");
    const { POST: manage } = await import("@/app/accounts/submit/route");
    const reader = { origin: TEST_ORIGIN, host: TEST_HOST };
    expect((await addClaim(json("POST", "/api/claims", { articleId: 1 }, reader))).status).toBe(401);
    expect((await ingest(new Request(`${TEST_ORIGIN}/api/ingest?name=x.txt`, { method: "POST", headers: reader, body: "本报讯 全区新增市场主体3200户。" }))).status).toBe(401);
    const create = { action: "create", name: "王五", email: `wang-${backend}@example.test`, password: TEST_PASSWORD, role: "editor" };
    expect((await manage(form("/accounts/submit", create, reader))).status).toBe(401);
    expect((await manage(form("/accounts/submit", create, zhang.headers))).status).toBe(403);
    expect((await manage(form("/accounts/submit", { action: "role", email: zhang.email, role: "admin" }, zhang.headers))).status).toBe(403);
    expect((await manage(form("/accounts/submit", create, { ...admin.headers, origin: "https://evil.example" }))).status).toBe(403);
    const made = await manage(form("/accounts/submit", create, admin.headers));
    expect(made.status).toBe(303);
    expect(made.headers.get("location")).toBe("/accounts?done=created");
    const again = await manage(form("/accounts/submit", create, admin.headers));
    expect(again.status).toBe(409);
  });

  it("an admin disables an editor: its next request is refused, its sign-in too", async () => {
    const { PATCH } = await import("@/app/api/claims/[id]/route");
    const { POST: manage } = await import("@/app/accounts/submit/route");
    expect((await PATCH(json("PATCH", `/api/claims/${claimIds[1]}`, { value: 23 }, li.headers), ctx(claimIds[1]))).status).toBe(200);
    const disabled = await manage(form("/accounts/submit", { action: "disable", email: li.email }, admin.headers));
    expect(disabled.status).toBe(303);
    // The same cookie, the very next request.
    expect((await PATCH(json("PATCH", `/api/claims/${claimIds[1]}`, { value: 24 }, li.headers), ctx(claimIds[1]))).status).toBe(401);
    const back = await postSignin(li.email, TEST_PASSWORD, { "x-forwarded-for": `192.0.2.${backend === "pglite" ? 10 : 11}` });
    expect(back.headers.get("location")).toMatch(/^\/signin\?error=1/);
    expect(back.headers.getSetCookie()).toEqual([]);
    // The other editor is untouched.
    expect((await PATCH(json("PATCH", `/api/claims/${claimIds[0]}`, { value: 12 }, zhang.headers), ctx(claimIds[0]))).status).toBe(200);
    // The last admin cannot be disabled.
    const last = await manage(form("/accounts/submit", { action: "disable", email: admin.email }, admin.headers));
    expect(last.status).toBe(409);
  });

  it("6 wrong passwords within a minute give 429 with Retry-After, for one account and for one address", async () => {
    const address = (n: number) => `203.0.113.${backend === "pglite" ? n : n + 100}`;
    // One account, a different address each time: the account's count stops the 6th.
    for (let i = 1; i <= 5; i++) {
      const r = await postSignin(zhang.email, `wrong password ${i}`, { "x-forwarded-for": address(i) });
      expect(r.status, `attempt ${i}`).toBe(303);
    }
    const sixth = await postSignin(zhang.email, "wrong password 6", { "x-forwarded-for": address(6) });
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(sixth.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    // Even the right password waits: a guesser learns nothing from the 6th try.
    expect((await postSignin(zhang.email, TEST_PASSWORD, { "x-forwarded-for": address(7) })).status).toBe(429);

    // One address, a different account each time: the address's count stops the 6th.
    const from = { "x-forwarded-for": address(20) };
    for (let i = 1; i <= 5; i++) expect((await postSignin(`nobody${i}@example.test`, "wrong password", from)).status).toBe(303);
    const blocked = await postSignin(admin.email, TEST_PASSWORD, from);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toMatch(/^\d+$/);
    // Another address is not blocked.
    expect((await postSignin(admin.email, TEST_PASSWORD, { "x-forwarded-for": address(21) })).status).toBe(303);
  });
});
