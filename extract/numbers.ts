// Numbers in Chinese news text: one whole expression → its value (parseNumber),
// and a left-to-right scanner over normalised text (findNumbers).
//
// Choices worth knowing (also in the README):
// - A range (30—40, 30-40, 30~40, 30至40, 30到40) resolves to its LOWER bound, and
//   the lower end inherits the upper end's multiplier and percent sign
//   ("30-40万" → 300000, "30-40%" → 30): CLAIMS.md records a range as its lower
//   bound with `gte`.
// - Approximate forms keep their floor: 七八十 → 70, 三十几 → 30, 十几万 → 100000,
//   4000多 → 4000, 3万余 → 30000.
// - In the scanner, percent signs and 百分之 belong to the span (they change what
//   the value means); units, measure words and trailing 余/多/左右 do not. An
//   inner 余/多/几 that sits before a multiplier ("10余万", "十几万") stays in
//   the span because the multiplier applies across it.
// - Arabic numbers are always reported (the claims engineer decides whether a
//   number is a date, an issue number or a claim). Chinese numerals are only
//   reported when they are quantity-like: see acceptChinese() for the rule.
//
// Everything here is a single forward pass with bounded look-ahead/behind; no
// regular expression with nested quantifiers runs over user text.

export interface NumberSpan {
  start: number;
  end: number;
  value: number;
  raw: string;
  /** %, ％, 百分之…, 成 */
  percent: boolean;
  /** The digits are Chinese numerals (三千五百万, 百分之三十); false for 6亿, 3100万, 百分之0.5. */
  chinese: boolean;
  /** Set when the span is one end of a range (30—40): "low" or "high". */
  rangeEnd?: "low" | "high";
}

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
/** 廿 and 卅 are written-out 二十 and 三十. */
const TENS: Record<string, number> = { 廿: 20, 卅: 30 };
/** Inside a Chinese numeral, 几 means "some units more" and resolves to its floor. */
const APPROX_DIGIT = "几";

function isAsciiDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}
function isAsciiLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
}
function isHan(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3007;
}
// One table lookup per character keeps the scanner fast on long texts.
const CN_DIGIT = 1;
const CN_SMALL = 2;
const CN_BIG = 4;
const CN_TENS = 8;
const CN_APPROX = 16;
const CLASS = new Uint8Array(0x10000);
for (const c of Object.keys(DIGITS)) CLASS[c.charCodeAt(0)] |= CN_DIGIT;
for (const c of Object.keys(SMALL_UNITS)) CLASS[c.charCodeAt(0)] |= CN_SMALL;
for (const c of Object.keys(BIG_UNITS)) CLASS[c.charCodeAt(0)] |= CN_BIG;
for (const c of Object.keys(TENS)) CLASS[c.charCodeAt(0)] |= CN_TENS;
CLASS[APPROX_DIGIT.charCodeAt(0)] |= CN_APPROX;

function cls(c: string | undefined): number {
  return c === undefined || c.length === 0 ? 0 : CLASS[c.charCodeAt(0)];
}
function isCnDigit(c: string | undefined): boolean {
  return (cls(c) & CN_DIGIT) !== 0;
}
function isBigUnit(c: string | undefined): boolean {
  return (cls(c) & CN_BIG) !== 0;
}
function isChineseNumeralChar(c: string | undefined): boolean {
  return cls(c) !== 0;
}
/** Characters that may begin a Chinese numeral (not 零/〇/几, which only continue one). */
function startsChineseNumeral(c: string | undefined): boolean {
  return cls(c) !== 0 && c !== "零" && c !== "〇" && c !== APPROX_DIGIT;
}

// ---------------------------------------------------------------- Chinese numerals

/**
 * Value of a run of Chinese numeral characters, or null when the run is not a
 * well-formed number. `allowBareBig` lets a lone 万/亿 stand for 1万/1亿 (only
 * when a measure word follows: 万人).
 */
export function parseChineseNumeral(run: string, allowBareBig = false): number | null {
  // No real number needs more than 20 numeral characters; longer runs are noise.
  if (run.length === 0 || run.length > 20) return null;
  const v = parseChineseRun(run, allowBareBig);
  return v !== null && Number.isFinite(v) ? v : null;
}

function parseChineseRun(run: string, allowBareBig: boolean): number | null {
  // Positional digit strings: 二〇二五, 一九九八 (no units at all).
  let allDigits = true;
  for (const c of run) if (!isCnDigit(c)) allDigits = false;
  if (allDigits) {
    if (run.length === 1) return DIGITS[run];
    if (run.length < 3 && !run.includes("〇") && !run.includes("零")) return null;
    let v = 0;
    for (const c of run) v = v * 10 + DIGITS[c];
    return v;
  }
  return parseWithBigUnits(run, allowBareBig);
}

function parseWithBigUnits(run: string, allowBareBig: boolean): number | null {
  // Split on the LAST occurrence of the largest unit present: 两亿零五百万 → 两 | 亿 | 零五百万.
  for (const [unit, size] of [["亿", 1e8], ["億", 1e8], ["万", 1e4], ["萬", 1e4]] as const) {
    const k = run.lastIndexOf(unit);
    if (k < 0) continue;
    let left = run.slice(0, k);
    const right = run.slice(k + 1);
    // 万亿: the left part may itself carry 万 ("一万亿" → 1e4 × 1e8).
    let leftValue: number | null;
    if (left === "") {
      if (!allowBareBig || right !== "") return null;
      leftValue = 1;
    } else {
      // 十余万 / 二十多万: the approximate marker before a multiplier keeps the floor.
      if (left.endsWith("余") || left.endsWith("多")) left = left.slice(0, -1);
      leftValue = parseWithBigUnits(left, false);
    }
    if (leftValue === null) return null;
    if (right === "") return leftValue * size;
    // 一万五 → 15000: a bare digit after a unit is the next lower place.
    if (right.length === 1 && isCnDigit(right) && right !== "零" && right !== "〇") {
      return leftValue * size + DIGITS[right] * (size / 10);
    }
    const rest = right.startsWith("零") || right.startsWith("〇") ? right.slice(1) : right;
    if (rest === "") return null;
    const restValue = parseWithBigUnits(rest, false);
    if (restValue === null || restValue >= size) return null;
    return leftValue * size + restValue;
  }
  return parseSection(run);
}

/** A section below 万: digits with 十/百/千 (and 廿/卅), e.g. 三千五百, 十一, 三十几, 七八十. */
function parseSection(section: string): number | null {
  if (section.length === 0) return null;
  let s = section;
  for (const [t, v] of Object.entries(TENS)) s = s.split(t).join(v === 20 ? "二十" : "三十");
  let total = 0;
  let pending: number | null = null; // digit waiting for its unit
  let lastUnit = Infinity;
  let zeroSeen = false;
  let approx = false; // 几 seen: nothing may follow it but the end
  let pairFloor = false; // 七八 pair: must be followed by a unit
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (approx) return null;
    if (c === APPROX_DIGIT) {
      if (pending !== null || total === 0) return null; // 几十 alone has no floor we can state
      approx = true;
      continue;
    }
    if (c === "零" || c === "〇") {
      if (pending !== null || total === 0) return null;
      zeroSeen = true;
      continue;
    }
    if (isCnDigit(c)) {
      const d = DIGITS[c];
      if (pending !== null) {
        // 七八十 / 三四百: two neighbouring digits before a unit = a rough range; keep the floor.
        if (d !== pending + 1 || pairFloor) return null;
        pairFloor = true;
        continue;
      }
      pending = d;
      continue;
    }
    if (c in SMALL_UNITS) {
      const u = SMALL_UNITS[c];
      if (u >= lastUnit) return null;
      let coef: number;
      if (pending === null) {
        // A unit without a coefficient: 十一, 百余, 千万 — only at the very start.
        if (total !== 0) return null;
        coef = 1;
      } else coef = pending;
      total += coef * u;
      lastUnit = u;
      pending = null;
      pairFloor = false;
      zeroSeen = false;
      continue;
    }
    return null;
  }
  // 十五六 → 15: a trailing pair after 十 keeps its floor; a pair with no unit at all (七八) says too little.
  if (pairFloor) return lastUnit === 10 && pending !== null ? total + pending : null;
  if (pending !== null) {
    if (lastUnit === Infinity) return pending;
    // 三千五 → 3500 (bare digit after a unit, no 零); after 十 it is the ones digit.
    if (!zeroSeen && lastUnit >= 100) return total + pending * (lastUnit / 10);
    return total + pending;
  }
  return total;
}

// ---------------------------------------------------------------- context tables

/**
 * Measure words and units after which a Chinese numeral is a quantity. Deliberately
 * missing: 月/日 (dates: 四月), 届/期/版 (editions: 十五届), 季度 (二季度), 里 (廿里镇).
 * Longest entries are tried first.
 */
export const MEASURE_WORDS: readonly string[] = [
  "个百分点", "百分点", "平方公里", "平方米", "立方米", "标准箱", "人次", "户次", "航次", "班次", "公里", "千米",
  "公顷", "公斤", "千克", "千瓦", "兆瓦", "小时", "分钟", "标箱", "美元", "万", "亿",
  "个", "名", "人", "位", "家", "项", "条", "件", "份", "间", "艘", "座", "次", "户", "所", "套", "部", "集",
  "批", "台", "辆", "头", "只", "亩", "吨", "元", "米", "岁", "年", "天", "周", "层", "栋", "幢", "处",
  "支", "队", "类", "种", "起", "宗", "笔", "块", "棵", "株", "斤", "升", "倍", "张", "本", "篇", "首",
  "场", "轮", "趟", "遍", "班", "节", "架", "根", "颗", "枚", "床", "餐", "片",
].sort((a, b) => b.length - a.length);

/** Words that contain numeral characters but are not quantities. */
export const NUMERAL_WORDS: readonly string[] = [
  "十分", "万一", "万万", "千万不", "千万别", "千家万户", "千方百计", "千军万马", "万无一失", "一五一十",
  "四位一体", "三番五次", "千千万万", "十全十美", "一成不变", "百分百", "九九重阳", "三三两两", "一干二净",
  // five-year plans read like "14 or 15"
  "十一五", "十二五", "十三五", "十四五", "十五五",
];

/** Before these, a numeral is an ordinal or a day: 第一, 星期二, 周一, 初八, 四月廿三. */
const ORDINAL_PREFIXES = new Set(["第", "初", "期", "周", "拜", "月"]);

/** Qualifier characters that may sit between a numeral and its measure word: 百余名, 二十多个. */
const QUALIFIER_CHARS = new Set(["余", "多", "几", "来"]);

/** After Chinese 成 (三成), these characters make it a word (成员, 成立), not a percentage. */
const CHENG_OK_NEXT = new Set(["以", "左", "多", "余", "的", "是", "和", "与", "至", "到", "上", "下"]);

/** Words grouped by first character, order kept (longest first): one lookup instead of a scan of the list. */
function byFirstChar(words: readonly string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const w of words) {
    const list = m.get(w[0]);
    if (list) list.push(w);
    else m.set(w[0], [w]);
  }
  return m;
}
const INDEXED = new WeakMap<readonly string[], Map<string, string[]>>();

function startsWithAt(text: string, at: number, words: readonly string[]): string | null {
  let index = INDEXED.get(words);
  if (!index) INDEXED.set(words, (index = byFirstChar(words)));
  const list = index.get(text[at]);
  if (list) for (const w of list) if (text.startsWith(w, at)) return w;
  return null;
}

const NUMERAL_WORDS_BY_FIRST = byFirstChar(NUMERAL_WORDS);
const LONGEST_NUMERAL_WORD = Math.max(...NUMERAL_WORDS.map((w) => w.length));

function overlapsNumeralWord(text: string, start: number, end: number): boolean {
  for (let k = Math.max(0, start - LONGEST_NUMERAL_WORD + 1); k < end; k++) {
    const list = NUMERAL_WORDS_BY_FIRST.get(text[k]);
    if (!list) continue;
    for (const w of list) if (k + w.length > start && text.startsWith(w, k)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- tokens

interface Token {
  start: number;
  end: number;
  value: number;
  percent: boolean;
  chinese: boolean;
  /** Multiplier applied by 万/亿/千 after the digits (1 when none): a range's low end inherits it. */
  scale: number;
}

/**
 * Read an Arabic number at `i` (text[i] is 0-9): 1,234.5, 3100万, 1.5万亿, 10余万,
 * 3千万, 42%. Returns null for dotted sequences (2025.5.20, 1.2.3) and
 * identifiers glued to a Latin letter (G60).
 */
function readArabic(text: string, i: number, end: number): Token | null | { skipTo: number } {
  let j = i;
  while (j < end && isAsciiDigit(text[j])) j++;
  const intEnd = j;
  let digits = text.slice(i, intEnd);
  // Thousands separators: 1-3 leading digits, then groups of exactly three.
  if (intEnd - i <= 3) {
    let k = j;
    let grouped = "";
    while (text[k] === "," && isAsciiDigit(text[k + 1]) && isAsciiDigit(text[k + 2]) && isAsciiDigit(text[k + 3]) && !isAsciiDigit(text[k + 4])) {
      grouped += text.slice(k + 1, k + 4);
      k += 4;
    }
    if (grouped) {
      digits += grouped;
      j = k;
    }
  }
  let numText = digits;
  if (j < end && text[j] === "." && isAsciiDigit(text[j + 1])) {
    let k = j + 1;
    while (k < end && isAsciiDigit(text[k])) k++;
    if (k < end && text[k] === "." && isAsciiDigit(text[k + 1])) {
      // A dotted sequence (date, version, IP): skip it whole.
      while (k < end && (isAsciiDigit(text[k]) || (text[k] === "." && isAsciiDigit(text[k + 1])))) k++;
      return { skipTo: k };
    }
    numText += text.slice(j, k);
    j = k;
  }
  if (isAsciiLetter(text[i - 1])) return { skipTo: j };
  let value = Number(numText);
  if (!Number.isFinite(value)) return { skipTo: j };
  let scale = 1;
  const isSmallInt = !numText.includes(".") && numText.length === 1;
  // 10余万 / 20多亿: an approximate marker between the number and its multiplier.
  if ((text[j] === "余" || text[j] === "多") && j + 1 < end && isBigUnit(text[j + 1])) j++;
  // 3千万 / 5百万 / 3千: 千/百 after Arabic digits only before 万/亿 or after a single digit.
  if (j < end && (text[j] === "千" || text[j] === "百") && ((j + 1 < end && isBigUnit(text[j + 1])) || isSmallInt)) {
    scale *= SMALL_UNITS[text[j]];
    j++;
  }
  let bigCount = 0;
  while (j < end && isBigUnit(text[j]) && bigCount < 2) {
    scale *= BIG_UNITS[text[j]];
    j++;
    bigCount++;
  }
  value = roundScaled(value, scale);
  let percent = false;
  if (scale === 1 && j < end && (text[j] === "%" || text[j] === "％")) {
    percent = true;
    j++;
  }
  if (!Number.isFinite(value)) return { skipTo: j };
  return { start: i, end: j, value, percent, chinese: false, scale };
}

/** 1.03 × 10000 must be 10300, not 10300.000000000002. */
function roundScaled(value: number, scale: number): number {
  if (scale === 1) return value;
  const v = value * scale;
  const r = Math.round(v);
  return Math.abs(v - r) < 1e-6 * Math.max(1, Math.abs(v)) ? r : v;
}

/** The maximal run of Chinese numeral characters at i, including an inner 余/多 before 万/亿. */
function chineseRunEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end) {
    const c = text[j];
    if (isChineseNumeralChar(c)) {
      j++;
      continue;
    }
    if ((c === "余" || c === "多") && j > i && j + 1 < end && isBigUnit(text[j + 1])) {
      j++;
      continue;
    }
    break;
  }
  // A trailing 几 belongs to the number (三十几); a trailing 零 does not.
  if (!isAllPositional(text, i, j)) while (j - i > 1 && (text[j - 1] === "零" || text[j - 1] === "〇")) j--;
  return j;
}

function isAllPositional(text: string, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (!isCnDigit(text[k])) return false;
  return true;
}

/**
 * The rule for Chinese numerals in running text (they are also ordinary
 * characters: 统一, 一线, 万物, 十分, 三大差距):
 *  1. never after 第/初/星期/周/月 (ordinals, weekdays, days of a month);
 *  2. never a lone 一 (一批, 一个 — in Chinese "one + measure word" is mostly an article);
 *  3. never inside a listed word (NUMERAL_WORDS: 十分, 千家万户 …);
 *  4. then accept when a measure word or unit follows (optionally after 余/多/几/来),
 *     or when the run has ≥ 2 numeral characters and is not glued to another Han
 *     character (二十大 and 四中全会 stay out, "增长一千三百万。" is in), or when it
 *     carries 万/亿 with a coefficient (十几万).
 */
function acceptChinese(text: string, start: number, end: number): boolean {
  const run = text.slice(start, end);
  if (ORDINAL_PREFIXES.has(text[start - 1])) return false;
  if (run === "一") return false;
  if (overlapsNumeralWord(text, start, end)) return false;
  let k = end;
  if (QUALIFIER_CHARS.has(text[k])) k++;
  if (startsWithAt(text, k, MEASURE_WORDS)) return true;
  const numeralChars = run.length;
  if (numeralChars >= 2 && !isHan(text[end])) return true;
  if (numeralChars >= 2 && k > end) return true; // 三十余, 百余 followed by anything
  if (numeralChars >= 2 && /[万亿萬億]/.test(run) && !/^[万亿萬億]/.test(run)) return true;
  return false;
}

/** 百分之三十 / 百分之0.5 at i: returns the token or null. */
function readBaiFenZhi(text: string, i: number, end: number): Token | null {
  if (!text.startsWith("百分之", i)) return null;
  const s = i + 3;
  if (s >= end) return null;
  if (isAsciiDigit(text[s])) {
    const t = readArabic(text, s, end);
    if (t === null || "skipTo" in t || t.scale !== 1 || t.percent) return null;
    return { start: i, end: t.end, value: t.value, percent: true, chinese: false, scale: 1 };
  }
  const runEnd = chineseRunEnd(text, s, end);
  if (runEnd === s) return null;
  const v = parseChineseNumeral(text.slice(s, runEnd));
  if (v === null) return null;
  return { start: i, end: runEnd, value: v, percent: true, chinese: true, scale: 1 };
}

/** A Chinese numeral token at i, optionally turned into a percentage by 成 (三成 → 30). */
function readChinese(text: string, i: number, end: number, inContext: boolean): Token | null {
  const runEnd = chineseRunEnd(text, i, end);
  if (runEnd === i) return null;
  // Context rules first: most runs in running text (统一, 一批) are rejected before any parsing
  if (inContext && text[runEnd] !== "成" && !acceptChinese(text, i, runEnd)) return null;
  const run = text.slice(i, runEnd);
  const k = QUALIFIER_CHARS.has(text[runEnd]) ? runEnd + 1 : runEnd;
  const measureFollows = startsWithAt(text, k, MEASURE_WORDS) !== null;
  const value = parseChineseNumeral(run, measureFollows && /^[万亿萬億]$/.test(run));
  if (value === null) return null;
  // 三成 / 两成以上: 成 as tenths, unless it starts a word (成员, 成立).
  // 一成半: a tenth and a half (15 %)
  const half = text[runEnd] === "成" && text[runEnd + 1] === "半" && runEnd + 1 < end;
  if (text[runEnd] === "成" && value <= 10 && (half || runEnd + 1 >= end || !isHan(text[runEnd + 1]) || CHENG_OK_NEXT.has(text[runEnd + 1]))) {
    if (inContext && (ORDINAL_PREFIXES.has(text[i - 1]) || overlapsNumeralWord(text, i, runEnd + 1))) return null;
    return { start: i, end: runEnd + (half ? 2 : 1), value: value * 10 + (half ? 5 : 0), percent: true, chinese: true, scale: 1 };
  }
  if (inContext && text[runEnd] === "成" && !acceptChinese(text, i, runEnd)) return null;
  let scale = 1;
  const last = run[run.length - 1];
  if (isBigUnit(last)) scale = BIG_UNITS[last];
  return { start: i, end: runEnd, value, percent: false, chinese: true, scale };
}

/** Range connectors between two numbers: 30—40, 30-40, 30~40, 30至40, 30到40. */
const RANGE_CONNECTORS = ["——", "—", "–", "-", "~", "～", "〜", "至", "到"];

// ---------------------------------------------------------------- scanner

/** Every maximal numeric expression in a normalised text, left to right, non-overlapping. */
export function findNumbers(text: string): NumberSpan[] {
  const spans: NumberSpan[] = [];
  const end = text.length;
  let i = 0;
  while (i < end) {
    const code = text.charCodeAt(i);
    if ((code < 0x30 || code > 0x39) && CLASS[code] === 0) {
      i++;
      continue;
    }
    const c = text[i];
    let tok: Token | null = null;
    let next = i + 1;
    if (isAsciiDigit(c)) {
      const t = readArabic(text, i, end);
      if (t && "skipTo" in t) next = Math.max(t.skipTo, i + 1);
      else if (t) tok = t;
      else next = i + 1;
      if (!tok) {
        i = next;
        continue;
      }
    } else if (c === "百" && text.startsWith("百分之", i)) {
      tok = readBaiFenZhi(text, i, end);
      if (!tok) next = i + 3;
    } else if (startsChineseNumeral(c)) {
      tok = readChinese(text, i, end, true);
      if (!tok) {
        // Skip the whole run so that scanning stays linear (retrying inside a run
        // that failed as a whole would be quadratic on long numeral runs).
        next = Math.max(i + 1, chineseRunEnd(text, i, end));
      }
    }
    if (!tok) {
      i = next;
      continue;
    }
    spans.push({
      start: tok.start,
      end: tok.end,
      value: tok.value,
      raw: text.slice(tok.start, tok.end),
      percent: tok.percent,
      chinese: tok.chinese,
    });
    i = tok.end;
  }
  markRanges(text, spans);
  return spans;
}

/** Two spans joined by a range connector: tag them and let the low end inherit scale and percent. */
function markRanges(text: string, spans: NumberSpan[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k];
    const b = spans[k + 1];
    const between = text.slice(a.end, b.start);
    if (!RANGE_CONNECTORS.includes(between)) continue;
    const bScale = scaleOf(b.raw);
    const aScale = scaleOf(a.raw);
    let low = a.value;
    if (aScale === 1 && bScale !== 1) low = roundScaled(a.value, bScale);
    if (!(low <= b.value)) continue; // not ascending: a date span (2024-3) or a code, not a range
    a.value = low;
    if (b.percent && !a.percent) a.percent = true;
    a.rangeEnd = "low";
    b.rangeEnd = "high";
    k++;
  }
}

function scaleOf(raw: string): number {
  let scale = 1;
  for (let k = raw.length - 1; k >= 0 && isBigUnit(raw[k]); k--) scale *= BIG_UNITS[raw[k]];
  return scale;
}

// ---------------------------------------------------------------- whole expression

const FULLWIDTH_DIGIT_START = 0xff10;

function toHalfWidthNumeric(s: string): string {
  let out = "";
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= FULLWIDTH_DIGIT_START && code <= FULLWIDTH_DIGIT_START + 9) out += String.fromCharCode(code - 0xfee0);
    else if (ch === "％") out += "%";
    else if (ch === "．") out += ".";
    else if (ch === "，") out += ",";
    else out += ch;
  }
  return out;
}

const MAX_EXPRESSION_LENGTH = 64;

/** Trailing qualifiers that parseNumber accepts and ignores: 3万余, 4000多, 30左右. */
const TRAILING_QUALIFIERS = ["左右", "以上", "以下", "余", "多", "许", "来"];

/** A token read from the start of `s` without context rules, or null. */
function readToken(s: string, i: number): Token | null {
  const end = s.length;
  if (isAsciiDigit(s[i])) {
    const t = readArabic(s, i, end);
    return t && !("skipTo" in t) ? t : null;
  }
  if (s.startsWith("百分之", i)) return readBaiFenZhi(s, i, end);
  if (startsChineseNumeral(s[i])) return readChinese(s, i, end, false);
  return null;
}

/**
 * The value of ONE whole numeric expression ("1,234.5", "１２３", "两亿零五百万",
 * "1.5万", "百分之三十", "三成", "30—40" → 30), or null when `text` is anything
 * else ("", "万", "第一", "3个", "2025年"). Never throws.
 */
export function parseNumber(text: string): number | null {
  try {
    if (typeof text !== "string") return null;
    const trimmed = text.trim();
    // No single numeric expression is this long; spare the work on junk input.
    if (trimmed.length === 0 || trimmed.length > MAX_EXPRESSION_LENGTH) return null;
    const s = toHalfWidthNumeric(trimmed);
    const a = readToken(s, 0);
    if (!a) return null;
    let i = a.end;
    let value = a.value;
    const conn = RANGE_CONNECTORS.find((c) => s.startsWith(c, i));
    if (conn && i + conn.length < s.length) {
      const b = readToken(s, i + conn.length);
      if (!b) return null;
      const bScale = b.scale;
      if (a.scale === 1 && bScale !== 1) value = roundScaled(a.value, bScale);
      if (!(value <= b.value)) return null;
      i = b.end;
    }
    const q = TRAILING_QUALIFIERS.find((w) => s.startsWith(w, i));
    if (q) i += q.length;
    if (i !== s.length) return null;
    return Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}
