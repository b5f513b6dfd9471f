import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "./cli";

const ROOT = join(__dirname, "..");
const SEED = join(ROOT, "tests", "fixtures", "corpus", "003_7ef5928998a3dc46.txt");
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "extract", "cli.ts"), ...args], { cwd: ROOT, input, encoding: "utf8" });

describe("extract CLI", () => {
  it("validates its arguments", () => {
    expect(parseArgs(["--jsonl", "a.txt", "-"])).toEqual({ jsonl: true, files: ["a.txt", "-"] });
    expect(() => parseArgs([])).toThrow(/no input/);
    expect(() => parseArgs(["--json", "a.txt"])).toThrow(/unknown option --json/);
  });

  it("prints JSONL records, reports a bad file on one stderr line and still prints the others", () => {
    const r = run(["--jsonl", SEED, "/nonexistent/missing.txt"]);
    expect(r.status).toBe(1);
    const errLines = r.stderr.trim().split("\n");
    expect(errLines).toHaveLength(1);
    expect(errLines[0]).toMatch(/missing\.txt: no such file/);
    const records = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(records.length).toBeGreaterThan(20);
    expect(Object.keys(records[0])).toEqual(["doc", "quote", "value", "unit", "qualifier", "metric", "subject", "area", "sector", "period", "cumulative", "status", "start", "end", "indicator", "areaCode", "periodKind", "periodSource", "areaSource", "breakdown"]);
    expect(records.every((x) => x.doc === "003_7ef5928998a3dc46.txt")).toBe(true);
    expect(records.some((x) => x.value === 31000000 && x.unit === "吨" && x.qualifier === "gt" && x.sector === "port")).toBe(true);
  });

  it("reads standard input for -, and prints a table without --jsonl", () => {
    const r = run(["--jsonl", "-"], "今年1—4月,衢江港区货物吞吐量超300万吨。");
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout.trim());
    expect(rec).toMatchObject({ doc: "stdin", value: 3000000, unit: "吨", qualifier: "gt" });
    const t = run([SEED]);
    expect(t.status).toBe(0);
    expect(t.stdout).toMatch(/003_7ef5928998a3dc46\.txt: \d+ claims/);
  });
});
