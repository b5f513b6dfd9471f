// Claims: parsers find candidates (a number, its unit and qualifier:
// candidates.ts), then refiners decide one field each from the candidate's
// context (context.ts): status (status.ts), period (frames.ts, period.ts),
// sign (sign.ts), part or total (breakdown.ts), subject and metric
// (metric-subject.ts), indicator (catalogue.ts) and sector (sectors.ts).
// Each refiner is a small pure function with its own table of cases; this
// file only wires them.
import { matchIndicator } from "../catalogue";
import { parseYMD } from "../time/calendar";
import { formatPeriod } from "../time/period";
import type { Claim, SectorId } from "../types";
import { isBreakdown } from "./breakdown";
import { findCandidates, type Candidate } from "./candidates";
import { around, breaksOf, type Around } from "./context";
import { buildFrames, frameAt, type ArticleFrames } from "./frames";
import { clearStringMemos } from "./memo";
import { chooseMetric, chooseSubject, metricBefore } from "./metric-subject";
import { choosePeriod, RATE_CUE, timeSaysPlan } from "./period";
import { chooseSector, normaliseFrequencies, sectorFrequencies } from "./sectors";
import { signedValue } from "./sign";
import { detectStatus } from "./status";

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

/** 设计年吞吐量, 年产12万吨…项目: a capacity, dated by its own sentence or the paper. */
const DESIGN_CUE = /设计|年产(?:能)?$|产能/;
/** 用时不到3个月: a duration. */
const DURATION_UNITS = new Set(["天", "月", "年", "小时", "分钟"]);
/** A line with no sentence punctuation at the top of an article is its headline. */
const HEADER_LINE = /^(?:#+ .*|[^，,。；;！!？?\n]{1,50})$/;
const BARE_CHANGE = /^(?:分别)?(?:同比|按年|比上年|较上年|比去年|较去年|环比)?(?:增长|下降|增幅|增速|提高|上升|减少|回落)?$/;
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
  const articleFreq: (ReturnType<typeof normaliseFrequencies> | undefined)[] = [];
  const breaks = breaksOf(text);
  const claims: Claim[] = [];
  let articleIdx = 0;
  let lastSubject: { para: number; subject: string | null } | null = null;

  for (const cand of findCandidates(text)) {
    while (articleIdx + 1 < articles.length && articles[articleIdx + 1].start <= cand.start) articleIdx++;
    const article = articles[articleIdx];
    const at = around(breaks, cand.start, cand.end, article.start, article.end);
    const articleFrames = framesOf(articleIdx);

    const clauseBefore = text.slice(at.clauseStart, cand.start);
    // The lead's dateline (4月24日下午,) says when the item was written, not what its figures describe
    const dl = articleFrames.datelineEnd;
    const sentenceBefore = text.slice(dl > at.sentStart && dl <= cand.start ? dl : at.sentStart, cand.start);
    // Paragraph context is read only near the claim: OCR pages can run a paragraph for pages
    const paragraphBefore = text.slice(Math.max(at.paraStart, at.sentStart - 400), at.sentStart);
    const running = CUMULATIVE_CUE.test(sentenceBefore) && cand.unit !== "%" && cand.unit !== "百分点";

    const frame = frameAt(articleFrames, at.sentStart);
    // Status first, then the period: a time ahead of the paper makes a plan; the plan then picks its period
    const status = detectStatus({ clauseBefore, sentenceBefore }) === "plan" || timeSaysPlan(sentenceBefore, ref, frame) ? "plan" : "actual";
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
      duration: DURATION_UNITS.has(cand.unit),
      running,
    });
    const cumulative = running || time.asOf;

    const carried = lastSubject && lastSubject.para === at.paraStart ? lastSubject.subject : null;
    const subject = chooseSubject(sentenceBefore, paragraphBefore, article.title || null, carried);
    lastSubject = { para: at.paraStart, subject };
    const metric = metricOf(text, cand, at, subject);
    const { indicatorId, sector } = classify(text, cand, at, metric, cumulative, () => (articleFreq[articleIdx] ??= normaliseFrequencies(sectorFrequencies(text.slice(article.start, article.end)))));

    claims.push({
      quote: quoteOf(text, cand, at),
      value: signedValue(cand.value, clauseBefore),
      unit: cand.unit,
      qualifier: cand.qualifier,
      metric,
      subject,
      sector,
      period: time.period ? formatPeriod(time.period) : null,
      periodKind: time.period?.kind ?? null,
      periodSource: time.source,
      periodCue: time.cue,
      // Placeholders until the gazetteer decides them
      area: null,
      areaCode: null,
      areaSource: "none",
      areaCue: null,
      breakdown: isBreakdown(sentenceBefore),
      cumulative,
      status,
      start: cand.start,
      end: cand.end,
      indicator: indicatorId,
      article: articleIdx,
    });
  }
  return claims;
}

/** What the number measures: its list item's noun, or for a bare change (同比增长15%) the clause before's (营收同比增长). */
function metricOf(text: string, cand: Candidate, at: Around, subject: string | null): string {
  let metric = chooseMetric(text.slice(at.itemStart, cand.start), text.slice(cand.end, at.itemEnd), cand.unitKind, subject);
  if (at.prevClauseStart < at.clauseStart && BARE_CHANGE.test(metric)) {
    const prev = text.slice(at.prevClauseStart, at.clauseStart - 1);
    const firstDigit = prev.search(/[\d一二三四五六七八九十百千万两]/);
    const prevMetric = metricBefore(firstDigit > 0 ? prev.slice(0, firstDigit) : prev, subject);
    if (prevMetric && prevMetric.length <= 12 && !BARE_CHANGE.test(prevMetric)) metric = prevMetric + metric;
  }
  return metric;
}

/** The catalogue indicator and the sector: the list item decides; one that names no measure borrows the clause before. */
function classify(
  text: string,
  cand: Candidate,
  at: Around,
  metric: string,
  cumulative: boolean,
  articleFreq: () => ReturnType<typeof normaliseFrequencies>,
): { indicatorId: string | null; sector: SectorId } {
  const indicator =
    matchIndicator({ unit: cand.unit, context: `${metric} ${text.slice(at.itemStart, at.itemEnd)}`, cumulative }) ??
    matchIndicator({ unit: cand.unit, context: `${metric} ${text.slice(at.prevClauseStart, at.clauseEnd)}`, cumulative });
  if (indicator && !indicator.sectorFromContext) return { indicatorId: indicator.id, sector: indicator.sector };
  const sector = chooseSector({
    clause: text.slice(at.clauseStart, at.clauseEnd),
    // Semicolons separate parallel statements (第一产业…;第二产业…;第三产业…): each is its own context
    sentence: text.slice(at.partStart, at.partEnd),
    article: articleFreq(),
  });
  return { indicatorId: indicator?.id ?? null, sector };
}

/**
 * Quote: the list item when it says something on its own, else the clause; trimmed
 * around the number (and its qualifier cue) when long. Always contains [start, end).
 */
function quoteOf(text: string, cand: Candidate, at: Around): string {
  const useItem = at.itemEnd - at.itemStart >= 6;
  let qStart = useItem ? at.itemStart : at.clauseStart;
  let qEnd = useItem ? at.itemEnd : at.clauseEnd;
  if (qEnd - qStart > MAX_QUOTE) {
    qStart = Math.max(qStart, cand.cueStart - 16);
    qEnd = Math.min(qEnd, Math.max(cand.end + 12, qStart + 24));
  }
  return text.slice(qStart, qEnd);
}
