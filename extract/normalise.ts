// Raw page text → the normalised text that every offset in the product refers to.
//
// Output shape: one paragraph per line, separated by a single "\n"; markdown
// headings ("# …") and title-like lines (mastheads, unmarked headlines) stay
// their own lines. Deterministic and idempotent: normalise(normalise(x)) ===
// normalise(x) (property-tested).
//
// Choices (also in the README):
// - Only what matters for numbers goes half-width: ０-９, Ａ-Ｚ, ａ-ｚ, ％, ．, ＋.
//   Chinese punctuation (，。；：（）“”) is kept as the page has it, because the
//   gold quotes keep it (page 004 uses ，（）while the OCR pages use , and ()).
// - Spaces inside body text are OCR artefacts ("例会 召开", "5月 16日") and go,
//   except between two Latin letters/digits ("3 100" is never joined into 3100).
//   Headings and title-like lines keep single spaces: there they separate phrases.
// - Traditional → simplified (OpenCC tw → cn) only when the page is mostly
//   traditional (≥ 3% of its first 3000 Han characters change). A lone OCR'd
//   traditional character in a simplified page (002: "增長") is left alone, so
//   quotes of that page still match, and simplified pages never pay for OpenCC.
// - Broken lines are joined until nothing more joins (a fixed point), which is
//   what makes the function idempotent whatever the line rules say.
import * as OpenCC from "opencc-js";

// ---------------------------------------------------------------- characters

const ZERO_WIDTH = new Set(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]);

/** Character-level mapping; idempotent by construction (every output is a fixed point). */
function mapChars(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (ch === "\r") {
      out += "\n";
      if (text[i + 1] === "\n") i++;
      continue;
    }
    if (ZERO_WIDTH.has(ch)) continue;
    if (ch === "\n") {
      out += ch;
      continue;
    }
    if (ch === "\t" || ch === "\u3000" || ch === "\u00a0" || (code >= 0x2000 && code <= 0x200a) || ch === "\u202f" || ch === "\u205f") {
      out += " ";
      continue;
    }
    if (ch === "\u2028" || ch === "\u2029" || ch === "\f" || ch === "\v" || ch === "\u0085") {
      out += "\n";
      continue;
    }
    if (code < 0x20 || code === 0x7f) continue;
    if (
      (code >= 0xff10 && code <= 0xff19) ||
      (code >= 0xff21 && code <= 0xff3a) ||
      (code >= 0xff41 && code <= 0xff5a) ||
      ch === "％" ||
      ch === "．" ||
      ch === "＋"
    ) {
      out += String.fromCharCode(code - 0xfee0);
      continue;
    }
    out += ch;
  }
  return out;
}

// ---------------------------------------------------------------- traditional → simplified

let converter: ((s: string) => string) | null = null;
function toSimplified(s: string): string {
  converter ??= OpenCC.Converter({ from: "tw", to: "cn" });
  return converter(s);
}

const HAN = /\p{Script=Han}/u;
const TRADITIONAL_SAMPLE = 3000;
const TRADITIONAL_SHARE = 0.03;

/**
 * Whether a page is written in traditional characters. Decided on the first
 * Han characters only, which line joining and spacing never change, so the
 * decision is the same on the normalised text (idempotence).
 */
export function isMostlyTraditional(text: string): boolean {
  let sample = "";
  for (const ch of text) {
    if (HAN.test(ch)) {
      sample += ch;
      if (sample.length >= TRADITIONAL_SAMPLE) break;
    }
  }
  if (sample.length === 0) return false;
  const converted = toSimplified(sample);
  let changed = 0;
  const n = Math.min(sample.length, converted.length);
  for (let i = 0; i < n; i++) if (sample[i] !== converted[i]) changed++;
  changed += Math.abs(sample.length - converted.length);
  return changed / sample.length >= TRADITIONAL_SHARE;
}

// ---------------------------------------------------------------- line classes

const HEADING = /^#{1,6} /;
/** Sentence punctuation: a line that contains none of it reads as a title, not as prose. */
const SENTENCE_PUNCT = /[，,。、；;：:！!？?]/;
/** A line ending in one of these ends its sentence. */
const SENTENCE_END = /(?:[。！？!?…；;：:]|[。！？!?][”"’』」）)])$/;
/** A line starting with these cannot start a paragraph: it continues the previous line. */
const CONTINUATION_START = /^[，,。、；;：:！!？?）)”’』」%]/;
/** These always start a new paragraph: bylines, banners, subtitles. */
const PARAGRAPH_START = /^(?:本报讯|【|——|■|●|◆|▲|编者按)/;
const HAN_SPACE_HAN = /\p{Script=Han} +\p{Script=Han}/u;

function isHeading(line: string): boolean {
  return HEADING.test(line);
}

function stripSpaces(line: string): string {
  return line.replace(/ /g, "");
}

interface ColumnStats {
  /** OCR of a narrow newspaper column: most lines are a dozen characters or so. */
  narrow: boolean;
  /** Typical full line length in characters (median, spaces ignored). */
  width: number;
}

const NARROW_MAX_WIDTH = 24;
const NARROW_MIN_LINES = 8;

function columnStats(lines: readonly string[]): ColumnStats {
  const lengths = lines.filter((l) => !isHeading(l)).map((l) => stripSpaces(l).length).sort((a, b) => a - b);
  if (lengths.length < NARROW_MIN_LINES) return { narrow: false, width: Infinity };
  const width = lengths[Math.floor(lengths.length / 2)];
  return { narrow: width <= NARROW_MAX_WIDTH, width };
}

/**
 * A line that reads as a title: no sentence punctuation at all. In a narrow
 * column a full-width line without punctuation is ordinary prose that happens
 * to break between commas, unless it separates phrases with spaces the way
 * headlines do ("招商就像谈恋爱 真诚才是必杀技").
 */
function isTitleLike(line: string, stats: ColumnStats): boolean {
  if (isHeading(line)) return true;
  if (line.startsWith("本报讯")) return false;
  const bare = stripSpaces(line);
  if (SENTENCE_PUNCT.test(bare)) return false;
  if (stats.narrow && bare.length >= stats.width - 3 && !HAN_SPACE_HAN.test(line)) return false;
  return true;
}

function continues(prev: string, next: string, stats: ColumnStats): boolean {
  if (isHeading(prev) || isHeading(next)) return false;
  const p = stripSpaces(prev);
  const n = stripSpaces(next);
  if (PARAGRAPH_START.test(n)) return false;
  if (CONTINUATION_START.test(n)) return true;
  if (SENTENCE_END.test(p)) return false;
  if (isTitleLike(prev, stats) || isTitleLike(next, stats)) return false;
  return true;
}

const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const LATIN = /[A-Za-z]/;

function joinPair(a: string, b: string): string {
  // Two Latin words broken across lines keep a space; anything else (Han, a
  // number split by the column edge) is glued.
  return LATIN.test(a[a.length - 1] ?? "") && LATIN.test(b[0] ?? "") ? `${a} ${b}` : a + b;
}

function joinOnce(lines: readonly string[], stats: ColumnStats): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.length - 1;
    if (last >= 0 && continues(out[last], line, stats)) out[last] = joinPair(out[last], line);
    else out.push(line);
  }
  return out;
}

/** Body text loses every space except one between two Latin letters/digits. */
function cleanBodySpaces(line: string): string {
  let out = "";
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch !== " ") {
      out += ch;
      continue;
    }
    const before = out[out.length - 1];
    let j = i;
    while (line[j] === " ") j++;
    const after = line[j];
    if (before !== undefined && after !== undefined && LATIN_OR_DIGIT.test(before) && LATIN_OR_DIGIT.test(after)) out += " ";
    i = j - 1;
  }
  return out;
}

// ---------------------------------------------------------------- entry point

/** Raw decoded page text → normalised text (see the header comment). */
export function normalise(text: string): string {
  let s = mapChars(text);
  if (isMostlyTraditional(s)) s = toSimplified(s);
  let lines = s
    .split("\n")
    .map((l) => l.replace(/ {2,}/g, " ").trim())
    .filter((l) => l.length > 0);
  // Join to a fixed point: the column statistics change as lines merge, and
  // stopping early would let a second normalise() join more.
  for (;;) {
    const stats = columnStats(lines);
    const joined = joinOnce(lines, stats);
    if (joined.length === lines.length) break;
    lines = joined;
  }
  const stats = columnStats(lines);
  return lines.map((l) => (isTitleLike(l, stats) ? l : cleanBodySpaces(l))).join("\n");
}
