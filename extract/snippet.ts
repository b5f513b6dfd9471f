// The quote a reader sees beside a figure: the clause around the number, cut at
// clause boundaries (，。；：), never inside a list ("7.6%和7.3%" keeps its
// names and what they measure), and, when the figure's own list item names
// its place (柯城区增长5.2%、衢江区增长7.6%), just that item, so that no
// neighbour's name stands in front of the figure. When the clause says only
// how the figure changed (同比增长11.2%), the clause before it joins, since it
// says what was measured. Cases: snippet.cases.ts. It lives in extract/ because it is a rule of Chinese text (clauses, lists), which db/ applies to the rows it returns.
//
// The stored quote (the extractor's, which editors' corrections and the
// evaluation match on) is not changed: this is how it is shown.

/** Characters of context the queries fetch on each side of a figure (enough for a clause and the one before it). */
export const SNIPPET_CONTEXT = 120;
/** Longer snippets are cut (with …) at a list boundary near the figure. */
const MAX_LENGTH = 96;
const KEEP_BEFORE = 56;
const KEEP_AFTER = 30;
/** At most this many clauses before the figure's join it when its own says no more than how it changed. */
const MAX_EXTEND = 2;

const CLAUSE_BREAK = new Set(["，", ",", "。", "；", ";", "！", "!", "？", "?", "：", ":", "\n"]);
const SENTENCE_BREAK = new Set(["。", "！", "!", "？", "?", "\n"]);
const LIST_BREAK = "、";
/** 和/及/与 right beside a figure join the last item of a list (7.6%和7.3%). */
const LIST_JOIN = new Set(["和", "及", "与"]);
const OPENERS = "（(【[「“‘《";
const CLOSERS = "）)】]」”’》";

/**
 * Words that say how a figure moved or relates, not what it measures: a clause
 * made only of these (and numbers) borrows the clause before it.
 */
const GENERIC = /按(?:可比|不变|现行|当年)?价(?:格)?计算|经统一核算|初步核算|据统计|经统计|据测算|同比|环比|比上年同期|比去年同期|比上年|比去年|较上年|较去年|同期|分别|增长|下降|增幅|降幅|增速|提高|减少|上升|回落|下滑|达到|达|为|是|实现|完成|共计|共|累计|约|超过|超|突破|其中|较|年均|以上|左右|近|个百分点|百分点|成|倍|[万亿千百十]/g;
const CJK = /[\u4e00-\u9fff]/g;

function cjkCount(s: string): number {
  return (s.replace(GENERIC, "").match(CJK) ?? []).length;
}

/** Scans from `from` in `dir` to the first character in `stops` outside brackets; returns its index (or the limit). */
function scan(text: string, from: number, dir: -1 | 1, stops: (ch: string) => boolean, limit: number): number {
  let depth = 0;
  for (let i = from; dir < 0 ? i >= limit : i < limit; i += dir) {
    const ch = text[i];
    const closes = dir < 0 ? CLOSERS.includes(ch) : OPENERS.includes(ch);
    const opens = dir < 0 ? OPENERS.includes(ch) : CLOSERS.includes(ch);
    if (closes) depth++;
    else if (opens && depth > 0) depth--;
    else if (depth === 0 && stops(ch)) return i;
  }
  return dir < 0 ? limit - 1 : limit;
}

export interface SnippetOptions {
  /** Cut longer snippets (default 96 characters). */
  max?: number;
}

/**
 * The snippet for the figure at [start, end) of `text` (a document, or a window
 * of it). Always contains the figure; trimmed of spaces; … marks a cut.
 */
export function snippet(text: string, start: number, end: number, options: SnippetOptions = {}): string {
  const max = options.max ?? MAX_LENGTH;
  const isBreak = (ch: string) => CLAUSE_BREAK.has(ch);
  let cs = scan(text, start - 1, -1, isBreak, 0) + 1;
  const ce = scan(text, end, 1, isBreak, text.length);

  // The figure's own list item: between 、 (or a 和 right beside the figure) and the next.
  const itemStart = LIST_JOIN.has(text[start - 1] ?? "") ? start : scan(text, start - 1, -1, (ch) => ch === LIST_BREAK, cs) + 1;
  const itemEnd = LIST_JOIN.has(text[end] ?? "") ? end : scan(text, end, 1, (ch) => ch === LIST_BREAK, ce);
  let from = cs;
  let to = ce;
  const prevItemStart = itemStart > cs ? scan(text, itemStart - 2, -1, (ch) => ch === LIST_BREAK, cs) + 1 : cs;
  const figureBefore = itemStart > cs && /\d/.test(text.slice(prevItemStart, itemStart - 1));
  if (figureBefore && cjkCount(text.slice(itemStart, start)) >= 2) {
    // 衢江区增长7.6%: a list of figures whose items name their own places; the items beside it are others' figures.
    from = itemStart;
    to = itemEnd;
  } else {
    // A clause that says only how the figure moved (同比增长11.2%) takes the clause before it.
    for (let k = 0; k < MAX_EXTEND && cjkCount(text.slice(cs, start)) < 2 && cs > 0 && !SENTENCE_BREAK.has(text[cs - 1]); k++) {
      cs = scan(text, cs - 2, -1, isBreak, 0) + 1;
    }
    from = cs;
  }

  let head = "";
  let tail = "";
  if (to - from > max) {
    if (start - from > KEEP_BEFORE) {
      // Cut at a list boundary, so that the snippet starts with a whole item, not half a name.
      const cut = text.indexOf(LIST_BREAK, start - KEEP_BEFORE);
      from = cut >= 0 && cut < start ? cut + 1 : start - KEEP_BEFORE;
      head = "…";
    }
    if (to - end > KEEP_AFTER) {
      const cut = text.lastIndexOf(LIST_BREAK, end + KEEP_AFTER);
      to = cut >= end ? cut : end + KEEP_AFTER;
      tail = "…";
    }
  }
  return `${head}${text.slice(from, to).trim()}${tail}`;
}

/** A row with a window of its document around the figure, as the queries return it. */
export interface WithContext {
  quote: string;
  /** SNIPPET_CONTEXT characters each side of the figure (fewer at the document's edges). */
  context?: string | null;
  /** Where the figure starts in `context`, and its length. */
  contextAt?: number | null;
  spanLength?: number | null;
}

/** The row with its quote replaced by the snippet (the stored quote when no context came with it), context fields dropped. */
export function withSnippet<T extends WithContext>(row: T): Omit<T, "context" | "contextAt" | "spanLength"> {
  // In place, not a copy without the context fields: a page maps hundreds of rows (an object rest per row was ~4 ms a page).
  const { context, contextAt, spanLength } = row;
  const out = row as WithContext;
  // Last added first (the queries select them last, in this order): V8 then keeps the row a fast object.
  delete out.spanLength;
  delete out.contextAt;
  delete out.context;
  if (typeof context !== "string" || typeof contextAt !== "number" || typeof spanLength !== "number") return out as Omit<T, "context" | "contextAt" | "spanLength">;
  const start = contextAt;
  const end = start + spanLength;
  // The window must hold the figure the stored quote holds (offsets are UTF-16 units, the database counts characters).
  if (start >= 0 && end <= context.length && row.quote.includes(context.slice(start, end))) out.quote = snippet(context, start, end);
  return out as Omit<T, "context" | "contextAt" | "spanLength">;
}
