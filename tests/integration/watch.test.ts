// npm run watch: rounds over feeds and site maps from the command line and a
// sources file; each round logs what it added; a round over unchanged sources
// adds nothing; SIGTERM stops it cleanly.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDuration, parseSourcesFile } from "@/ingest/watch";
import { startFixtureSite, type FixtureSite } from "../fixtures/site/server";
import { BACKENDS, createTestDatabase, ROOT, runTs, type TestDatabase } from "./backends";

describe("watch arguments", () => {
  it.each([
    ["90s", 90_000],
    ["15m", 900_000],
    ["1h", 3_600_000],
    ["30", 30_000],
    ["soon", null],
  ] as const)("%s → %s ms", (text, ms) => expect(parseDuration(text)).toBe(ms));
  it("a sources file: one URL a line, comments and blanks skipped, a bad line named", () => {
    expect(parseSourcesFile("# feeds\nhttp://a.test/feed.xml\n\n  https://b.test/sitemap.xml # site map\nftp://c.test/x\n")).toEqual({
      urls: ["http://a.test/feed.xml", "https://b.test/sitemap.xml"],
      errors: ["line 5: not an http(s) URL: ftp://c.test/x"],
    });
  });
});

describe.each(BACKENDS)("npm run watch on %s", (backend) => {
  let t: TestDatabase;
  let site: FixtureSite;
  let env: NodeJS.ProcessEnv;
  let sourcesFile: string;
  beforeAll(async () => {
    t = await createTestDatabase(backend);
    site = await startFixtureSite();
    env = { ...t.env, FETCH_DELAY_MS: "10", FETCH_TIMEOUT_MS: "2000", FETCH_BACKOFF_MS: "10" };
    sourcesFile = path.join(mkdtempSync(path.join(tmpdir(), "qj-watch-")), "sources.txt");
    writeFileSync(sourcesFile, `# the paper's feed\n${site.origin}/feed.xml\n`);
  });
  afterAll(async () => {
    await site?.close();
    await t?.drop();
  });

  it("one round adds what is new and logs it; the next round adds nothing", async () => {
    const first = await runTs("cli/watch.ts", ["--once", "--sources", sourcesFile, `${site.origin}/sitemap.xml`], env);
    expect(first.code, first.stderr).toBe(0);
    for (const p of ["/news/a1.html", "/news/a2.html", "/news/a3.html", "/news/port.html", "/news/s1.html"]) {
      expect(first.stdout).toMatch(new RegExp(`new ${site.origin}${p} \\(\\d+ claims\\)`));
    }
    expect(first.stdout).toContain(`${site.origin}/private/secret.html: forbidden by robots.txt`);
    expect(first.stdout).toMatch(/round 1: 2 sources, 5 new, 0 re-extracted, 0 unchanged, 1 failed/);
    const second = await runTs("cli/watch.ts", ["--once", "--sources", sourcesFile, `${site.origin}/sitemap.xml`], env);
    expect(second.stdout).toMatch(/round 1: 2 sources, 0 new, 0 re-extracted, 5 unchanged, 1 failed/);
  });

  it("SIGTERM between rounds stops it with exit code 0", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "cli/watch.ts", "--interval", "1h", `${site.origin}/feed.xml`], { cwd: ROOT, env, stdio: "pipe" });
    let out = "";
    const code = await new Promise<number | null>((resolve) => {
      child.stdout.setEncoding("utf8").on("data", (d: string) => {
        out += d;
        if (/round 1:/.test(out)) child.kill("SIGTERM");
      });
      child.on("close", (c) => resolve(c));
    });
    expect(code).toBe(0);
    expect(out).toMatch(/SIGTERM: stopping/);
    expect(out).toMatch(/watch: stopped/);
  });
});
