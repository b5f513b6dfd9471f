// The server must not be turned on its own network: POST /api/ingest refuses a
// URL whose address is loopback, private, link-local (cloud metadata) — written
// in the URL, resolved from a name, or reached by a redirect — with the reason,
// and fetches the same URLs with FETCH_ALLOW_PRIVATE=1.
//
// This machine may reach no address but its own loopback, so the test uses the
// guard's two seams (ingest/sources/guard.ts `network`): a stub resolver for the
// names, and a dial map that sends each checked address to the local news site.
// The dial map throws for any address it does not know: a refused address must
// never be dialled, and no packet may leave for 10.0.0.5 or 169.254.169.254.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { LookupAddress } from "node:dns";
import { network } from "@/ingest/sources/guard";
import { signedIn, TEST_ORIGIN } from "../helpers/accounts";
import { startFixtureSite, type FixtureSite } from "../fixtures/site/server";

const ORIGIN = TEST_ORIGIN;
const saved = { ...process.env };
const savedNetwork = { ...network };
let POST: (r: Request) => Promise<Response>;
let site: FixtureSite;
let port: string;
const dialled: string[] = [];

/** Names the stub resolver knows: one resolving to loopback, one public-looking. */
const NAMES: Record<string, string> = { "intranet.test": "127.0.0.1", "news.example.com": "93.184.216.34" };
/** Checked addresses → where the test's connection really goes (the local site). */
const DIAL: Record<string, string> = {
  "127.0.0.1": "127.0.0.1",
  "::1": "127.0.0.1",
  "10.0.0.5": "127.0.0.1",
  "169.254.169.254": "127.0.0.1",
  "93.184.216.34": "127.0.0.1",
};

beforeAll(async () => {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
  Object.assign(process.env, { FETCH_DELAY_MS: "0", FETCH_TIMEOUT_MS: "3000", FETCH_BACKOFF_MS: "10", FETCH_RETRIES: "0" });
  ({ POST } = await import("@/app/api/ingest/route"));
  site = await startFixtureSite();
  port = new URL(site.origin).port;
  const { getDb } = await import("@/db/client");
  editor = { ...(await signedIn(await getDb(), "上传编辑", "editor")).headers, "content-type": "application/json" };
  network.resolve = (hostname, _options, callback) => {
    const address = NAMES[hostname];
    if (!address) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }), []);
    callback(null, [{ address, family: 4 } as LookupAddress]);
  };
  network.dial = (address) => {
    const to = DIAL[address];
    if (!to) throw new Error(`the test may not dial ${address}`);
    dialled.push(address);
    return to;
  };
});
beforeEach(() => {
  dialled.length = 0;
});
afterAll(async () => {
  Object.assign(network, savedNetwork);
  process.env = { ...saved };
  await site?.close();
  const { getDatabase } = await import("@/db/client");
  await (await getDatabase()).close();
});

let editor: Record<string, string>;
async function ingestUrls(urls: string[]): Promise<Array<{ source: string; status: string; reason?: string }>> {
  const res = await POST(new Request(`${ORIGIN}/api/ingest`, { method: "POST", body: JSON.stringify({ urls }), headers: editor }));
  expect(res.status).toBe(200);
  const lines = (await res.text()).trim().split("\n").map((l) => JSON.parse(l));
  return lines.filter((l) => "status" in l);
}

const CASES = (): Array<[string, string, string]> => [
  [`http://127.0.0.1:${port}/news/port.html`, "refused: is a loopback address (127.0.0.1)", "127.0.0.1"],
  [`http://10.0.0.5:${port}/news/a1.html`, "refused: is a private address (10.0.0.5)", "10.0.0.5"],
  [`http://169.254.169.254:${port}/news/a2.html`, "refused: is a link-local (cloud metadata) address (169.254.169.254)", "169.254.169.254"],
  [`http://[::1]:${port}/news/a3.html`, "refused: is a loopback address (::1)", "::1"],
  [`http://intranet.test:${port}/news/s1.html`, "refused: resolves to a loopback address (127.0.0.1)", "a name resolving to 127.0.0.1"],
  [
    `http://news.example.com:${port}/to-loopback`,
    `refused: redirected to http://127.0.0.1:${port}/news/port.html which is a loopback address (127.0.0.1)`,
    "a public-looking name that redirects to 127.0.0.1",
  ],
];

describe("POST /api/ingest and private destinations", () => {
  it("refuses each, with the reason, and never connects to it", async () => {
    delete process.env.FETCH_ALLOW_PRIVATE;
    const before = site.requests.length;
    for (const [url, reason] of CASES()) {
      const items = await ingestUrls([url]);
      expect(items, url).toEqual([expect.objectContaining({ source: url, status: "failed", reason })]);
    }
    // Only the public-looking name was dialled (its robots.txt and the redirect itself); nothing private.
    expect(new Set(dialled)).toEqual(new Set(["93.184.216.34"]));
    expect(site.requests.slice(before)).toEqual(["/robots.txt", "/to-loopback"]);
  });

  it("fetches the same URLs with FETCH_ALLOW_PRIVATE=1", async () => {
    process.env.FETCH_ALLOW_PRIVATE = "1";
    try {
      for (const [url] of CASES()) {
        const items = await ingestUrls([url]);
        expect(items, url).toHaveLength(1);
        expect(items[0].status, `${url}: ${items[0].reason}`).not.toBe("failed");
      }
      expect(new Set(dialled)).toEqual(new Set(Object.keys(DIAL)));
    } finally {
      delete process.env.FETCH_ALLOW_PRIVATE;
    }
  });
});
