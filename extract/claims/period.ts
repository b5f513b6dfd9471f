// A claim's period: what time its number describes, and how that was known.
//   1. a time in its own sentence before the number (the nearest; a more
//      specific one inside it wins: 截至上月底,全县今年已开工 → last month);
//   2. else a plan takes the horizon set earlier in its paragraph, or none;
//      a design capacity takes the publication date;
//   3. else the frame in force (paragraph, event, lead, headline; frames.ts),
//      except that an event's day never dates a rate or a duration;
//   4. else the publication date for states and running totals, none for
//      rates and durations.
// Cases: period.cases.ts.
import type { PeriodSource, Status } from "../types";
import { dayIndex, type YMD } from "../time/calendar";
import { hasYear, parseTimes, resolveTime, type TimeMention } from "../time/expressions";
import { dayPeriod, periodEndDay, periodStartDay, startsAfter, yearPeriod, type Period } from "../time/period";
import type { TimeFrame } from "./frames";
import { memoByString } from "./memo";

export interface ClaimTime {
  period: Period | null;
  /** The sentence says 截至…: a running total. */
  asOf: boolean;
  source: PeriodSource;
  cue: string | null;
}

export interface ClaimTimeInput {
  /** The claim's sentence up to its number. */
  sentenceBefore: string;
  /** Its time mentions (offsets into sentenceBefore); parsed from sentenceBefore when absent. */
  mentions?: readonly TimeMention[];
  /** Its clause up to the number. */
  clauseBefore: string;
  /** The paragraph before the sentence (a plan's horizon). */
  paragraphBefore: string;
  /** The article before the sentence (the month a story is in, for 这个月), read only when needed. */
  articleBefore?: () => string;
  /** Publication date; `refYearOnly` when only its year is known. */
  ref: YMD | null;
  refYearOnly?: boolean;
  /** The frame in force at the sentence (frames.ts), and the article's (headline or lead). */
  frame: TimeFrame | null;
  articleFrame?: TimeFrame | null;
  status: Status;
  /** 设计年吞吐量, 年产N万吨: dated by its own sentence, else the paper. */
  design: boolean;
  /** 每天, 年均: a rate fixes no period by itself. */
  rate: boolean;
  /** 用时不到3个月: a duration. */
  duration: boolean;
  /** 累计, 已, 共…: a running total or a state. */
  running: boolean;
  /** 从不到4万元(增加到…): the figure a change started from, a past anecdote. */
  past?: boolean;
  /** The article is a list of plans (《2024年为民办实事项目》): its items are the plans of its year. */
  planDocument?: boolean;
  /** The plan is a forecast (预计), which may be of a year already over (全年预计完成… in January). */
  forecast?: boolean;
}

/** Every time mention of a sentence (memoised: claims of one sentence read it again). */
export const timesIn = memoByString(parseTimes);

/** Rates fix no period by themselves: 每天, 年均, 一年订单量, 年接待, 年产值, 单日. */
export const RATE_CUE = /每(?:个)?[\u4e00-\u9fa5]|年均|日均|月均|一年|(?:^|[,，、])年(?:产|接待|接诊|销售|营收|收入|处理|吞吐|发电|用电|交易|均|通过)/;

const published = (input: ClaimTimeInput): ClaimTime => {
  const { ref } = input;
  if (!ref) return { period: null, asOf: false, source: "none", cue: null };
  return { period: input.refYearOnly ? yearPeriod(ref.y) : dayPeriod(ref), asOf: false, source: "published", cue: null };
};
const none: ClaimTime = { period: null, asOf: false, source: "none", cue: null };

/** The nearest time of the sentence that can date a figure (a plan's own time only a plan's). */
export function sentenceTime(mentions: readonly TimeMention[], plan = true): TimeMention | null {
  const usable = mentions.filter((m) => !m.base && (plan || !m.planOf));
  return usable[usable.length - 1] ?? null;
}

/** Does the sentence's own time lie ahead of the paper (力争2026年…, 明年…)? Then the figure is a plan. */
export function timeSaysPlan(mentions: readonly TimeMention[], ref: YMD | null, frame: TimeFrame | null): boolean {
  if (!ref) return false;
  const m = sentenceTime(mentions);
  if (!m || m.vague || m.since || m.now) return false;
  const r = resolveTime(m, { ref, frame: frame?.period ?? null, actual: false });
  return !!r?.period && startsAfter(r.period, ref);
}

/** 单日吞吐量突破2.3万吨: a single day's record. */
const SINGLE_DAY = /单日|单天|一天之内|当日最高/;

/**
 * A single day's figure is dated by its day or not at all: a month's frame must not put a day's
 * record among the month's totals.
 */
export function choosePeriod(input: ClaimTimeInput): ClaimTime {
  const t = choosePeriodOf(input);
  if (t.period && t.period.kind !== "day" && SINGLE_DAY.test(input.clauseBefore)) return { ...none, cue: t.cue };
  return t;
}

function choosePeriodOf(input: ClaimTimeInput): ClaimTime {
  const { ref, frame, status } = input;
  const frameP = frame?.period ?? null;
  const actual = status === "actual";
  if (input.past) return none;
  const mentions = input.mentions ?? timesIn(input.sentenceBefore);
  // 比2022年的27868元: the figure of the base itself
  const last = mentions[mentions.length - 1];
  if (last?.base && /^的?$/.test(input.sentenceBefore.slice(last.end))) {
    const r = resolveTime({ ...last, base: false }, { ref, frame: frameP, actual });
    if (r?.period) return { period: r.period, asOf: r.asOf, source: "sentence", cue: last.text };
  }
  const nearest = sentenceTime(mentions, status === "plan");

  if (nearest) {
    // 不到三年时间,这里累计拍摄短剧超800部; 近年来…打造32条航线: a vague span leaves the figure as of the paper
    if (nearest.vague) return input.rate || input.duration ? { ...none, source: "sentence", cue: nearest.text } : published(input);
    // “十四五”以来…年均增长6.8%: a rate over a span has no period of its own
    if (nearest.since && input.rate) return { ...none, source: "sentence", cue: nearest.text };
    if (nearest.since) {
      // 截至6月底,衢州港自2019年开港以来累计…: the as-of point is the sentence's 截至, else the paper's day
      const asOf = mentions.filter((m) => m.asOf && !m.base && m.end <= nearest.start).pop();
      const r = asOf && resolveTime(asOf, { ref, frame: frameP, actual });
      if (r?.period) return { period: r.period, asOf: true, source: "sentence", cue: asOf!.text };
      // …in a paragraph that returns to the lead's event (the base that opened that day), as of the event's day
      if (frame?.source === "dateline") return { period: frame.period, asOf: true, source: "dateline", cue: nearest.text };
      const p = published(input);
      return { ...p, asOf: true, source: p.period ? "sentence" : "none", cue: nearest.text };
    }
    // 这个月 in a story that named its month earlier (进入1月以来…) is that month
    const story = nearest.monthRel !== 0 ? null : input.articleBefore ? input.articleBefore() : input.paragraphBefore;
    const recentMonth = story === null ? null : lastMonthNamed(story + input.sentenceBefore.slice(0, nearest.start), ref, frameP);
    const ctx = { ref, frame: frameP, actual, recentMonth };
    // 进入1月以来,…现在每天要接卸15个航次: "now" within a span the sentence opened is that span
    const opened = nearest.now ? mentions.slice(0, mentions.indexOf(nearest)).filter((m) => m.sinceYear && !m.base).pop() : undefined;
    // 今年,…全年计划完成…: 全年 is the year the sentence named, not the article's
    const yearBefore = nearest.wholeYear && nearest.year === undefined && nearest.yearRel === undefined ? mentions.slice(0, mentions.indexOf(nearest)).filter((m) => hasYear(m) && !m.base).pop() : undefined;
    if (yearBefore) {
      const y = resolveTime(yearBefore, ctx)?.period;
      if (y) return { period: yearPeriod(y.y), asOf: false, source: "sentence", cue: `${yearBefore.text}…${nearest.text}` };
    }
    const chosen = opened ?? moreSpecificBefore(mentions, nearest, ctx) ?? nearest;
    const r = resolveTime(chosen, ctx);
    // a target's 全年 is never a year already over (要…全年新招引项目70个 in a January report on last year)
    if (r?.period && !actual && !input.forecast && chosen.wholeYear && !chosen.edgeEnd && chosen.year === undefined && chosen.yearRel === undefined && ref && r.period.kind === "year" && r.period.y < ref.y) {
      return { period: yearPeriod(ref.y), asOf: false, source: "sentence", cue: chosen.text };
    }
    if (r?.period) return { period: r.period, asOf: r.asOf || !!chosen.sinceYear, source: "sentence", cue: chosen.text };
  }

  if (status === "plan" && !input.design) {
    // A target takes the horizon stated earlier in its paragraph (并将于2026年投入运营。…预计提供30余个岗位)
    const horizon = timesIn(input.paragraphBefore)
      .filter((m) => hasYear(m) && !m.base && !m.vague)
      .map((m) => ({ m, r: resolveTime(m, { ref, frame: frameP, actual: false }) }))
      .filter((x) => x.r?.period && (!ref || x.r.period.y >= ref.y))
      .pop();
    if (horizon) return { period: yearPeriod(horizon.r!.period!.y), asOf: false, source: "paragraph", cue: horizon.m.text };
    // An item of a plan list is a plan for the year the list is for (its headline's or lead's year, else the paper's)
    if (input.planDocument) {
      const f = input.articleFrame;
      if (f) return { period: yearPeriod(f.period.y), asOf: false, source: f.source, cue: f.cue };
      if (ref) return { period: yearPeriod(ref.y), asOf: false, source: "published", cue: null };
    }
    return none;
  }
  if (input.design) return published(input);
  const rate = input.rate;
  const f = usableFrame(input, rate);
  if (f) return { period: f.period, asOf: f.asOf, source: f.source, cue: f.cue };
  if (rate || input.duration) return none;
  return published(input);
}

/**
 * Which frame may date a figure that says no time itself. A paragraph's period
 * (2023年,衢江…改造为…工厂。…累计拍摄短剧超800部) dates its flows, not a running
 * total or a rate reported after it: those take an as-of frame (截至6月底) or the
 * article's frame. An event's day never dates a rate or a duration.
 */
function usableFrame(input: ClaimTimeInput, rate: boolean): TimeFrame | null {
  const f = input.frame;
  if (!f) return null;
  if (f.source === "dateline") return rate || input.duration ? null : f;
  if (f.source === "paragraph" && !f.asOf && (rate || input.running)) return input.articleFrame ?? null;
  return f;
}

/**
 * An earlier time of the sentence that lies inside the nearest one and says
 * more (4月24日,2026年浙江省…锦标赛 → the day; 截至上月底,全县今年已开工 → the month).
 */
/** The last single month named in `text` (for 这个月/当月). */
function lastMonthNamed(text: string, ref: YMD | null, frame: Period | null): Period | null {
  const months = timesIn(text).filter((m) => m.months && m.months[0] === m.months[1] && m.day === undefined && !m.base);
  const last = months[months.length - 1];
  return last ? (resolveTime(last, { ref, frame })?.period ?? null) : null;
}

function moreSpecificBefore(mentions: readonly TimeMention[], nearest: TimeMention, ctx: Parameters<typeof resolveTime>[1]): TimeMention | null {
  // Only a bare year is refined: 全年, 上半年, 1—10月 say exactly what they mean
  const bareYear = (nearest.year !== undefined || nearest.yearRel !== undefined) && nearest.wholeYear && !nearest.text.includes("全年") && !nearest.asOf;
  if (!bareYear) return null;
  const outer = resolveTime(nearest, ctx)?.period;
  if (!outer) return null;
  for (let i = mentions.indexOf(nearest) - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.base || m.vague || m.since || m.now) continue;
    const inner = resolveTime(m, ctx)?.period;
    if (inner && inside(inner, outer) && span(inner) < span(outer)) return m;
  }
  return null;
}

const span = (p: Period) => dayIndex(periodEndDay(p)) - dayIndex(periodStartDay(p));
const inside = (a: Period, b: Period) => dayIndex(periodStartDay(a)) >= dayIndex(periodStartDay(b)) && dayIndex(periodEndDay(a)) <= dayIndex(periodEndDay(b));
