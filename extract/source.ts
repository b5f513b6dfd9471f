// Bytes of a .txt/.md/.html file → plain text + validated front matter, or a
// SourceError whose one-line message names the problem (the caller prefixes
// the file name).
//
// Decoding: strict UTF-8 first (with or without BOM; UTF-16 with a BOM too).
// Otherwise the bytes are decoded as GB18030 (a superset of GBK/GB2312) and as
// Big5, and the reading with fewer replacement characters and more common
// Chinese characters wins; chardet only breaks near-ties and names the
// encoding in the error when neither reading is Chinese.
import chardet from "chardet";
import iconv from "iconv-lite";
import { convert, type FormatCallback } from "html-to-text";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { FrontMatter } from "./types";

export class SourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SourceError";
  }
}

export type SourceFormat = "txt" | "md" | "html";

export interface Source {
  text: string;
  frontMatter: FrontMatter;
  /** Encoding the bytes were decoded from: utf-8, utf-16le, utf-16be, gb18030 or big5. */
  encoding: string;
  format: SourceFormat;
}

// ---------------------------------------------------------------- binary

/** Magic numbers of files that people drop into a folder of articles by mistake. */
const MAGIC: ReadonlyArray<{ bytes: readonly number[]; what: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "a GIF image" },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: "a PDF document" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "a ZIP archive (or a .docx/.xlsx file)" },
  { bytes: [0x1f, 0x8b], what: "a gzip archive" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: "an ELF executable" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: "an old Office document (.doc/.xls)" },
  { bytes: [0x52, 0x49, 0x46, 0x46], what: "a RIFF file (WebP/WAV/AVI)" },
  { bytes: [0x42, 0x4d], what: "a BMP image" },
];
const NUL_WINDOW = 8192;

function startsWithBytes(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

function rejectBinary(bytes: Uint8Array): void {
  for (const m of MAGIC) {
    // BMP's "BM" is also how plenty of text starts; only trust it when a NUL follows soon.
    if (m.bytes.length === 2 && m.bytes[0] === 0x42 && !bytes.subarray(0, 64).includes(0)) continue;
    if (startsWithBytes(bytes, m.bytes)) throw new SourceError(`not text: looks like ${m.what}`);
  }
  if (bytes.subarray(0, NUL_WINDOW).includes(0)) throw new SourceError("not text: contains NUL bytes (a binary file?)");
}

// ---------------------------------------------------------------- decoding

/** The most frequent characters of Chinese prose, simplified and traditional forms. */
const COMMON_CJK = new Set(
  (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理"
    + "這為個們來說國時後對會發過進當還點從關現實間東體學經義動數開區實係長電應種無與裡麼還頭業們將門"
  ).split(""),
);

interface Reading {
  encoding: string;
  text: string;
  /** Higher is more plausible Chinese. */
  score: number;
  replacement: number;
  nonAscii: number;
  common: number;
}

function read(bytes: Uint8Array, encoding: string): Reading {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  let replacement = 0;
  let nonAscii = 0;
  let common = 0;
  let privateUse = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) continue;
    nonAscii++;
    if (code === 0xfffd) replacement++;
    else if (code >= 0xe000 && code <= 0xf8ff) privateUse++;
    else if (COMMON_CJK.has(ch)) common++;
  }
  return { encoding, text, score: common - 10 * replacement - 5 * privateUse, replacement, nonAscii, common };
}

/** Below this share of common characters, a legacy reading is not Chinese text. */
const MIN_COMMON_SHARE = 0.15;
const LEGACY_SAMPLE_BYTES = 64 * 1024;
const MAX_REPLACEMENT_SHARE = 0.01;

function decode(bytes: Uint8Array): { text: string; encoding: string } {
  if (startsWithBytes(bytes, [0xef, 0xbb, 0xbf])) {
    try {
      return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3)), encoding: "utf-8" };
    } catch {
      throw new SourceError("not text: starts with a UTF-8 byte-order mark but is not valid UTF-8");
    }
  }
  for (const [bom, enc] of [[[0xff, 0xfe], "utf-16le"], [[0xfe, 0xff], "utf-16be"]] as const) {
    if (startsWithBytes(bytes, bom)) {
      try {
        return { text: new TextDecoder(enc, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)), encoding: enc };
      } catch {
        throw new SourceError(`not text: starts with a ${enc.toUpperCase()} byte-order mark but is not valid ${enc.toUpperCase()}`);
      }
    }
  }
  rejectBinary(bytes);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // not UTF-8: try the legacy Chinese encodings below
  }
  // Decide on a sample (both decoders and chardet are slow on megabytes), then decode once.
  const sample = bytes.subarray(0, LEGACY_SAMPLE_BYTES);
  const readings = [read(sample, "gb18030"), read(sample, "big5")];
  const guess = chardet.detect(sample);
  readings.sort((a, b) => {
    if (b.score !== a.score) {
      // A near-tie (within 5%) goes to chardet's guess.
      const close = Math.abs(b.score - a.score) <= 0.05 * Math.max(Math.abs(a.score), Math.abs(b.score));
      if (!close || !guess) return b.score - a.score;
    }
    const g = (guess ?? "").toLowerCase();
    const pref = (r: Reading) => (g.startsWith("gb") && r.encoding === "gb18030") || (g === "big5" && r.encoding === "big5");
    return Number(pref(b)) - Number(pref(a)) || b.score - a.score;
  });
  const best = sample.length === bytes.length ? readings[0] : read(bytes, readings[0].encoding);
  if (best.nonAscii > 0 && best.replacement / best.nonAscii <= MAX_REPLACEMENT_SHARE && best.common / best.nonAscii >= MIN_COMMON_SHARE) {
    return { text: best.text, encoding: best.encoding };
  }
  throw new SourceError(`not text: not valid UTF-8, GB18030 or Big5${guess ? ` (looks like ${guess})` : ""}`);
}

// ---------------------------------------------------------------- front matter

function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A YAML scalar that a person would call text: numbers become their written form. */
const textField = (name: string) =>
  z.union([z.string(), z.number()], { error: `${name} must be text` }).transform((v) => String(v).trim());

const FRONT_MATTER_KEYS = ["title", "url", "date", "source"] as const;

const frontMatterSchema = z
  .object({
    title: textField("title").optional(),
    source: textField("source").optional(),
    url: z
      .string({ error: "url must be text" })
      .trim()
      .refine((u) => {
        try {
          const p = new URL(u).protocol;
          return p === "http:" || p === "https:";
        } catch {
          return false;
        }
      }, { error: (iss) => `url '${String(iss.input)}' is not an http(s) URL` })
      .optional(),
    date: z
      .union([z.string(), z.date()], { error: "date must be YYYY-MM-DD" })
      .transform((v, ctx) => {
        const s = v instanceof Date ? (Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10)) : v.trim();
        if (!isRealDate(s)) {
          ctx.addIssue({ code: "custom", message: `date '${v instanceof Date ? String(v) : v}' is not a valid date (YYYY-MM-DD)` });
          return z.NEVER;
        }
        return s;
      })
      .optional(),
  })
  .strict();

const FENCE = /^---[ \t]*$/;

/** Split a leading `---` … `---` block off the text; null when there is none. */
function splitFrontMatter(text: string): { yaml: string; body: string } | null {
  const firstBreak = text.indexOf("\n");
  const firstLine = (firstBreak < 0 ? text : text.slice(0, firstBreak)).replace(/\r$/, "");
  if (!FENCE.test(firstLine)) return null;
  let at = firstBreak + 1;
  while (firstBreak >= 0 && at <= text.length) {
    const next = text.indexOf("\n", at);
    const line = (next < 0 ? text.slice(at) : text.slice(at, next)).replace(/\r$/, "");
    if (FENCE.test(line) || line === "...") {
      return { yaml: text.slice(firstBreak + 1, at), body: next < 0 ? "" : text.slice(next + 1) };
    }
    if (next < 0) break;
    at = next + 1;
  }
  throw new SourceError("front matter: opening '---' has no closing '---'");
}

function parseFrontMatter(yamlText: string): FrontMatter {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (err) {
    const msg = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new SourceError(`front matter: invalid YAML: ${msg}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) throw new SourceError("front matter: must be key: value pairs");
  const unknown = Object.keys(data).filter((k) => !(FRONT_MATTER_KEYS as readonly string[]).includes(k));
  if (unknown.length > 0) {
    throw new SourceError(
      `front matter: unknown key${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => `'${k}'`).join(", ")} (allowed: ${FRONT_MATTER_KEYS.join(", ")})`,
    );
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SourceError(`front matter: ${issue.message}`);
  }
  const fm: FrontMatter = {};
  for (const k of FRONT_MATTER_KEYS) {
    const v = parsed.data[k];
    if (v !== undefined && v !== "") fm[k] = v;
  }
  return fm;
}

// ---------------------------------------------------------------- HTML

/** Headings become markdown headings so that segmentation sees them. */
function headingFormatter(level: number): FormatCallback {
  return (elem, walk, builder) => {
    builder.openBlock({ leadingLineBreaks: 2 });
    builder.addLiteral(`${"#".repeat(level)} `);
    walk(elem.children, builder);
    builder.closeBlock({ trailingLineBreaks: 2 });
  };
}

function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    formatters: { h1: headingFormatter(1), h2: headingFormatter(2), h3: headingFormatter(3), h4: headingFormatter(4) },
    selectors: [
      { selector: "h1", format: "h1" },
      { selector: "h2", format: "h2" },
      { selector: "h3", format: "h3" },
      { selector: "h4", format: "h4" },
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "noscript", format: "skip" },
      { selector: "nav", format: "skip" },
      { selector: "table", format: "dataTable" },
    ],
  });
}

function htmlTitle(html: string): string | undefined {
  const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  if (!m) return undefined;
  const t = convert(m[1], { wordwrap: false }).replace(/\s+/g, " ").trim();
  return t || undefined;
}

function formatOf(fileName: string, text: string): SourceFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) return "html";
  if (lower.endsWith(".md") || lower.endsWith(".markdown")) return "md";
  // A saved web page with a .txt name (or from stdin) is still HTML.
  if (/^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 512))) return "html";
  return "txt";
}

// ---------------------------------------------------------------- entry point

/** Bytes of one input file → its text, front matter, encoding and format. Throws SourceError. */
export function readSource(bytes: Uint8Array, fileName: string): Source {
  if (bytes.length === 0) throw new SourceError("empty file");
  const decoded = decode(bytes);
  let text = decoded.text.replace(/^\ufeff/, "");
  if (text.trim() === "") throw new SourceError("empty file: only whitespace");
  let frontMatter: FrontMatter = {};
  const split = splitFrontMatter(text);
  if (split) {
    frontMatter = parseFrontMatter(split.yaml);
    text = split.body;
  }
  const format = formatOf(fileName, text);
  if (format === "html") {
    const title = htmlTitle(text);
    if (title && !frontMatter.title) frontMatter = { ...frontMatter, title };
    text = htmlToText(text);
  }
  if (text.trim() === "") throw new SourceError(split ? "no text after the front matter" : "no text in the page");
  return { text, frontMatter, encoding: decoded.encoding, format };
}
