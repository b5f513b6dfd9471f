// Where a number sits: the list item, clause, part (between semicolons),
// sentence and paragraph around it, found from break offsets computed once per
// text. Every reader of context (status, period, area, metric, sector) asks
// here instead of searching for punctuation itself.

// Break kind per UTF-16 code unit: 1 list item (、), 2 clause, 3 sentence, 4 paragraph.
const BREAK_KIND = new Uint8Array(0x10000);
for (const c of "、") BREAK_KIND[c.charCodeAt(0)] = 1;
for (const c of "，,;；:：") BREAK_KIND[c.charCodeAt(0)] = 2;
for (const c of "。!！?？") BREAK_KIND[c.charCodeAt(0)] = 3;
BREAK_KIND[10] = 4;
// breaksOf answers ideographs without the table: none may be a break
if (BREAK_KIND.subarray(0x4e00, 0xff00).some((k) => k !== 0)) throw new Error("context.ts: a break character among the ideographs");

export interface Breaks {
  item: Int32Array;
  clause: Int32Array;
  part: Int32Array;
  sentence: Int32Array;
  paragraph: Int32Array;
}

/** The break kind of a code unit: ideographs, most of a page, break nothing and are answered without the table (cold, most of the time). */
const kindOf = (c: number) => (c >= 0x4e00 && c < 0xff00 ? 0 : BREAK_KIND[c]);
const SEMICOLON = 0x3b;
const FULLWIDTH_SEMICOLON = 0xff1b;

/**
 * Sorted offsets of item, clause, part, sentence and paragraph breaks (a paragraph break also ends a
 * sentence and a clause). Two passes, counting and then filling typed arrays of the right size:
 * cheaper than five growing lists copied at the end.
 */
export function breaksOf(text: string): Breaks {
  const n = text.length;
  let items = 0;
  let clauses = 0;
  let parts = 0;
  let sentences = 0;
  let paragraphs = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = kindOf(c);
    if (k === 0) continue;
    items++;
    if (k >= 2) clauses++;
    if (k >= 3 || c === SEMICOLON || c === FULLWIDTH_SEMICOLON) parts++;
    if (k >= 3) sentences++;
    if (k === 4) paragraphs++;
  }
  const out: Breaks = {
    item: new Int32Array(items),
    clause: new Int32Array(clauses),
    part: new Int32Array(parts),
    sentence: new Int32Array(sentences),
    paragraph: new Int32Array(paragraphs),
  };
  items = clauses = parts = sentences = paragraphs = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = kindOf(c);
    if (k === 0) continue;
    out.item[items++] = i;
    if (k >= 2) out.clause[clauses++] = i;
    if (k >= 3 || c === SEMICOLON || c === FULLWIDTH_SEMICOLON) out.part[parts++] = i;
    if (k >= 3) out.sentence[sentences++] = i;
    if (k === 4) out.paragraph[paragraphs++] = i;
  }
  return out;
}

/** Index of the first offset ≥ pos in a sorted list of offsets. */
export function lowerBound(a: ArrayLike<number>, pos: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the first item starting at or after pos in a list sorted by `start`. Apart from
 * lowerBound: one search for offsets and for items would see every kind of list the extractor
 * keeps, and each kind it meets late cost a recompile of the code it had been inlined into.
 */
export function firstStartingAt(a: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
/** Start of the unit (clause, sentence, paragraph) holding `from`: just after the last break before it, not before `limit`. */
export function lastBreak(breaks: Int32Array, from: number, limit: number): number {
  const i = lowerBound(breaks, from) - 1;
  return i >= 0 && breaks[i] >= limit ? breaks[i] + 1 : limit;
}
/** End of the unit: the first break at or after `from`, not after `limit`. */
export function nextBreak(breaks: Int32Array, from: number, limit: number): number {
  const i = lowerBound(breaks, from);
  return i < breaks.length && breaks[i] < limit ? breaks[i] : limit;
}

/** The units around a number [start, end) inside an article [aStart, aEnd). */
export interface Around {
  paraStart: number;
  paraEnd: number;
  sentStart: number;
  sentEnd: number;
  partStart: number;
  partEnd: number;
  clauseStart: number;
  clauseEnd: number;
  /** A list item (年产值60亿元、年税收3亿元) is the narrowest unit: it names what its own number measures. */
  itemStart: number;
  itemEnd: number;
  /** The clause before this one in the sentence (营收1.2亿元,|同比增长15%), or clauseStart when none. */
  prevClauseStart: number;
}

export function around(b: Breaks, start: number, end: number, aStart: number, aEnd: number): Around {
  const paraStart = lastBreak(b.paragraph, start, aStart);
  const paraEnd = nextBreak(b.paragraph, end, aEnd);
  const sentStart = lastBreak(b.sentence, start, paraStart);
  const sentEnd = nextBreak(b.sentence, end, paraEnd);
  const clauseStart = lastBreak(b.clause, start, sentStart);
  const clauseEnd = nextBreak(b.clause, end, sentEnd);
  return {
    paraStart,
    paraEnd,
    sentStart,
    sentEnd,
    partStart: lastBreak(b.part, start, sentStart),
    partEnd: nextBreak(b.part, end, sentEnd),
    clauseStart,
    clauseEnd,
    itemStart: lastBreak(b.item, start, clauseStart),
    itemEnd: nextBreak(b.item, end, clauseEnd),
    prevClauseStart: clauseStart > sentStart ? lastBreak(b.clause, clauseStart - 1, sentStart) : clauseStart,
  };
}

/** The text after the last digit in `s` (…55.3亿元和 → 亿元和), or null when it has none. */
export function afterLastDigit(s: string): string | null {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return s.slice(i + 1);
  }
  return null;
}

/** Where the sentence holding `pos` starts (after the last 。!? before it), not before `floor`. */
export function sentenceStartAt(text: string, pos: number, floor = 0): number {
  let s = pos;
  while (s > floor && kindOf(text.charCodeAt(s - 1)) < 3) s--;
  return s;
}

/** Where the clause holding `pos` starts (after the last ,;:。!? or line break before it), not before `floor`. */
export function clauseStartAt(text: string, pos: number, floor = 0): number {
  let s = pos;
  while (s > floor && kindOf(text.charCodeAt(s - 1)) < 2) s--;
  return s;
}

/** Where the clause holding `pos` ends (the next clause break), not after `limit`. */
export function clauseEndAt(text: string, pos: number, limit = text.length): number {
  let e = pos;
  while (e < limit && kindOf(text.charCodeAt(e)) < 2) e++;
  return e;
}
