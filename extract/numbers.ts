// Numbers in Chinese news text: one whole expression → its value (parseNumber),
// and a left-to-right scanner over normalised text (findNumbers).
//
// The grammar (one parser, parseNumeral, serves both):
// - Arabic: 1,234.5 · .5 (leading dot) · 42% · 5‰ (per mille → 0.5 %)
// - Chinese: 三千五百, 两亿零五百万, 一百零一万零三千零十二, 十一, 廿三, 壹仟贰佰,
//   二〇二五 (positional digits), 十五点七 and 零点五 (点/點 decimals), 一万五 and
//   三千五 (the last digit is the next lower place)
// - mixed: 1.5万, 3100万, 5万4千6百, 25万6千, 3万4000, 2千零30万, 1亿2千万. An Arabic
//   group after a unit must fill the places below it (3万4000) or follow 零
//   (3万零400): 3万5 and 2千5 are ambiguous (35000 or 30005?) and are not read whole.
// - negatives: 负三十二, 負1.1, -3.2
// - fractions: 三分之一, 3分之1, 十分之一, 一半; 百分之/千分之/万分之 are percentages;
//   a whole number with a fraction (三又二分之一 → 3.5) is a plain quantity; 1/3
//   only in parseNumber (in running text a slash is as likely a date).
// - tenths: 三成, 一成半 → 15; after a share cue (近六成实现) whatever follows 成.
//
// Choices worth knowing:
// - A range (30—40, 30-40, 30~40, 30至40, 30到40) resolves to its LOWER bound, and
//   the lower end inherits the upper end's multiplier and percent sign
//   ("30-40万" → 300000, "30-40%" → 30): docs/claims.md records a range as its lower
//   bound with `gte`.
// - Approximate forms keep their floor: 七八十 → 70, 三十几 → 30, 十几万 → 100000,
//   七八万 → 70000, 4000多 → 4000, 3万余 → 30000.
// - Percentages are their number: 42% → 42, 百分之五十五点五七九 → 55.579,
//   千分之五 → 0.5, 万分之三 → 0.03, 5‰ → 0.5. parseNumber gives a fraction N分之M
//   as its plain value (三分之一 → 0.333…, 四分之三 → 0.75), as the contract's
//   "one numeric expression" asks; the scanner reports every fraction as a share,
//   percent: true and value M×100/N (三分之一 → 33.33…), because in running text
//   (占比超过三分之一) a fraction says what a percentage says, and the claims
//   record keeps shares in %. For 百分之/千分之/万分之 the two readings agree.
// - In the scanner, signs, percent signs, 百分之 and whole fractions belong to the
//   span (they change what the value means); units, measure words and trailing
//   余/多/左右 do not. An inner 余/多/几 that sits before a multiplier ("10余万",
//   "十几万") stays in the span because the multiplier applies across it.
// - A minus sign is a sign only where no range or list can be meant: after a
//   space, an opening bracket, : , ; 、 = or a Han character that is no numeral,
//   unit, measure word or date word — never after a digit (30-40 is a range), a
//   unit (30元-40元, 30%-40%, 2023年-2025年), nor at the start of a line (a list
//   marker). 负 before a number is always a sign, except in 正负 (±) and 胜负.
// - A leading-dot decimal (.5) is read in running text only after a space, an
//   opening bracket, : or =, where it cannot end a sentence or an enumeration.
// - 点 is a decimal point only between Chinese numerals and positional digits
//   (十五点七); in running text, a decimal followed by 分/刻/时/秒/钟 is a clock
//   time (八点三十分, 三点一刻) and no number; 1点5 is never read (8点30分).
// - Arabic numbers are always reported (the claims engineer decides whether a
//   number is a date, an issue number or a claim). Chinese numerals are only
//   reported when they are quantity-like: see acceptChinese() for the rule.
//
// Everything here is a single forward pass with bounded look-ahead/behind; no
// regular expression with nested quantifiers runs over user text.
import { bitSet, hasBit, setBit } from "./bits";

export interface NumberSpan {
  start: number;
  end: number;
  /** Negative for 负3, -3.2; a percentage or fraction as a percentage (三分之一 → 33.33…). */
  value: number;
  raw: string;
  /** %, ％, ‰, 百分之…, 千分之…, 成, and every fraction N分之M */
  percent: boolean;
  /** The digits are Chinese numerals (三千五百万, 百分之三十); false for 6亿, 3100万, 百分之0.5, 5万4千. */
  chinese: boolean;
  /** Set when the span is one end of a range (30—40): "low" or "high". */
  rangeEnd?: "low" | "high";
}

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
/** 廿, 卅 and 卌 are written-out 二十, 三十 and 四十. */
const TENS: Record<string, string> = { 廿: "二十", 卅: "三十", 卌: "四十" };
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
/** Digits that may be written positionally (二〇二五, 三点一四): not 两, which only counts. */
const CN_POSITIONAL = 32;
const CLASS = new Uint8Array(0x10000);
for (const c of Object.keys(DIGITS)) CLASS[c.charCodeAt(0)] |= CN_DIGIT;
for (const c of "零〇一二三四五六七八九") CLASS[c.charCodeAt(0)] |= CN_POSITIONAL;
for (const c of Object.keys(SMALL_UNITS)) CLASS[c.charCodeAt(0)] |= CN_SMALL;
for (const c of Object.keys(BIG_UNITS)) CLASS[c.charCodeAt(0)] |= CN_BIG;
for (const c of Object.keys(TENS)) CLASS[c.charCodeAt(0)] |= CN_TENS;
CLASS[APPROX_DIGIT.charCodeAt(0)] |= CN_APPROX;
/** A bit per character with a CLASS (8 kB): findNumbers' skip test over every character of a page. */
const NUMERAL = bitSet(0x10000);
CLASS.forEach((k, c) => {
  if (k !== 0) setBit(NUMERAL, c);
});

function cls(c: string | undefined): number {
  return c === undefined || c.length === 0 ? 0 : CLASS[c.charCodeAt(0)];
}
function isBigUnit(c: string | undefined): boolean {
  return (cls(c) & CN_BIG) !== 0;
}
function isPositional(c: string | undefined): boolean {
  return (cls(c) & CN_POSITIONAL) !== 0;
}
function isZero(c: string | undefined): boolean {
  return c === "零" || c === "〇";
}
function isPoint(c: string | undefined): boolean {
  return c === "点" || c === "點";
}
/** Characters that may begin a Chinese numeral (not 零/〇/几, which only continue one; 零点五 is checked apart). */
function startsChineseNumeral(c: string | undefined): boolean {
  return cls(c) !== 0 && !isZero(c) && c !== APPROX_DIGIT;
}

// ---------------------------------------------------------------- the grammar

/** No real number needs more characters than this (九千九百九十九亿九千九百九十九万… is 23); longer runs are noise. */
const MAX_RUN = 40;

interface Literal {
  end: number;
  value: number;
  /** Digits before the decimal point (commas not counted). */
  intDigits: number;
  integer: boolean;
  /** A dotted sequence (2025.5.20, 1.2.3): `end` is past all of it. */
  dotted: boolean;
}

/**
 * An Arabic literal at i: 1234, 1,234,567 (1-3 digits, then groups of exactly three),
 * 10.8, .5 (a leading dot). A second dot makes it a dotted sequence.
 */
function readLiteral(text: string, i: number, end: number): Literal | null {
  let j = i;
  const leadingDot = text[i] === ".";
  if (leadingDot) j++;
  const digitsStart = j;
  while (j < end && isAsciiDigit(text[j])) j++;
  if (j === digitsStart) return null;
  let numText = text.slice(digitsStart, j);
  let intDigits = leadingDot ? 0 : j - digitsStart;
  if (leadingDot) {
    if (text[j] === "." && isAsciiDigit(text[j + 1])) return { end: skipDotted(text, j, end), value: 0, intDigits: 0, integer: false, dotted: true };
    return { end: j, value: Number("0." + numText), intDigits: 0, integer: false, dotted: false };
  }
  if (intDigits <= 3) {
    let k = j;
    let grouped = "";
    while (text[k] === "," && isAsciiDigit(text[k + 1]) && isAsciiDigit(text[k + 2]) && isAsciiDigit(text[k + 3]) && !isAsciiDigit(text[k + 4])) {
      grouped += text.slice(k + 1, k + 4);
      k += 4;
    }
    if (grouped) {
      numText += grouped;
      intDigits += grouped.length;
      j = k;
    }
  }
  let integer = true;
  if (text[j] === "." && isAsciiDigit(text[j + 1])) {
    let k = j + 1;
    while (k < end && isAsciiDigit(text[k])) k++;
    if (text[k] === "." && isAsciiDigit(text[k + 1])) return { end: skipDotted(text, k, end), value: 0, intDigits, integer: false, dotted: true };
    numText += text.slice(j, k);
    j = k;
    integer = false;
  }
  return { end: j, value: Number(numText), intDigits, integer, dotted: false };
}

function skipDotted(text: string, k: number, end: number): number {
  while (k < end && (isAsciiDigit(text[k]) || (text[k] === "." && isAsciiDigit(text[k + 1])))) k++;
  return k;
}

/**
 * 1.03 × 10000 must be 10300, not 10300.000000000002, and 10.00001万 100000.1:
 * a product keeps 15 significant digits, which is all a written number has.
 */
function roundScaled(value: number, scale: number): number {
  if (scale === 1) return value;
  const v = value * scale;
  return Number.isInteger(v) || !Number.isFinite(v) ? v : Number(v.toPrecision(15));
}

interface Numeral {
  value: number;
  /** Some digits are Arabic (5万4千, 3100万). */
  arabic: boolean;
  /** Written with a 点 decimal (十五点七). */
  decimal: boolean;
}

/**
 * The value of a whole numeral (no sign, percent or fraction), or null when `run`
 * is not one well-formed number. `allowBareBig` lets a lone 万/亿 stand for
 * 1万/1亿 (only when a measure word follows: 万人).
 *
 * One left-to-right pass: `section` collects the places below the next 万/亿
 * (三千五百), `pending` is a coefficient waiting for its unit, `total` the
 * groups already closed by 万/亿.
 */
function parseNumeral(input: string, allowBareBig = false): Numeral | null {
  if (input.length === 0 || input.length > MAX_RUN) return null;
  let run = input;
  for (const c of run) {
    if (cls(c) & CN_TENS) {
      run = run.replace(/[廿卅卌]/g, (t) => TENS[t]);
      break;
    }
  }
  const n = run.length;
  if (n === 1 && isBigUnit(run)) return allowBareBig ? { value: BIG_UNITS[run], arabic: false, decimal: false } : null;
  // Positional digit strings: 二〇二五, 一九九八 (no units at all); 一二 says too little.
  let positional = true;
  for (const c of run) if (!isPositional(c)) positional = false;
  if (positional) {
    if (n === 1) return { value: DIGITS[run], arabic: false, decimal: false };
    if (n < 3 && !run.includes("〇") && !run.includes("零")) return null;
    let v = 0;
    for (const c of run) v = v * 10 + DIGITS[c];
    return { value: v, arabic: false, decimal: false };
  }

  let total = 0; // groups closed by 万/亿
  let lastBig = 0; // the last 万/亿 applied (0: none yet)
  let maxBig = 0; // the largest one applied: a bigger one may follow only to multiply all (一万亿)
  let section = 0; // places below the next 万/亿
  let lastSmall = Infinity; // the last 十/百/千 in this section
  let lastPlace = 1; // the last unit read, small or big
  let pending: number | null = null; // coefficient waiting for its unit
  let pendingArabic = false;
  let pendingDigits = 0; // integer digits of an Arabic coefficient
  let pendingInteger = true;
  let pair = false; // 七八 read: the floor (七) is pending
  let zero = false; // 零 since the last unit
  let approx = false; // 几 read: only 万/亿 may follow
  let decimal = false; // a decimal coefficient read: only 万/亿 (or 千万) may follow
  let arabic = false;
  let pointSeen = false;
  let i = 0;
  while (i < n) {
    const c = run[i];
    const code = c.charCodeAt(0);
    if ((code >= 48 && code <= 57) || (c === "." && i === 0)) {
      if (pending !== null || approx || decimal) return null;
      const lit = readLiteral(run, i, n);
      if (!lit || lit.dotted || !Number.isFinite(lit.value)) return null;
      pending = lit.value;
      pendingArabic = true;
      pendingDigits = lit.intDigits;
      pendingInteger = lit.integer;
      decimal = !lit.integer;
      arabic = true;
      i = lit.end;
      continue;
    }
    const k = CLASS[code];
    if (isZero(c)) {
      if (pending !== null || zero || approx || decimal) return null;
      if (section === 0 && total === 0) {
        // 零点五: a zero integer part
        if (!isPoint(run[i + 1])) return null;
        pending = 0;
        pendingArabic = false;
        pendingInteger = true;
        i++;
        continue;
      }
      zero = true;
      i++;
      continue;
    }
    if (k & CN_DIGIT) {
      if (approx || decimal) return null;
      const d = DIGITS[c];
      if (pending !== null) {
        // 七八十 / 三四百: two neighbouring digits before a unit = a rough range; keep the floor.
        if (pendingArabic || pair || d !== pending + 1) return null;
        pair = true;
        i++;
        continue;
      }
      pending = d;
      pendingArabic = false;
      pendingInteger = true;
      i++;
      continue;
    }
    if (isPoint(c)) {
      // 十五点七, 二十点五, 零点五, 一万零五百点五: the decimal point closes the integer part
      if (decimal || approx || pair || (pending !== null && pendingArabic)) return null;
      let intPart: number;
      if (pending !== null) {
        // 三千五点五: after 百/千 a bare digit would be the next place, not the ones
        if (!zero && lastSmall !== Infinity && lastSmall >= 100) return null;
        intPart = section + pending;
      } else {
        // 一百点五; 一万点五 (nothing below 万 but the decimal)
        if (section === 0 && lastBig === 0) return null;
        intPart = section;
      }
      let j = i + 1;
      let frac = "";
      while (j < n && isPositional(run[j])) frac += DIGITS[run[j++]];
      if (frac === "") return null;
      pending = Number(`${intPart}.${frac}`);
      pendingArabic = false;
      pendingInteger = false;
      section = 0;
      lastSmall = Infinity;
      zero = false;
      decimal = true;
      pointSeen = true;
      i = j;
      continue;
    }
    if (k & CN_SMALL) {
      const u = SMALL_UNITS[c];
      if (approx || u >= lastSmall) return null;
      const beforeBig = isBigUnit(run[i + 1]) || ((run[i + 1] === "余" || run[i + 1] === "多") && isBigUnit(run[i + 2]));
      let coef: number;
      if (pending === null) {
        // A unit without a coefficient: 十一, 百余, 千万 at the very start; 零十二 after a zero.
        if (decimal || pointSeen) return null;
        if ((section === 0 && total === 0 && lastBig === 0) || (zero && u === 10)) coef = 1;
        else return null;
      } else {
        // 1.5千万, 12千万: a decimal or multi-digit coefficient before 千 only when 万/亿 follows
        if ((!pendingInteger || pendingDigits > 1) && !beforeBig) return null;
        coef = pending;
      }
      section += coef * u;
      // 1.7千万: 1.7 × 1000 is not always exactly 1700
      if (!Number.isInteger(section) && Math.abs(section - Math.round(section)) < 1e-9) section = Math.round(section);
      lastSmall = u;
      lastPlace = u;
      pending = null;
      pendingArabic = false;
      pendingDigits = 0;
      pendingInteger = true;
      pair = false;
      zero = false;
      i++;
      continue;
    }
    if (k & CN_BIG) {
      const U = BIG_UNITS[c];
      if (pending === null && section === 0) {
        // 一万亿: a bigger unit right after a smaller one multiplies everything before it
        if (total > 0 && !zero && U > lastBig && U > maxBig) {
          total = roundScaled(total, U);
          lastBig = maxBig = U;
          lastPlace = U;
          i++;
          continue;
        }
        return null;
      }
      const g = section + (pending ?? 0);
      if (lastBig === 0) total = roundScaled(g, U);
      else if (U < lastBig) {
        const add = roundScaled(g, U);
        if (add >= lastBig) return null;
        total += add;
      } else if (U > maxBig) total = roundScaled(total + g, U); // 一万二千亿
      else return null;
      lastBig = U;
      if (U > maxBig) maxBig = U;
      lastPlace = U;
      section = 0;
      lastSmall = Infinity;
      pending = null;
      pendingArabic = false;
      pendingDigits = 0;
      pendingInteger = true;
      pair = false;
      zero = false;
      i++;
      continue;
    }
    if (c === APPROX_DIGIT) {
      // 三十几, 十几万: 几 after a unit; 几十 alone has no floor we can state
      if (pending !== null || approx || decimal || (section === 0 && total === 0)) return null;
      approx = true;
      i++;
      continue;
    }
    if ((c === "余" || c === "多") && isBigUnit(run[i + 1]) && (pending !== null || section > 0)) {
      // 十余万, 10余万, 二十多万: the approximate marker before a multiplier keeps the floor
      i++;
      continue;
    }
    return null;
  }
  let last = 0;
  if (pending !== null) {
    if (pair) {
      // 十五六 → 15: a trailing pair after 十 keeps its floor; a pair with no unit at all (七八) says too little.
      if (lastSmall !== 10 || zero) return null;
      last = pending;
    } else if (pendingArabic) {
      // 3万4000, 2千500: an Arabic group after a unit fills the places below it; 3万5 is ambiguous
      if (lastPlace > 1 && !zero && pendingDigits !== Math.round(Math.log10(lastPlace))) return null;
      last = pending;
    } else if (!zero && !decimal && lastPlace >= 100) {
      // 三千五 → 3500, 一万五 → 15000: a bare digit after a unit is the next lower place.
      // Not in mixed forms: 20万一(年) is 20万 and a word.
      if (arabic) return null;
      last = pending * (lastPlace / 10);
    } else last = pending;
  }
  const low = section + last;
  if (lastBig > 0 && low >= lastBig) return null;
  const value = total + low;
  if (!Number.isFinite(value)) return null;
  return { value, arabic, decimal: pointSeen };
}

/**
 * Value of a run of Chinese (or mixed) numeral characters, or null when the run
 * is not a well-formed number. `allowBareBig` lets a lone 万/亿 stand for 1万/1亿.
 */
export function parseChineseNumeral(run: string, allowBareBig = false): number | null {
  return parseNumeral(run, allowBareBig)?.value ?? null;
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
  "一点一滴", "一点一点", "两点一线", "三点一线",
  // five-year plans read like "14 or 15"
  "十一五", "十二五", "十三五", "十四五", "十五五",
];

/** Before these, a numeral is an ordinal or a day: 第一, 星期二, 周一, 初八, 四月廿三. */
const ORDINAL_PREFIXES = new Set(["第", "初", "期", "周", "拜", "月"]);

/** Qualifier characters that may sit between a numeral and its measure word: 百余名, 二十多个. */
const QUALIFIER_CHARS = new Set(["余", "多", "几", "来"]);

/** After Chinese 成 (三成), these characters make it a word (成员, 成立), not a percentage. */
/** The digits that may follow 成 as hundredths (三成五), valued by DIGITS. */
const HUNDREDTHS_DIGIT = /^[一二三四五六七八九]$/;
/** What may follow 三成五: a qualifier or punctuation, not a unit or a word (三成五年, 三成五个). */
const CHENG_DIGIT_OK_NEXT = new Set(["以", "左", "多", "的", "上", "强", "弱"]);
const CHENG_OK_NEXT = new Set(["以", "左", "多", "余", "的", "是", "和", "与", "至", "到", "上", "下"]);

/** Before a numeral, these make a following 成 tenths whatever comes after it: 近六成实现, 超三成来自. */
const SHARE_CUES = new Set([..."近约超逾占达足到过"]);

/** Before a bare magnitude (千万, 百万), these make it a quantity: 上千万的, 数百万的, 近千万的. */
const QUANTITY_CUES = new Set([...SHARE_CUES, "上", "数", "几"]);

/** After a 点 decimal these make it a clock time: 八点三十分, 三点一刻, 十点零五分. */
const CLOCK_AFTER = new Set(["分", "刻", "时", "秒", "钟"]);

/** After an Arabic group that follows a unit (3万2025年), these show that the group is a date of its own. */
const DATE_AFTER = new Set(["年", "月", "日", "号", "时", "点", "分", "秒"]);

/** A dash after these is a range or a joint (2023年-2025年, 30元-40元, 1楼-3楼), not a minus sign. */
const NO_SIGN_AFTER = new Set([..."年月日号时分秒点度期届楼层版级季"]);

/** Before a dash, these may precede a minus sign (besides Han text that is no numeral, unit or date). */
const SIGN_AFTER = new Set([..." \t(（[【:：,，;；、=＝“\"‘'《<"]);

/** A leading-dot decimal (.5) only after these: elsewhere the dot may end a sentence or an item. */
const LEADING_DOT_AFTER = new Set([..." \t(（[【:：=＝"]);

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

/** A measure word or unit ends right before `at` (30元-, 5吨-). */
function measureWordEndsAt(text: string, at: number): boolean {
  for (let len = 1; len <= 4 && len <= at; len++) {
    const w = startsWithAt(text, at - len, MEASURE_WORDS);
    if (w !== null && w.length === len) return true;
  }
  return false;
}

const NUMERAL_WORDS_BY_FIRST = byFirstChar(NUMERAL_WORDS);
const LONGEST_NUMERAL_WORD = Math.max(...NUMERAL_WORDS.map((w) => w.length));

/**
 * A listed word overlaps the numeral [start, end): 十分, 万一, 千万不. A word that
 * lies strictly inside a longer numeral (万一 in 一万一千) does not count.
 */
function overlapsNumeralWord(text: string, start: number, end: number): boolean {
  for (let k = Math.max(0, start - LONGEST_NUMERAL_WORD + 1); k < end; k++) {
    const list = NUMERAL_WORDS_BY_FIRST.get(text[k]);
    if (!list) continue;
    for (const w of list) {
      if (k + w.length <= start || !text.startsWith(w, k)) continue;
      const inside = k >= start && k + w.length <= end && end - start > w.length;
      if (!inside) return true;
    }
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
  /** Multiplier applied by 万/亿 at the end (1 when none): a range's low end inherits it. */
  scale: number;
  /** N分之M written with a denominator other than a bare 百/千/万: its plain value M/N (parseNumber's reading). */
  ratio?: number;
}

type Read = Token | { skipTo: number };

/**
 * End of the numeral run at i: Arabic literals, Chinese numeral characters, an
 * inner 余/多 before 万/亿, and 点 between a Chinese numeral and a positional digit.
 * Stops a little past `cap` (the caller then treats the run as noise).
 */
function runEnd(text: string, i: number, end: number, cap: number): number {
  let j = i;
  let prevChinese = false;
  while (j < end && j - i <= cap) {
    const code = text.charCodeAt(j);
    if ((code >= 48 && code <= 57) || (code === 46 && j === i)) {
      const lit = readLiteral(text, j, end);
      if (!lit || lit.dotted) break;
      j = lit.end;
      prevChinese = false;
      continue;
    }
    if (CLASS[code] !== 0) {
      j++;
      prevChinese = true;
      continue;
    }
    const c = text[j];
    if ((c === "余" || c === "多") && j > i && isBigUnit(text[j + 1])) {
      j++;
      prevChinese = false;
      continue;
    }
    if (isPoint(c) && prevChinese && isPositional(text[j + 1])) {
      j++;
      prevChinese = false;
      continue;
    }
    break;
  }
  // A trailing 几 belongs to the number (三十几); a trailing 零 does not.
  if (!isAllPositional(text, i, j)) while (j - i > 1 && isZero(text[j - 1])) j--;
  return j;
}

function isAllPositional(text: string, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (!isPositional(text[k])) return false;
  return true;
}

function hasArabicDigit(text: string, i: number, j: number): number {
  for (let k = i; k < j; k++) if (isAsciiDigit(text[k])) return k;
  return -1;
}

/**
 * The rule for Chinese numerals in running text (they are also ordinary
 * characters: 统一, 一线, 万物, 十分, 三大差距):
 *  1. never after 第/初/星期/周/月 (ordinals, weekdays, days of a month);
 *  2. never a lone 一 (一批, 一个 — in Chinese "one + measure word" is mostly an article),
 *     except a growth of 一倍 (增长一倍);
 *  3. never inside a listed word (NUMERAL_WORDS: 十分, 千家万户 …);
 *  4. then accept when a measure word or unit follows (optionally after 余/多/几/来),
 *     or when the run has ≥ 2 numeral characters and is not glued to another Han
 *     character (二十大 and 四中全会 stay out, "增长一千三百万。" is in), or when it
 *     carries 万/亿 with a digit before it (十几万, 二十万群众; not 千万要, 十万火急), or
 *     after a quantity cue (上千万的, 数百万的, 近千万的).
 * A numeral after 负 is a number whatever follows it (负三十二度, 负一层): rules 2 and 4 are skipped.
 */
function acceptChinese(text: string, start: number, end: number, signed = false): boolean {
  if (ORDINAL_PREFIXES.has(text[start - 1])) return false;
  if (overlapsNumeralWord(text, start, end)) return false;
  if (signed) return true;
  // …except 增长一倍 (a growth of one multiple), which the claims read as +100%
  if (end - start === 1 && text[start] === "一" && !(text[end] === "倍" && /(?:增长|提高|增加|提升|上涨)了?(?:近|约|超过?|逾)?$/.test(text.slice(Math.max(0, start - 6), start)))) return false;
  let k = end;
  if (QUALIFIER_CHARS.has(text[k])) k++;
  if (startsWithAt(text, k, MEASURE_WORDS)) return true;
  const numeralChars = end - start;
  if (numeralChars < 2) return false;
  if (!isHan(text[end])) return true;
  if (k > end) return true; // 三十余, 百余 followed by anything
  if (isBigUnit(text[start])) return false;
  let big = false;
  let digit = false;
  for (let j = start; j < end; j++) {
    const c = cls(text[j]);
    if (c & CN_BIG) big = true;
    if (c & (CN_DIGIT | CN_TENS) && !isZero(text[j])) digit = true;
  }
  return big && (digit || QUANTITY_CUES.has(text[start - 1]));
}

function scaleOf(raw: string): number {
  let scale = 1;
  for (let k = raw.length - 1; k >= 0 && isBigUnit(raw[k]); k--) scale *= BIG_UNITS[raw[k]];
  return scale;
}

/**
 * A whole numeral at [i, e) as a token, with what may follow it inside the span
 * (%, ‰, 成), or null when it does not parse or (in running text) is no quantity.
 */
function numeralToken(text: string, i: number, e: number, end: number, inContext: boolean): Token | null {
  const arabicAt = hasArabicDigit(text, i, e);
  const chinese = arabicAt < 0 && text[i] !== ".";
  const raw = text.slice(i, e);
  if (inContext) {
    if (chinese && text[e] !== "成" && !acceptChinese(text, i, e, isNegativeWord(text, i - 1))) return null;
    // 3万2025年: an Arabic group after a unit that is followed by a date word is a date of its own
    if (arabicAt >= 0 && isAsciiDigit(text[e - 1]) && DATE_AFTER.has(text[e])) {
      let k = e - 1;
      while (k > i && (isAsciiDigit(text[k - 1]) || text[k - 1] === "," || text[k - 1] === ".")) k--;
      if (k > i) return null;
    }
  }
  let allowBareBig = false;
  if (chinese && e - i === 1 && isBigUnit(raw)) {
    const k = QUALIFIER_CHARS.has(text[e]) ? e + 1 : e;
    allowBareBig = startsWithAt(text, k, MEASURE_WORDS) !== null;
  }
  const num = parseNumeral(raw, allowBareBig);
  if (num === null) return null;
  // 八点三十分, 三点一刻: a clock time
  if (inContext && num.decimal && CLOCK_AFTER.has(text[e])) return null;
  const value = num.value;
  const scale = scaleOf(raw);
  if (chinese && text[e] === "成") {
    // 三成 / 两成以上: 成 as tenths, unless it starts a word (成员, 成立). 一成半: a tenth and a half (15 %);
    // 三成五, 两成八: tenths and a digit of hundredths (35 %, 28 %), unless the digit starts a count (三成五年)
    const half = text[e + 1] === "半" && e + 1 < end;
    const hundredths = e + 1 < end && HUNDREDTHS_DIGIT.test(text[e + 1]) ? DIGITS[text[e + 1]] : 0;
    const digit = hundredths > 0 && (e + 2 >= end || !isHan(text[e + 2]) || CHENG_DIGIT_OK_NEXT.has(text[e + 2]));
    const cued = SHARE_CUES.has(text[i - 1]);
    if (value <= 10 && !num.decimal && (half || digit || cued || e + 1 >= end || !isHan(text[e + 1]) || CHENG_OK_NEXT.has(text[e + 1]))) {
      if (inContext && (ORDINAL_PREFIXES.has(text[i - 1]) || overlapsNumeralWord(text, i, e + 1))) return null;
      return { start: i, end: e + (half || digit ? 2 : 1), value: value * 10 + (half ? 5 : digit ? hundredths : 0), percent: true, chinese: true, scale: 1 };
    }
    if (inContext && !acceptChinese(text, i, e)) return null;
  }
  if (scale === 1 && e < end) {
    const c = text[e];
    if (c === "%" || c === "％") return { start: i, end: e + 1, value, percent: true, chinese, scale: 1 };
    if (c === "‰") return { start: i, end: e + 1, value: value / 10, percent: true, chinese, scale: 1 };
    if (c === "‱") return { start: i, end: e + 1, value: value / 100, percent: true, chinese, scale: 1 };
  }
  return { start: i, end: e, value, percent: false, chinese, scale };
}

/**
 * N分之M at [i, r) + 分之: 三分之一, 3分之1, 十分之一, 百分之三十, 千分之五. The scanner
 * value is a percentage (M × 100 / N); `ratio` keeps M / N unless the denominator
 * is a bare 百/千/万 (a percentage, per mille or per ten thousand as written).
 */
function fractionToken(text: string, i: number, r: number, end: number): Token | null {
  const den = parseNumeral(text.slice(i, r), true); // 万分之三: a bare 万 is ten thousand
  if (den === null || !(den.value > 0)) return null;
  // 百分之负五: the sign may sit inside
  const negative = NEGATIVE_WORDS.has(text[r + 2]);
  const s = negative ? r + 3 : r + 2;
  if (s >= end || !numberStartsAt(text, s)) return null;
  const e = runEnd(text, s, end, MAX_RUN);
  if (e - s > MAX_RUN) return null;
  const num = parseNumeral(text.slice(s, e));
  if (num === null) return null;
  const N = den.value;
  const M = negative ? -num.value : num.value;
  // 百分之五十五点五七九 must stay 55.579: divide by a power of ten, don't multiply by 100 first
  const value = N % 100 === 0 ? M / (N / 100) : (M * 100) / N;
  if (!Number.isFinite(value)) return null;
  const bare = r - i === 1 && (text[i] === "百" || text[i] === "千" || text[i] === "万" || text[i] === "萬");
  return {
    start: i,
    end: e,
    value,
    percent: true,
    chinese: !den.arabic && !num.arabic,
    scale: 1,
    ratio: bare ? undefined : M / N,
  };
}

/**
 * The number starting at i (an Arabic digit, a leading dot, or a Chinese numeral
 * character), or where to resume scanning. Candidates are tried longest first:
 * the whole run (5万4千6百, 两千零30万), then for Arabic the digits with their
 * units (3万 of 3万5), then the digits alone; for Chinese the part before any
 * Arabic digit.
 */
function readAt(text: string, i: number, end: number, inContext: boolean): Read {
  const arabicStart = isAsciiDigit(text[i]) || text[i] === ".";
  let litEnd = -1;
  if (arabicStart) {
    const lit = readLiteral(text, i, end);
    if (!lit) return { skipTo: i + 1 };
    if (lit.dotted || !Number.isFinite(lit.value)) return { skipTo: Math.max(i + 1, lit.end) };
    // identifiers glued to a Latin letter: G60
    if (isAsciiLetter(text[i - 1])) return { skipTo: lit.end };
    litEnd = lit.end;
  }
  const r = runEnd(text, i, end, MAX_RUN);
  const tooLong = r - i > MAX_RUN;
  if (!tooLong && text[r] === "分" && text[r + 1] === "之") {
    if (!inContext || !ORDINAL_PREFIXES.has(text[i - 1])) {
      const f = fractionToken(text, i, r, end);
      if (f) return f;
    }
  }
  // 三又二分之一: a whole number and a fraction, a quantity (3.5), not a share
  if (!tooLong && text[r] === "又" && r > i) {
    const whole = parseNumeral(text.slice(i, r));
    const k = r + 1;
    if (whole !== null && Number.isInteger(whole.value)) {
      const d = runEnd(text, k, end, MAX_RUN);
      const f = d > k && text[d] === "分" && text[d + 1] === "之" ? fractionToken(text, k, d, end) : null;
      if (f && f.ratio !== undefined && f.ratio >= 0 && f.ratio < 1) {
        return { start: i, end: f.end, value: whole.value + f.ratio, percent: false, chinese: !whole.arabic && f.chinese, scale: 1 };
      }
    }
  }
  // 一半: half, a share like 二分之一
  if (r === i + 1 && text[i] === "一" && text[r] === "半" && !(inContext && ORDINAL_PREFIXES.has(text[i - 1]))) {
    return { start: i, end: r + 1, value: 50, percent: true, chinese: true, scale: 1, ratio: 0.5 };
  }
  const candidates: number[] = [];
  if (!tooLong) candidates.push(r);
  if (arabicStart) {
    // 20万一(年), 3万5: the digits and the units right after them
    let u = litEnd;
    while (u < r && (cls(text[u]) & (CN_SMALL | CN_BIG) || ((text[u] === "余" || text[u] === "多") && isBigUnit(text[u + 1])))) u++;
    if (u > litEnd && u < r) candidates.push(u);
    if (litEnd < r || tooLong) candidates.push(litEnd);
  } else {
    const a = hasArabicDigit(text, i, Math.min(r, i + MAX_RUN + 1));
    if (a > i) {
      let u = a;
      while (u > i + 1 && (isZero(text[u - 1]) || isPoint(text[u - 1]))) u--;
      candidates.push(u);
    }
  }
  for (const e of candidates) {
    const t = numeralToken(text, i, e, end, inContext);
    if (t) return t;
  }
  if (arabicStart) return { skipTo: litEnd };
  // Skip the whole run so that scanning stays linear (retrying inside a run that
  // failed as a whole would be quadratic on long numeral runs), but not past an
  // Arabic number inside it.
  const a = hasArabicDigit(text, i, Math.min(r, i + MAX_RUN + 1));
  if (a > i) return { skipTo: a };
  if (!tooLong) return { skipTo: Math.max(i + 1, r) };
  return { skipTo: runEnd(text, i, end, Infinity) };
}

/** Range connectors between two numbers: 30—40, 30-40, 30~40, 30至40, 30到40. */
const RANGE_CONNECTORS = ["——", "—", "–", "-", "~", "～", "〜", "至", "到"];

const MINUS_SIGNS = new Set(["-", "−", "﹣", "－"]);
const NEGATIVE_WORDS = new Set(["负", "負"]);

// ---------------------------------------------------------------- scanner

/** A dash at `d` is a minus sign, not a range, a joint or a list marker (see the header). */
function isMinusSign(text: string, d: number): boolean {
  if (!MINUS_SIGNS.has(text[d])) return false;
  const p = text[d - 1];
  if (p === undefined || p === "\n" || p === "\r") return false; // a list marker
  if (SIGN_AFTER.has(p)) return true;
  if (!isHan(p) || cls(p) !== 0 || NO_SIGN_AFTER.has(p)) return false;
  return !measureWordEndsAt(text, d);
}

/** 负 at `d` is a sign (not 正负 ±, nor 胜负 a score). */
function isNegativeWord(text: string, d: number): boolean {
  return NEGATIVE_WORDS.has(text[d]) && text[d - 1] !== "正" && text[d - 1] !== "胜" && text[d - 1] !== "勝";
}

/** Every maximal numeric expression in a normalised text, left to right, non-overlapping. */
export function findNumbers(text: string): NumberSpan[] {
  const spans: NumberSpan[] = [];
  const end = text.length;
  let i = 0;
  let prevEnd = 0;
  while (i < end) {
    const code = text.charCodeAt(i);
    if ((code < 0x30 || code > 0x39) && !hasBit(NUMERAL, code)) {
      i++;
      continue;
    }
    const c = text[i];
    let start = i;
    const arabic = code <= 0x39;
    // .5 after a space, a bracket, : or =
    if (arabic && text[i - 1] === "." && i - 1 >= prevEnd && (i - 1 === 0 || LEADING_DOT_AFTER.has(text[i - 2])) && text[i + 1] !== "、") start = i - 1;
    else if (!arabic && !startsChineseNumeral(c) && !(isZero(c) && isPoint(text[i + 1]) && isPositional(text[i + 2]))) {
      i++;
      continue;
    }
    const t = readAt(text, start, end, true);
    if ("skipTo" in t) {
      i = Math.max(i + 1, t.skipTo);
      continue;
    }
    let s = t.start;
    let value = t.value;
    if (s - 1 >= prevEnd && (isNegativeWord(text, s - 1) || ((arabic || start < i) && isMinusSign(text, s - 1)))) {
      s--;
      value = -value;
    }
    spans.push({ start: s, end: t.end, value, raw: text.slice(s, t.end), percent: t.percent, chinese: t.chinese });
    i = prevEnd = t.end;
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
    else if (ch === "－") out += "-";
    else out += ch;
  }
  return out;
}

const MAX_EXPRESSION_LENGTH = 64;

/** Trailing qualifiers that parseNumber accepts and ignores: 3万余, 4000多, 30左右. */
const TRAILING_QUALIFIERS = ["左右", "以上", "以下", "余", "多", "许", "来"];

/** Can a number start at s[i]? (零 alone is a number too when it is the whole expression: parseNumber("零") → 0.) */
function numberStartsAt(s: string, i: number): boolean {
  const c = s[i];
  return isAsciiDigit(c) || (c === "." && isAsciiDigit(s[i + 1])) || startsChineseNumeral(c) || isZero(c);
}

/** A token read at s[i] without context rules (a sign included), or null. parseNumber's value: a fraction as its ratio. */
function readToken(s: string, i: number): Token | null {
  let neg = false;
  let j = i;
  if ((NEGATIVE_WORDS.has(s[j]) || MINUS_SIGNS.has(s[j])) && numberStartsAt(s, j + 1)) {
    neg = true;
    j++;
  }
  if (s[j] === "半") return { start: i, end: j + 1, value: neg ? -0.5 : 0.5, percent: false, chinese: true, scale: 1 };
  if (!numberStartsAt(s, j)) return null;
  const t = readAt(s, j, s.length, false);
  if ("skipTo" in t) return null;
  const value = t.ratio ?? t.value;
  return { ...t, start: i, value: neg ? -value : value };
}

/**
 * The value of ONE whole numeric expression ("1,234.5", "１２３", "两亿零五百万",
 * "1.5万", "5万4千6百", "十五点七", "负1.1", "百分之三十", "三分之一" → 0.333…,
 * "三成", "30—40" → 30), or null when `text` is anything else ("", "万", "第一",
 * "3个", "2025年", "3万5"). Never throws.
 */
/** One Chinese digit's value (三 → 3), undefined for anything else. */
export function chineseDigit(c: string): number | undefined {
  return DIGITS[c];
}

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
    // 1/3, 3/4: a written fraction of Arabic integers (not read in running text, where 1/3 is as likely a date)
    if (s[i] === "/" && /^-?\d+$/.test(s.slice(0, i))) {
      const den = s.slice(i + 1);
      return /^\d+$/.test(den) && Number(den) > 0 ? value / Number(den) : null;
    }
    const conn = RANGE_CONNECTORS.find((c) => s.startsWith(c, i));
    if (conn && i + conn.length < s.length) {
      const b = readToken(s, i + conn.length);
      if (!b) return null;
      if (a.scale === 1 && b.scale !== 1) value = roundScaled(a.value, b.scale);
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
