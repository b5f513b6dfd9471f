// The catalogue follows docs/claims.md *Indicators*: the same ids, units and
// sectors. When the claim record is refreshed (scripts/refresh-eval.ts) and its
// table changes, this fails until catalogue.ts follows.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE, CATALOGUE_IDS, catalogueEntry, growthOf, levelOf, RETIRED_IDS } from "./catalogue";
import { INDICATOR_KINDS, INDICATOR_SCOPES, MEASURES, SECTORS } from "./types";

/** id → its units, from the rows of the Indicators table (`| a / b | 名称 | 元 / % |`). */
function documentedIndicators(): Map<string, string[]> {
  const md = readFileSync(join(__dirname, "..", "docs", "claims.md"), "utf8");
  const section = md.slice(md.indexOf("## Indicators"), md.indexOf("\n## ", md.indexOf("## Indicators") + 5));
  const out = new Map<string, string[]>();
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 5 || !/^[a-z]+\.[a-z_]/.test(cells[1])) continue;
    const ids = cells[1].split("/").map((s) => s.trim());
    const units = cells[3].split("/").map((s) => s.trim());
    ids.forEach((id, i) => out.set(id, ids.length === units.length ? [units[i]] : units));
  }
  return out;
}

describe("indicator catalogue", () => {
  const documented = documentedIndicators();

  it("lists exactly the ids of docs/claims.md", () => {
    expect(documented.size).toBeGreaterThan(70);
    expect([...CATALOGUE_IDS].sort()).toEqual([...documented.keys()].sort());
  });

  it("gives each id a unit the claim record gives it", () => {
    for (const def of CATALOGUE) {
      const units = documented.get(def.id)!;
      expect(units, def.id).toContain(def.unit);
      for (const u of def.units) expect(units.includes(u) || ["项", "艘次"].includes(u), `${def.id} ${u}`).toBe(true);
    }
  });

  it("is plain data the database can seed: unique ids, sectors from the id, known measures, kinds and scopes", () => {
    expect(new Set(CATALOGUE.map((i) => i.id)).size).toBe(CATALOGUE.length);
    for (const i of CATALOGUE) {
      expect(SECTORS).toContain(i.sector);
      expect(i.id.split(".")[0]).toBe(i.sector);
      expect(MEASURES).toContain(i.measure);
      expect(INDICATOR_KINDS).toContain(i.kind);
      expect(INDICATOR_SCOPES).toContain(i.scope);
      expect(i.nameZh).toMatch(/\p{Script=Han}/u);
      expect(i.nameEn).toMatch(/^[A-Z]/);
      if (i.id.endsWith("_growth")) expect([i.measure, i.unit]).toEqual(["change_pct", "%"]);
    }
  });

  it("pairs levels with their growth", () => {
    expect(growthOf("macro.gdp")?.id).toBe("macro.gdp_growth");
    expect(levelOf("macro.gdp_growth")?.id).toBe("macro.gdp");
    expect(growthOf("macro.gdp_per_capita")).toBeUndefined();
    expect(levelOf("investment.manufacturing_growth")).toBeUndefined();
    expect(levelOf("macro.gdp")).toBeUndefined();
  });

  it("retires ids into catalogue ids or nothing", () => {
    for (const [old, next] of Object.entries(RETIRED_IDS)) {
      expect(CATALOGUE_IDS.has(old)).toBe(false);
      if (next) expect(catalogueEntry(next)?.id).toBe(next);
    }
  });
});
