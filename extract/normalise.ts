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
// - A line ending in ；/; continues: OCR columns break lists of figures there.
// - Broken lines are joined until nothing more joins (a fixed point), which is
//   what makes the function idempotent whatever the line rules say.
import * as OpenCC from "opencc-js";

// ---------------------------------------------------------------- characters

const FULLWIDTH_NUMERIC = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a％．＋]/g;

/**
 * Character-level mapping; idempotent because no output character is mapped
 * again. Regex passes rather than a per-character loop: this runs over every
 * byte of every page.
 */
function mapChars(text: string): string {
  return (
    text
      .replace(/\r\n?|[\u2028\u2029\f\v\u0085]/g, "\n")
      // (tabs and full-width spaces stay until the lines are read: they may separate a table's cells)
      .replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, " ")
      // zero-width characters, soft hyphens, BOMs and the remaining control characters
      // eslint-disable-next-line no-control-regex
      .replace(/[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]/g, "")
      .replace(FULLWIDTH_NUMERIC, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  );
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
/** One traditional character is an OCR slip, not a traditional page. */
const TRADITIONAL_MIN_CHANGED = 2;

// The regex's answer for the other BMP code units, remembered (0 not asked, 1 not Han, 2 Han): the
// full-width punctuation of every Chinese line (，。、：) asked it with a new one-character string each time
const hanByCode = new Uint8Array(0x10000);

/** Han test by code unit: the common BMP blocks answer without a regex; the rest (rare) asks it. */
function isHanAt(text: string, i: number): 0 | 1 | 2 {
  const c = text.charCodeAt(i);
  if (c < 0x2e80) return 0;
  if (c >= 0x4e00 && c <= 0x9fff) return 1;
  if (c >= 0xd800 && c <= 0xdbff) return HAN.test(text.slice(i, i + 2)) ? 2 : 0;
  let known = hanByCode[c];
  if (known === 0) hanByCode[c] = known = HAN.test(text[i]) ? 2 : 1;
  return known === 2 ? 1 : 0;
}

// Whether OpenCC changes a character on its own, remembered per code unit: 1 unchanged, 2 changed.
const charChanges = new Uint8Array(0x10000);
function changesAlone(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && charChanges[code] !== 0) return charChanges[code] === 2;
  const changed = toSimplified(ch) !== ch;
  if (ch.length === 1) charChanges[code] = changed ? 2 : 1;
  return changed;
}


/**
 * Whether a page is written in traditional characters. Decided on the first
 * Han characters only, which line joining and spacing never change, so the
 * decision is the same on the normalised text (idempotence).
 *
 * Speed: OpenCC over a 3000-character sample was a fifth of the extractor's
 * time on simplified pages. Characters are first counted one by one against a
 * remembered table; only a sample where that count comes near the threshold
 * (traditional pages, or borderline ones) goes through OpenCC as a whole, so
 * phrase-level conversions still decide as before.
 */
export function isMostlyTraditional(text: string): boolean {
  // First pass counts only (no string built: a simplified page, nearly all of them, stops here);
  // `end` is where the sample of TRADITIONAL_SAMPLE code units of Han ends.
  let size = 0;
  let alone = 0;
  let end = 0;
  // characters the table does not know yet are asked after the loop: a string made for them inside
  // it (text[i]) was made for every character, taken branch or not (the optimiser hoists it)
  const unknown: number[] = [];
  for (; end < text.length && size < TRADITIONAL_SAMPLE; end++) {
    const h = isHanAt(text, end);
    if (h === 0) continue;
    if (h === 2) {
      if (changesAlone(text.slice(end, end + 2))) alone++;
      size += 2;
      end++;
    } else {
      const known = charChanges[text.charCodeAt(end)];
      if (known === 2) alone++;
      else if (known === 0) unknown.push(text.charCodeAt(end));
      size++;
    }
  }
  for (const code of unknown) if (changesAlone(String.fromCharCode(code))) alone++;
  if (size === 0) return false;
  // Far below the threshold by single characters: phrases cannot make up the rest (short samples are cheap to convert anyway)
  if (size >= 300 && alone * 2 < size * TRADITIONAL_SHARE) return false;
  let sample = "";
  for (let i = 0; i < end; i++) {
    const h = isHanAt(text, i);
    if (h === 0) continue;
    sample += h === 2 ? text.slice(i, i + 2) : text[i];
    if (h === 2) i++;
  }
  const converted = toSimplified(sample);
  let changed = 0;
  const n = Math.min(sample.length, converted.length);
  for (let i = 0; i < n; i++) if (sample[i] !== converted[i]) changed++;
  changed += Math.abs(sample.length - converted.length);
  return changed >= TRADITIONAL_MIN_CHANGED && changed / sample.length >= TRADITIONAL_SHARE;
}

// ---------------------------------------------------------------- line classes

const HEADING = /^#{1,6} /;
/** Sentence punctuation: a line that contains none of it reads as a title, not as prose. */
const SENTENCE_PUNCT = /[，,。、；;：:！!？?]|\.(?![0-9])/;
/** A line ending in one of these ends its sentence. */
const SENTENCE_END = /(?:[。！？!?…：:]|[^0-9.]\.|[。！？!?.][”"’』」）)])$/;
/** A line starting with these cannot start a paragraph: it continues the previous line. */
const CONTINUATION_START = /^[，,。、；;：:！!？?）)”’』」%]/;
/** These always start a new paragraph: bylines, banners, subtitles, list items. */
const PARAGRAPH_START = /^(?:本报讯|【|——|■|●|◆|▲|编者按|[-*+•](?![\d.])|\d{1,2}[.．、)）](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/;
const HAN_SPACE_HAN = /\p{Script=Han} +\p{Script=Han}/u;
const HAN_START = /^\p{Script=Han}/u;

function isHeading(line: string): boolean {
  return HEADING.test(line);
}

function stripSpaces(line: string): string {
  return line.includes(" ") ? line.replace(/ /g, "") : line;
}

interface ColumnStats {
  /** OCR of a narrow newspaper column: most lines are a dozen characters or so. */
  narrow: boolean;
  /** Typical full line length in characters (median, spaces ignored). */
  width: number;
}

const NARROW_MAX_WIDTH = 24;
const NARROW_MIN_LINES = 8;

/** What the line rules look at, computed once per line and round. Spaces never matter here. */
interface LineInfo {
  line: string;
  bare: string;
  heading: boolean;
  punct: boolean;
  hanSpaceHan: boolean;
  /** A table row (tableRows): never joined, its spaces kept. */
  table: boolean;
}

function info(line: string): LineInfo {
  const bare = stripSpaces(line);
  return { line, bare, heading: isHeading(line), punct: SENTENCE_PUNCT.test(bare), hanSpaceHan: bare !== line && HAN_SPACE_HAN.test(line), table: TABLE_ROW.test(line) };
}

// ---------------------------------------------------------------- tables

/** A table row as normalise() writes it: cells separated by " | " (an empty first cell leaves the line opening with "| "). */
const TABLE_ROW = /\|[^\n]*\|/;
const NUMERIC_CELL = /^(?:[-+−]?\d[\d,]*(?:\.\d+)?%?|[—–-]+)$/;

/** The cells of a line: split by | (two or more), else by tabs, full-width spaces or runs of two spaces. */
function cellsOf(line: string): { cells: string[]; pipe: boolean; plain?: boolean } {
  // Most lines are prose: no bar twice, no tab, no wide or double space — one cell, no splitting
  const bar = line.indexOf("|");
  const pipe = bar >= 0 && line.indexOf("|", bar + 1) >= 0;
  if (!pipe && !line.includes("\t") && !line.includes("\u3000") && !line.includes("  ")) return { cells: line ? [line] : [], pipe: false, plain: true };
  if (pipe) {
    const cells = line.split("|").map((c) => c.trim());
    // | a | b | c |: the outer bars open and close the row (a row opened only is a row with an empty first cell)
    if (/^\|/.test(line) && /\|$/.test(line)) {
      cells.shift();
      cells.pop();
    }
    return { cells, pipe: true };
  }
  // a tab separates exactly two cells (an empty cell between two tabs stays one); aligned spaces cannot say
  if (line.includes("\t")) return { cells: line.split("\t").map((c) => c.trim()), pipe: false };
  return { cells: line.split(/[ \u3000]*\u3000[ \u3000]*| {2,}/).map((c) => c.trim()).filter((c) => c.length > 0), pipe: false };
}

/**
 * Statistical tables scraped to text: a row per line, cells split by |, tabs or
 * aligned spaces. A row stays its own line (never joined to the next: its last
 * cell is a number, the next row's label Han) and its cells are written
 * " | "-separated whatever separated them, so that the claims' table reader
 * (claims/table.ts) reads one form. A |-row of three cells or more is a row; a
 * whitespace-separated one only inside a block of two such lines or more of
 * which one carries two numeric cells (a headline with spaced phrases is none).
 */
function tableRows(lines: readonly string[]): Array<{ line: string; table: boolean; plain: boolean }> {
  const read = lines.map(cellsOf);
  // plain: no tab, wide or double space in the (trimmed) line: nothing for normalise to tidy
  const out = lines.map((line, k) => ({ line, table: false, plain: read[k].plain === true }));
  const numeric = (cells: string[]) => cells.filter((c) => NUMERIC_CELL.test(c)).length;
  const tidy = (cells: string[]) => cells.map((c) => cleanBodySpaces(c.replace(/[\t\u3000]/g, " ").replace(/ {2,}/g, " "))).join(" | ").trim();
  for (let i = 0; i < lines.length; ) {
    const r = read[i];
    if (r.pipe && r.cells.length >= 3) {
      out[i] = { line: tidy(r.cells), table: true, plain: false };
      i++;
      continue;
    }
    if (r.pipe || r.cells.length < 3) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && !read[j].pipe && read[j].cells.length >= 3) j++;
    if (j - i >= 2 && read.slice(i, j).some((x) => numeric(x.cells) >= 2)) for (let k = i; k < j; k++) out[k] = { line: tidy(read[k].cells), table: true, plain: false };
    i = j;
  }
  return out;
}

function columnStats(infos: readonly LineInfo[]): ColumnStats {
  const lengths = infos.filter((l) => !l.heading).map((l) => l.bare.length).sort((a, b) => a - b);
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
function isTitleLike(l: LineInfo, stats: ColumnStats): boolean {
  if (l.heading) return true;
  if (l.bare.startsWith("本报讯")) return false;
  if (l.punct) return false;
  // Column prose fills the column: within a few characters of its width (the
  // first line of a paragraph is indented by two). Longer lines are headlines.
  const n = l.bare.length;
  if (stats.narrow && n >= stats.width - 3 && n <= stats.width + 4 && !l.hanSpaceHan) return false;
  return true;
}

const SHORT_HAN_PHRASE = /^[\u4e00-\u9fff]{2,12}$/;

/**
 * Page furniture (masthead credits, issue and page numbers; a web article's header of 发布时间/来源/
 * 阅读次数: short lines) is a line of its own, whatever its punctuation: joined to the first paragraph,
 * the header's date would read as prose and the page would lose its publication day.
 */
const PAGE_FURNITURE = /责任编辑|版式[:：]|新闻热线|总第\s*\d+\s*期|第\s*\d+\s*版|主办|承办|星期[一二三四五六日天]|发布(?:时间|日期)[:：]|阅读(?:次数|量)[:：]|【字体/;

function continues(prev: LineInfo, next: LineInfo, stats: ColumnStats, after?: LineInfo): boolean {
  if (prev.heading || next.heading || prev.table || next.table) return false;
  if ((prev.bare.length <= 60 && PAGE_FURNITURE.test(prev.bare)) || (next.bare.length <= 60 && PAGE_FURNITURE.test(next.bare))) return false;
  const p = prev.bare;
  const n = next.bare;
  if (PARAGRAPH_START.test(n)) return false;
  if (CONTINUATION_START.test(n)) return true;
  if (SENTENCE_END.test(p)) return false;
  // A line ending in a comma is cut mid-sentence ("今年1至5月," + "全县规上工业总产值" + "完成156.3亿元,"):
  // the short Han phrase between two prose lines is part of the sentence, not a title. A headline of
  // another column lands there too on OCR pages, so only a short, unspaced, all-Han phrase followed by
  // prose qualifies (narrow column pages are left to the width rule below).
  if (!stats.narrow && after && /[，,、]$/.test(p) && SHORT_HAN_PHRASE.test(next.line) && after.punct && !after.heading && !PARAGRAPH_START.test(after.bare) && !CONTINUATION_START.test(after.bare)) return true;
  // "3月5" + "日，…": a number cut off from its unit by the column edge.
  if (/[0-9]$/.test(p) && HAN_START.test(n)) return true;
  if (isTitleLike(prev, stats) || isTitleLike(next, stats)) return false;
  return true;
}

const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const LATIN_OR_DIGIT_OR_STOP = /[A-Za-z0-9,.;:!?]/;
const LATIN = /[A-Za-z]/;

function joinPair(a: string, b: string): string {
  // Latin words broken across lines keep a space; anything else (Han, a number
  // split by the column edge) is glued.
  const last = a[a.length - 1] ?? "";
  return (LATIN.test(last) || /[,;:!?]/.test(last)) && LATIN.test(b[0] ?? "") ? `${a} ${b}` : a + b;
}

function joinOnce(infos: readonly LineInfo[], stats: ColumnStats): string[] {
  // Decisions look at neighbouring lines as they are in this round, not at the
  // paragraph accumulated so far (which may have grown past the column width).
  const out: string[] = [];
  for (let k = 0; k < infos.length; k++) {
    if (k > 0 && continues(infos[k - 1], infos[k], stats, infos[k + 1])) out[out.length - 1] = joinPair(out[out.length - 1], infos[k].line);
    else out.push(infos[k].line);
  }
  return out;
}

/**
 * Body text loses every space except one before a Latin letter/digit that
 * follows a Latin letter, digit or ASCII stop ("3 100", "3, 100", "AI time").
 */
function cleanBodySpaces(line: string): string {
  if (!line.includes(" ")) return line;
  return line.replace(/ +/g, (_m: string, at: number, whole: string) => {
    const before = whole[at - 1];
    const after = whole[at + _m.length];
    return before !== undefined && after !== undefined && LATIN_OR_DIGIT_OR_STOP.test(before) && LATIN_OR_DIGIT.test(after) ? " " : "";
  });
}

// ---------------------------------------------------------------- entry point

/** Raw decoded page text → normalised text (see the header comment). */
export function normalise(text: string): string {
  let s = mapChars(text);
  if (isMostlyTraditional(s)) s = toSimplified(s);
  let infos = tableRows(s.split("\n").map((l) => l.trim()))
    .map((l) => (l.table || l.plain ? l.line : l.line.replace(/[\t\u3000]/g, " ").replace(/ {2,}/g, " ").trim()))
    .filter((l) => l.length > 0)
    .map(info);
  // Join to a fixed point: the column statistics change as lines merge, and
  // stopping early would let a second normalise() join more.
  for (;;) {
    const joined = joinOnce(infos, columnStats(infos));
    if (joined.length === infos.length) break;
    infos = joined.map(info);
  }
  const stats = columnStats(infos);
  return infos.map((l) => (l.table || isTitleLike(l, stats) ? l.line : cleanBodySpaces(l.line))).join("\n");
}
