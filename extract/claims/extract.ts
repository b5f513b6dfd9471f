// Claims: every number with a unit in the normalised text becomes a claim,
// unless a not-claim rule rejects it. The rule families (units, qualifiers,
// status, periods, metric/subject, sectors, catalogue) each decide one field.
import { findNumbers, type NumberSpan } from "../numbers";
import { matchIndicator } from "../catalogue";
import type { Claim, Qualifier, SectorId } from "../types";
import { matchUnit, readMagnitude, type UnitRow } from "./units";
import { INFIX_CUES, combineQualifiers, prefixQualifier, suffixQualifier } from "./qualifiers";
import { detectStatus } from "./status";
import { parseYMD } from "../time/calendar";
import { formatPeriod } from "../time/period";
import { buildFrames, frameAt, type ArticleFrames } from "./frames";
import { choosePeriod, RATE_CUE, timeSaysPlan } from "./period";
import { notClaimAfterUnit, notClaimReason } from "./not-claims";
import { chooseMetric, chooseSubject, metricBefore } from "./metric-subject";
import { chooseSector, normaliseFrequencies, sectorFrequencies } from "./sectors";
import { clearStringMemos } from "./memo";

export interface ArticleSpan {
  title: string;
  start: number;
  end: number;
  /** The article's own date (its dateline), else the publication date. */
  date: string | null;
}

export interface ClaimContext {
  publishedAt: string | null;
  /** The document's own title (front matter): the headline of a page that prints none. */
  title?: string | null;
  /** The page's year when no day is known (resolves 今年 and dates undated figures to the year). */
  publishedYear?: number | null;
  articles: readonly ArticleSpan[];
}

const MAX_QUOTE = 40;

// Break kind per UTF-16 code unit: 1 list item (、), 2 clause, 3 sentence, 4 paragraph.
const BREAK_KIND = new Uint8Array(0x10000);
for (const c of "、") BREAK_KIND[c.charCodeAt(0)] = 1;
for (const c of "，,;；:：") BREAK_KIND[c.charCodeAt(0)] = 2;
for (const c of "。!！?？") BREAK_KIND[c.charCodeAt(0)] = 3;
BREAK_KIND[10] = 4;

/** Sorted offsets of clause, sentence and paragraph breaks, found in one pass (a paragraph break also ends a sentence and a clause). */
function breaksOf(text: string): { item: Int32Array; clause: Int32Array; part: Int32Array; sentence: Int32Array; paragraph: Int32Array } {
  const item: number[] = [];
  const clause: number[] = [];
  const part: number[] = [];
  const sentence: number[] = [];
  const paragraph: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const k = BREAK_KIND[text.charCodeAt(i)];
    if (k === 0) continue;
    item.push(i);
    if (k >= 2) clause.push(i);
    if (k >= 3 || text[i] === ";" || text[i] === "；") part.push(i);
    if (k >= 3) sentence.push(i);
    if (k === 4) paragraph.push(i);
  }
  return {
    item: Int32Array.from(item),
    clause: Int32Array.from(clause),
    part: Int32Array.from(part),
    sentence: Int32Array.from(sentence),
    paragraph: Int32Array.from(paragraph),
  };
}
/** Index of the first break ≥ pos. */
function lowerBound(a: Int32Array, pos: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
/** Start of the unit (clause, sentence, paragraph) holding `from`: just after the last break before it, not before `limit`. */
function lastBreak(breaks: Int32Array, from: number, limit: number): number {
  const i = lowerBound(breaks, from) - 1;
  return i >= 0 && breaks[i] >= limit ? breaks[i] + 1 : limit;
}
/** End of the unit: the first break at or after `from`, not after `limit`. */
function nextBreak(breaks: Int32Array, from: number, limit: number): number {
  const i = lowerBound(breaks, from);
  return i < breaks.length && breaks[i] < limit ? breaks[i] : limit;
}

/** Approximations and ranges written into the number itself: 三十几, 10余万, 七八十. */
function innerQualifier(span: NumberSpan): { q: Qualifier | null; range: boolean } {
  if (span.rangeEnd === "low") return { q: null, range: true };
  if (/[一二三四五六七八九][一二三四五六七八九][十百千万]/.test(span.raw)) return { q: null, range: true };
  if (span.raw.includes("几")) return { q: "gt", range: false };
  // 万人见证, 百余名: a bare magnitude is a round figure
  if (/^[十百千万亿]$/.test(span.raw)) return { q: "approx", range: false };
  if (span.raw.includes("余")) return { q: "approx", range: false };
  if (/多(?=[万亿])/.test(span.raw)) return { q: "gt", range: false };
  return { q: null, range: false };
}

interface UnitRead {
  row: UnitRow | null;
  factor: number;
  infix: Qualifier | null;
  /** End of the unit (and any suffix qualifier). */
  end: number;
  /** End of the unit word itself. */
  unitEnd: number;
  suffix: Qualifier | null;
  unit: string;
}

const PERSON_AFTER_GE = /^[^,，。;；、]{0,8}?(?:村民|居民|群众|工人|员工|职工|学生|孩子|儿童|老人|党员|干部|人才|游客|农民|市民)/;

/** After the number: (余|多|几|来)? magnitude? (余|多)? unit (以上|左右…)? */
function readUnit(text: string, pos: number, span: NumberSpan): UnitRead | null {
  let i = pos;
  let infix: Qualifier | null = null;
  // OCR line breaks between number and unit were joined by normalise; tolerate a stray space
  while (text[i] === " ") i++;
  if (INFIX_CUES[text[i]] && !span.percent) {
    // 多 followed by a unit only (20多起, 4000多元); 多功能 is no qualifier, but then no unit follows either
    infix = INFIX_CUES[text[i]];
    i++;
  }
  const mag = span.percent ? { factor: 1, end: i } : readMagnitude(text, i);
  i = mag.end;
  if (!infix && (text[i] === "余" || text[i] === "多")) {
    infix = INFIX_CUES[text[i]];
    i++;
  }
  if (span.percent) {
    const suf = suffixQualifier(text, pos);
    return { row: null, factor: 1, infix: null, end: suf ? suf.end : pos, unitEnd: pos, suffix: suf?.qualifier ?? null, unit: "%" };
  }
  const m = matchUnit(text, i);
  if (!m) return null;
  const suf = suffixQualifier(text, m.end);
  // 个 counting people (七八十个本地和周边村民) counts 人
  const unit = m.row.unit === "个" && PERSON_AFTER_GE.test(text.slice(m.end, m.end + 12)) ? "人" : m.row.unit;
  return { row: m.row, factor: mag.factor * (m.row.factor ?? 1), infix, end: suf ? suf.end : m.end, unitEnd: m.end, suffix: suf?.qualifier ?? null, unit };
}

/** 设计年吞吐量, 年产12万吨…项目: a capacity, dated by its own sentence or the paper. */
const DESIGN_CUE = /设计|年产(?:能)?$|产能/;
/** 用时不到3个月: a duration. */
const DURATION_UNITS = new Set(["天", "月", "年", "小时", "分钟"]);
/** A line with no sentence punctuation at the top of an article is its headline. */
const HEADER_LINE = /^(?:#+ .*|[^，,。；;！!？?\n]{1,50})$/;

const MONEY_METRIC = /(?:营收|营业收入|收入|产值|投资|投入|生产总值|GDP|总额|金额|销售额|利润|税收|纳税|资金|成交额|交易额|融资|补贴|奖励)[^,，。;；]{0,6}$/;
const BARE_CHANGE = /^(?:分别)?(?:同比|按年|比上年|较上年|比去年|较去年|环比)?(?:增长|下降|增幅|增速|提高|上升|减少|回落)?$/;
const RUNNING_TOTAL = /累计|截至|截止|总计|共计/;
const CUMULATIVE_CUE = /累计|截至|截止|总计|共计|已(?!于|经过)|至今|以来|迄今/;

export function extractClaims(text: string, ctx: ClaimContext): Claim[] {
  clearStringMemos();
  const pubDay = parseYMD(ctx.publishedAt);
  // A page with a year but no day: defaults and relative words read against the year's end
  const ref = pubDay ?? (ctx.publishedYear ? { y: ctx.publishedYear, m: 12, d: 31 } : null);
  const refYearOnly = !pubDay && ref !== null;
  const articles = ctx.articles.length ? ctx.articles : [{ title: "", start: 0, end: text.length, date: ctx.publishedAt }];
  // The document's title heads the first article that prints no headline of its own
  const firstContent = articles.findIndex((a) => a.title !== "报头");
  const frames: (ArticleFrames | undefined)[] = [];
  const framesOf = (i: number): ArticleFrames => {
    const a = articles[i];
    const firstLine = text.slice(a.start, a.end).trimStart().split("\n", 1)[0];
    const headline = i === firstContent && ctx.title && !HEADER_LINE.test(firstLine) ? ctx.title : null;
    return (frames[i] ??= buildFrames({ text, start: a.start, end: a.end, headline, ref }));
  };
  const articleFreq = articles.map((a) => normaliseFrequencies(sectorFrequencies(text.slice(a.start, a.end))));
  const spans = findNumbers(text);
  const { item: itemBreaks, clause: clauseBreaks, part: partBreaks, sentence: sentenceBreaks, paragraph: paragraphBreaks } = breaksOf(text);
  const claims: Claim[] = [];
  let articleIdx = 0;
  let lastSubject: { para: number; subject: string | null } | null = null;

  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.rangeEnd === "high") continue;
    while (articleIdx + 1 < articles.length && articles[articleIdx + 1].start <= span.start) articleIdx++;

    const view = { text, start: span.start, end: span.end, value: span.value, raw: span.raw, chinese: span.chinese };
    if (notClaimReason(view)) continue;

    // A range's unit follows its upper end (30—40万元)
    let unitFrom = span.end;
    if (span.rangeEnd === "low" && spans[k + 1]?.rangeEnd === "high") unitFrom = spans[k + 1].end;
    let unitRead = readUnit(text, unitFrom, span);
    if (!unitRead) {
      // A bare number after 指数 is an index value
      if (/指数(?:为|达到?|是)?$/.test(text.slice(Math.max(0, span.start - 5), span.start))) {
        unitRead = { row: null, factor: 1, infix: null, end: span.end, unitEnd: span.end, suffix: null, unit: "index" };
      } else if (/[万亿萬億]$/.test(span.raw) && MONEY_METRIC.test(text.slice(Math.max(0, span.start - 12), span.start))) {
        // 营收1.2亿, 总投资超5亿: headline style money without 元
        const suf = suffixQualifier(text, span.end);
        unitRead = { row: null, factor: 1, infix: null, end: suf ? suf.end : span.end, unitEnd: span.end, suffix: suf?.qualifier ?? null, unit: "元" };
      } else continue;
    }
    if (notClaimAfterUnit(view, unitRead.unit, text.slice(unitRead.unitEnd, unitRead.unitEnd + 4))) continue;
    // A duration in years must not be a year (2023年 is handled by not-claims; 两年内 is a time span)
    if (unitRead.unit === "年" && /^(?:内|来|前|后|间|以来|时间)/.test(text.slice(unitRead.end, unitRead.end + 2))) continue;

    const article = articles[articleIdx];
    const aStart = article.start;
    const paraStart = lastBreak(paragraphBreaks, span.start, aStart);
    const paraEnd = nextBreak(paragraphBreaks, unitRead.end, article.end);
    const sentStart = lastBreak(sentenceBreaks, span.start, paraStart);
    const sentEnd = nextBreak(sentenceBreaks, unitRead.end, paraEnd);
    const clauseStart = lastBreak(clauseBreaks, span.start, sentStart);
    const clauseEnd = nextBreak(clauseBreaks, unitRead.end, sentEnd);
    // A list item (年产值60亿元、年税收3亿元) is the narrowest unit: it names what its own number measures
    const itemStart = lastBreak(itemBreaks, span.start, clauseStart);
    const itemEnd = nextBreak(itemBreaks, unitRead.end, clauseEnd);

    const pre = prefixQualifier(text, span.start, span.raw);
    const inner = innerQualifier(span);
    const qualifier = combineQualifiers(pre?.qualifier ?? null, inner.q ?? unitRead.infix, unitRead.suffix, inner.range);

    const clauseBefore = text.slice(clauseStart, span.start);
    // The lead's dateline (4月24日下午,) says when the item was written, not what its figures describe
    const dl = framesOf(articleIdx).datelineEnd;
    const sentenceBefore = text.slice(dl > sentStart && dl <= span.start ? dl : sentStart, span.start);

    const cumulative = CUMULATIVE_CUE.test(sentenceBefore) && unitRead.unit !== "%" && unitRead.unit !== "百分点";

    const articleFrames = framesOf(articleIdx);
    const frame = frameAt(articleFrames, sentStart);
    // Status first, then the period: a time ahead of the paper makes a plan; the plan then picks its period
    const status = detectStatus({ clauseBefore, sentenceBefore }) === "plan" || timeSaysPlan(sentenceBefore, ref, frame) ? "plan" : "actual";
    // Paragraph context is read only near the claim: OCR pages can run a paragraph for pages
    const paragraphBefore = text.slice(Math.max(paraStart, sentStart - 400), sentStart);
    const time = choosePeriod({
      sentenceBefore,
      clauseBefore,
      paragraphBefore,
      ref,
      refYearOnly,
      frame,
      articleFrame: articleFrames.article,
      status,
      design: DESIGN_CUE.test(clauseBefore),
      rate: RATE_CUE.test(clauseBefore),
      duration: DURATION_UNITS.has(unitRead.unit),
      running: cumulative,
    });
    const period = time.period ? formatPeriod(time.period) : null;
    const asOf = time.asOf;

    const carried = lastSubject && lastSubject.para === paraStart ? lastSubject.subject : null;
    const subject = chooseSubject(sentenceBefore, paragraphBefore, article.title || null, carried);
    lastSubject = { para: paraStart, subject };
    let metric = chooseMetric(text.slice(itemStart, span.start), text.slice(unitRead.end, itemEnd), unitRead.row?.kind ?? (unitRead.unit === "%" ? "percent" : "index"), subject);
    // 营收1.2亿元,同比增长15%: a bare change names the measure of the clause before (营收同比增长)
    const prevClauseStart = clauseStart > sentStart ? lastBreak(clauseBreaks, clauseStart - 1, sentStart) : clauseStart;
    if (prevClauseStart < clauseStart && BARE_CHANGE.test(metric)) {
      const prev = text.slice(prevClauseStart, clauseStart - 1);
      const firstDigit = prev.search(/[\d一二三四五六七八九十百千万两]/);
      const prevMetric = metricBefore(firstDigit > 0 ? prev.slice(0, firstDigit) : prev, subject);
      if (prevMetric && prevMetric.length <= 12 && !BARE_CHANGE.test(prevMetric)) metric = prevMetric + metric;
    }
    const isCumulative = cumulative || asOf;
    const itemText = text.slice(itemStart, itemEnd);
    // The list item decides; one that names no measure (同比增长18.6%, 实现营收超6亿元) borrows the clause before it
    const indicator =
      matchIndicator({ unit: unitRead.unit, context: `${metric} ${itemText}`, cumulative: isCumulative }) ??
      matchIndicator({ unit: unitRead.unit, context: `${metric} ${text.slice(prevClauseStart, clauseEnd)}`, cumulative: isCumulative });
    const sector: SectorId =
      indicator && !indicator.sectorFromContext
        ? indicator.sector
        : chooseSector({
            clause: text.slice(clauseStart, clauseEnd),
            // Semicolons separate parallel statements (第一产业…;第二产业…;第三产业…): each is its own context
            sentence: text.slice(lastBreak(partBreaks, span.start, sentStart), nextBreak(partBreaks, unitRead.end, sentEnd)),
            article: articleFreq[articleIdx],
          });

    const spanStart = Math.min(span.start, pre?.start ?? span.start);
    // Quote: the list item when it says something on its own, else the clause; trimmed around the
    // span (and its qualifier cue) when long. Always contains [start, end).
    const useItem = itemEnd - itemStart >= 6;
    let qStart = useItem ? itemStart : clauseStart;
    let qEnd = useItem ? itemEnd : clauseEnd;
    if (qEnd - qStart > MAX_QUOTE) {
      qStart = Math.max(qStart, spanStart - 16);
      qEnd = Math.min(qEnd, Math.max(unitRead.end + 12, qStart + 24));
    }
    const value = roundValue(span.value * unitRead.factor);
    claims.push({
      quote: text.slice(qStart, qEnd),
      value,
      unit: unitRead.unit,
      qualifier,
      metric,
      subject,
      sector,
      period,
      periodKind: time.period?.kind ?? null,
      periodSource: time.source,
      periodCue: time.cue,
      // Placeholders until the gazetteer decides them
      area: null,
      areaCode: null,
      areaSource: "none",
      areaCue: null,
      breakdown: false,
      cumulative: isCumulative,
      status,
      start: span.start,
      end: unitRead.end,
      indicator: indicator?.id ?? null,
      article: articleIdx,
    });
  }
  return claims;
}

/** 1.03万 × 1 = 10300.000000000002 → 10300 */
function roundValue(v: number): number {
  if (!Number.isFinite(v) || Number.isInteger(v)) return v;
  const r = Math.round(v);
  if (Math.abs(v - r) < 1e-9 * Math.max(1, Math.abs(v))) return r;
  return Number(v.toPrecision(12));
}
