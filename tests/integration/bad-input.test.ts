// The bad-input suite: one batch mixing good pages with every kind
// of bad file. Each bad file gets exactly one line `PATH: reason`; the good
// ones are stored whole; the exit code says something failed.
//
// Small fixtures are committed in tests/fixtures/bad/ (made with iconv-lite and
// opencc-js from a seed sentence); big or filesystem-shaped ones are made here.
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, symlinkSync, writeFileSync, writeSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_BYTES } from "@/ingest/files";
import { BACKENDS, createTestDatabase, query, ROOT, runIngest, type RunResult, type TestDatabase } from "./backends";

const FIXTURES = path.join(ROOT, "tests/fixtures/bad");
const IS_ROOT = process.getuid?.() === 0;

const SENTENCE = "本报讯(记者 方心怡)截至5月20日,衢州港今年已累计完成货物吞吐量超3100万吨,同比增长12.5%。";
const FILLER = "全区上下要进一步激发责任感紧迫感,牢牢把握高质量发展首要任务。";

/** Expected failures: file (relative to the batch folder) → what the reason must say. */
const FAILS: Record<string, RegExp> = {
  "empty.txt": /empty file/,
  "png-image.txt": /not text: looks like a PNG image/,
  "invalid-utf8.txt": /not valid UTF-8, GB18030 or Big5/,
  "nul-bytes.txt": /NUL bytes/,
  "bad-date.md": /date '2025-13-45' is not a valid date/,
  "bad-url.md": /url .* is not an http\(s\) URL/,
  "unknown-keys.md": /unknown key 'author'/,
  "huge-50mb.txt": /too large: 50\.0 MB, the limit is 10\.0 MB/,
  "loop/self-loop.txt": /symlink loop/,
  "gone.txt": /no such file or directory/,
  "fifo.txt": /not a regular file/,
};
const GOOD = ["gbk.txt", "big5.txt", "script-style.html", "good-front-matter.md", "one-line-1mb.txt", "003_7ef5928998a3dc46.txt"];

function makeBatch(dir: string) {
  for (const f of readdirSync(FIXTURES)) copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
  copyFileSync(path.join(ROOT, "db/seed/003_7ef5928998a3dc46.txt"), path.join(dir, "003_7ef5928998a3dc46.txt"));

  // 50 MB of text, written in slices: it must be refused by size, never read whole.
  const fd = openSync(path.join(dir, "huge-50mb.txt"), "w");
  const slice = Buffer.from((SENTENCE + FILLER).repeat(2048));
  for (let written = 0; written < 50 * 1048576; written += slice.length) writeSync(fd, slice, 0, Math.min(slice.length, 50 * 1048576 - written));
  closeSync(fd);

  // 1 MB on a single line, a claim now and then.
  let line = "";
  while (Buffer.byteLength(line) < 1048576) line += FILLER.repeat(40) + SENTENCE;
  writeFileSync(path.join(dir, "one-line-1mb.txt"), line);

  // A folder that links back to its parent, and a link to itself.
  mkdirSync(path.join(dir, "loop"));
  symlinkSync("..", path.join(dir, "loop", "parent"));
  symlinkSync("self-loop.txt", path.join(dir, "loop", "self-loop.txt"));
  // Unreadable files: a dangling link and a FIFO (reading one would block forever).
  symlinkSync(path.join(dir, "nowhere.txt"), path.join(dir, "gone.txt"));
  execFileSync("mkfifo", [path.join(dir, "fifo.txt")]);
}

describe.each(BACKENDS)("bad input on %s", (backend) => {
  let t: TestDatabase;
  let dir: string;
  let run: RunResult;
  beforeAll(async () => {
    t = await createTestDatabase(backend);
    dir = mkdtempSync(path.join(tmpdir(), "qj-bad-"));
    makeBatch(dir);
    run = await runIngest(["--json", dir], t.env);
  });
  afterAll(async () => {
    await t?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("exits non-zero and counts every bad file as failed", () => {
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout.trim().split("\n").at(-1)!);
    expect(summary).toMatchObject({ new: GOOD.length, failed: Object.keys(FAILS).length });
    expect(DEFAULT_MAX_BYTES).toBe(10 * 1048576);
  });

  it.each(Object.entries(FAILS))("%s fails with one line naming the file and %s", (file, reason) => {
    const prefix = `${path.join(dir, file)}: `;
    const lines = run.stderr.split("\n").filter((l) => l.startsWith(prefix));
    expect(lines).toHaveLength(1);
    expect(lines[0].slice(prefix.length)).toMatch(reason);
  });

  it("stores the good files of the same batch, whole", async () => {
    const database = await t.open();
    try {
      const docs = await query<{ file_name: string; raw_text: string; normalised_text: string; a: number; c: number; title: string | null; source_url: string | null; published_at: string | null }>(
        database,
        `select file_name, raw_text, normalised_text, title, source_url, published_at::text as published_at,
                (select count(*)::int from articles a where a.document_id = d.id) as a,
                (select count(*)::int from claims c where c.document_id = d.id) as c
           from documents d`,
      );
      expect(docs.map((d) => d.file_name).sort()).toEqual([...GOOD].sort());
      const by = new Map(docs.map((d) => [d.file_name, d]));
      for (const d of docs) {
        expect(Number(d.a), d.file_name).toBeGreaterThan(0);
        expect(Number(d.c), d.file_name).toBeGreaterThan(0);
      }
      // Legacy encodings decoded, traditional characters normalised to simplified.
      expect(by.get("gbk.txt")!.raw_text).toContain("衢州港今年已累计完成货物吞吐量超3100万吨");
      expect(by.get("big5.txt")!.raw_text).toContain("衢州港今年已累計完成貨物吞吐量超3100萬噸");
      expect(by.get("big5.txt")!.normalised_text).toContain("衢州港今年已累计完成货物吞吐量超3100万吨");
      // Script and style are not text.
      const html = by.get("script-style.html")!;
      for (const junk of ["alert", "8888", "7777", "9999", "color:red"]) expect(html.normalised_text).not.toContain(junk);
      const htmlValues = await query<{ value: number }>(
        database,
        "select c.value from claims c join documents d on d.id = c.document_id where d.file_name = 'script-style.html'",
      );
      expect(htmlValues.map((v) => Number(v.value))).not.toContain(88880000);
      // Valid front matter lands in the document.
      expect(by.get("good-front-matter.md")).toMatchObject({
        title: "衢州港吞吐量创新高",
        source_url: "https://example.org/qj/2025-05-20/1.html",
        published_at: "2025-05-20",
      });
      expect(by.get("one-line-1mb.txt")!.raw_text.length).toBeGreaterThan(300_000);
    } finally {
      await database.close();
    }
  });
});

// chmod 000 does not stop root, so this case only means something for another user.
describe.skipIf(IS_ROOT)("unreadable permissions (skipped as root: root reads any file)", () => {
  it("a file without read permission fails with 'permission denied' and the batch goes on", async () => {
    const t = await createTestDatabase("pglite");
    const dir = mkdtempSync(path.join(tmpdir(), "qj-perm-"));
    try {
      copyFileSync(path.join(ROOT, "db/seed/002_f69df61967ff0086.txt"), path.join(dir, "ok.txt"));
      writeFileSync(path.join(dir, "secret.txt"), SENTENCE);
      chmodSync(path.join(dir, "secret.txt"), 0);
      const run = await runIngest([dir], t.env);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${path.join(dir, "secret.txt")}: permission denied`);
      expect(run.stderr).toMatch(/^new .*ok\.txt/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await t.drop();
    }
  });
});
