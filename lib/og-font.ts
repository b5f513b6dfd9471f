// Noto Sans SC for the link-preview image, from the @fontsource package: the
// font ships in ~100 unicode-range slices, so an image loads only the slices
// that hold its own characters (a subset by construction, a few hundred kB at
// most, instead of a 10 MB font). Each slice is a WOFF file, which the image
// renderer (Satori) reads.
import { readFileSync } from "node:fs";
import path from "node:path";

const DIR = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-sc");

interface Slice {
  key: string;
  ranges: [number, number][];
}

let slices: Slice[] | null = null;

function loadSlices(): Slice[] {
  if (slices) return slices;
  const map = JSON.parse(readFileSync(path.join(DIR, "unicode.json"), "utf8")) as Record<string, string>;
  slices = Object.entries(map).map(([key, ranges]) => ({
    key: key.replace(/^\[(\d+)\]$/, "$1"),
    ranges: ranges.split(",").map((r) => {
      const [a, b] = r.trim().replace(/^U\+/i, "").split("-");
      return [parseInt(a, 16), parseInt(b ?? a, 16)] as [number, number];
    }),
  }));
  return slices;
}

function sliceOf(cp: number): Slice | null {
  return loadSlices().find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b)) ?? null;
}

const files = new Map<string, ArrayBuffer>();

function fileData(key: string, weight: 400 | 700): ArrayBuffer {
  const name = `noto-sans-sc-${key}-${weight}-normal.woff`;
  let data = files.get(name);
  if (!data) {
    const buf = readFileSync(path.join(DIR, "files", name));
    data = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    files.set(name, data);
  }
  return data;
}

export interface OgFont {
  name: string;
  data: ArrayBuffer;
  weight: 400 | 700;
  style: "normal";
}

export interface OgFonts {
  fonts: OgFont[];
  /** The CSS font-family list naming every loaded slice. */
  family: string;
  /** Characters of the text that no slice covers (drawn as nothing: should be none). */
  missing: string[];
}

/** The font slices that cover `text` (weights 400 and 700). */
export function fontsFor(text: string): OgFonts {
  const keys = new Set<string>();
  const missing: string[] = [];
  for (const ch of new Set(text)) {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0x20) continue;
    const s = sliceOf(cp);
    if (s) keys.add(s.key);
    else missing.push(ch);
  }
  const fonts: OgFont[] = [];
  for (const key of keys)
    for (const weight of [400, 700] as const) fonts.push({ name: `NotoSansSC-${key}`, data: fileData(key, weight), weight, style: "normal" });
  return { fonts, family: [...keys].map((k) => `NotoSansSC-${k}`).join(", "), missing };
}
