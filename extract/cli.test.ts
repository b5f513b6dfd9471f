import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "./cli";

const ROOT = join(__dirname, "..");
const SEED = join(ROOT, "tests", "fixtures", "corpus", "003_7ef5928998a3dc46.txt");
const run = (args: string[], input?: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "extract", "cli.ts"), ...args], { cwd: ROOT, input, encoding: "utf8", env: { ...process.env, HOME_AREA: "", ...env } });

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
    expect(Object.keys(records[0])).toEqual(["doc", "quote", "value", "unit", "qualifier", "metric", "subject", "area", "sector", "period", "cumulative", "status", "start", "end", "indicator", "areaCode", "periodKind", "periodSource", "areaSource", "breakdown", "indicatorSource", "indicatorCue", "statusCue", "sectorCue"]);
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

  it("reads pages whose paper names no place against HOME_AREA (code or name), and refuses an unknown one", () => {
    const page = "该项目总投资3亿元。";
    expect(JSON.parse(run(["--jsonl", "-"], page).stdout.trim())).toMatchObject({ area: "衢江区", areaCode: "330803", areaSource: "home" });
    expect(JSON.parse(run(["--jsonl", "-"], page, { HOME_AREA: "330881" }).stdout.trim())).toMatchObject({ area: "江山市", areaCode: "330881" });
    expect(JSON.parse(run(["--jsonl", "-"], page, { HOME_AREA: "龙游县" }).stdout.trim())).toMatchObject({ area: "龙游县" });
    const bad = run(["--jsonl", "-"], page, { HOME_AREA: "火星市" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/HOME_AREA is no known area/);
    expect(bad.stdout).toBe("");
  });
});
