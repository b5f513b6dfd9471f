// When was this page published? Most trusted first:
//   1. front matter `date`                                   → "front_matter"
//   2. a masthead date near the top of the page: a full date
//      (2025年5月20日, 2025-05-20) on a line without sentence punctuation
//      that, or whose neighbour, carries 星期/农历/总第…期/主办/承办/…版,
//      within the first 12 lines                                → "masthead"
//   3. inferred from the text                                 → "inferred"
//      a. datelines — the M月D日 that opens a news item (本报讯(记者 …)4月24日,
//         or a paragraph that starts with 4月24日) — give month and day: the
//         latest one is the publication day (news is dated the day it happened
//         or the day before; the paper comes out with the latest). Its year is
//         the page's year (below); if that would put the dateline before the
//         latest full date the page mentions, it is the following year (a page
//         about 2023年12月24日 with a dateline 1月19日 is from January 2024).
//         Datelines from both December and January wrap: January is the
//         latest, in the year after the page's year.
//      b. no dateline: the latest full date the page mentions.
//   4. nothing fixes a day → date null, source "unknown"; `year` may still be
//      known (for 今年): the latest year the page mentions outside plan
//      phrases (力争/预计/计划/目标/到/将/拟 + YYYY年), else its earliest plan year.
import type { DateSource } from "./types";
import { compareYMD, daysBetween, formatYMD, isValidDay, MAX_YEAR, parseYMD, type YMD } from "./time/calendar";
import { findDatelines, writtenDates } from "./time/datelines";
import { parseTimes } from "./time/expressions";

export interface PublicationDate {
  /** YYYY-MM-DD */
  date: string | null;
  source: DateSource;
  /** The page's year when it is known, even without a day (resolves 今年). */
  year: number | null;
}

const MIN_YEAR = 1949;

/** A real day no earlier than the founding year of the papers this reads. */
function isValid(y: number, m: number, d: number): boolean {
  return y >= MIN_YEAR && isValidDay(y, m, d);
}

export const formatDate = formatYMD;
const compare = compareYMD;

function parseIso(s: string | undefined): YMD | null {
  const ymd = parseYMD(s);
  return ymd && ymd.y >= MIN_YEAR ? ymd : null;
}

/** Every real full date in the text (年月日 form), in order, from the papers' founding year on. */
export function fullDates(text: string): YMD[] {
  return writtenDates(text, "full").filter((d) => d.y >= MIN_YEAR);
}

// ---------------------------------------------------------------- masthead

// Newspaper mastheads (星期, 农历, 总第…期, 主办, …版) and the header of a web article (发布时间：, 来源：).
const MASTHEAD_MARK = /星期[一二三四五六日天]|周[一二三四五六日天]|农历|总第\s*\d+\s*期|主办|承办|今日\s*\d+\s*版|第\s*\d+\s*版|\d+\s*版|发布(?:时间|日期)|来源[:：]|日期[:：]/;
const MASTHEAD_LINES = 12;
const PROSE = /[，,。；;！!？?]/;

/** The masthead date: a full date on one of the first lines, next to a masthead mark. */
export function mastheadDate(text: string): YMD | null {
  const lines = text.split("\n", MASTHEAD_LINES);
  for (let i = 0; i < lines.length; i++) {
    // A masthead is a line of labels, not prose.
    if (PROSE.test(lines[i])) continue;
    const near = [lines[i - 1] ?? "", lines[i], lines[i + 1] ?? ""].join(" ");
    if (!MASTHEAD_MARK.test(near)) continue;
    const day = [...writtenDates(lines[i], "full"), ...writtenDates(lines[i], "numeric")].find((d) => d.y >= MIN_YEAR);
    if (day) return day;
  }
  return null;
}

// ---------------------------------------------------------------- datelines

export interface MonthDay {
  m: number;
  d: number;
  /** Offset of the month digits in the text. */
  at: number;
}

/** The days that open news items (see time/datelines.ts). */
export function datelines(text: string): MonthDay[] {
  return findDatelines(text).map(({ m, d, at }) => ({ m, d, at }));
}

// ---------------------------------------------------------------- years

/** Words before a year that make it a plan or target, not a year the page reports on. */
const PLAN_BEFORE = /(?:力争|预计|计划|目标|到|将|拟|规划|预期|争取|确保|部署|至)(?:于|在)?\s*$/;
const PLAN_WINDOW = 8;

/** The page's own year: the latest year it reports on, else its earliest plan year. */
export function pageYear(text: string): number | null {
  let reviewed: number | null = null;
  let planned: number | null = null;
  for (const m of parseTimes(text)) {
    const y = m.year;
    if (y === undefined || y < MIN_YEAR || y > MAX_YEAR) continue;
    const before = text.slice(Math.max(0, m.start - PLAN_WINDOW), m.start);
    if (PLAN_BEFORE.test(before)) planned = planned === null ? y : Math.min(planned, y);
    else reviewed = reviewed === null ? y : Math.max(reviewed, y);
  }
  return reviewed ?? planned;
}

// ---------------------------------------------------------------- entry points

export function findPublicationDate(normalised: string, frontMatterDate?: string): PublicationDate {
  const fm = parseIso(frontMatterDate);
  if (fm) return { date: formatDate(fm), source: "front_matter", year: fm.y };

  const mast = mastheadDate(normalised);
  if (mast) return { date: formatDate(mast), source: "masthead", year: mast.y };

  const full = fullDates(normalised);
  const latestFull = full.reduce<YMD | null>((a, b) => (a === null || compare(b, a) > 0 ? b : a), null);
  const year = pageYear(normalised) ?? latestFull?.y ?? null;

  const lines = datelines(normalised);
  if (lines.length > 0 && year !== null) {
    // Datelines from both December and January: the year turned between them.
    const wraps = lines.some((l) => l.m >= 11) && lines.some((l) => l.m <= 2);
    const key = (l: MonthDay) => (wraps && l.m <= 2 ? l.m + 12 : l.m) * 100 + l.d;
    const latest = lines.reduce((a, b) => (key(b) > key(a) ? b : a));
    let y = Math.max(year, latestFull?.y ?? year);
    // The page's year is the December one when the datelines wrap.
    if (wraps && latest.m <= 2) y += 1;
    if (latestFull && compare({ y, m: latest.m, d: latest.d }, latestFull) < 0) y += 1;
    if (isValid(y, latest.m, latest.d)) return { date: formatDate({ y, m: latest.m, d: latest.d }), source: "inferred", year: y };
  }
  if (latestFull) return { date: formatDate(latestFull), source: "inferred", year: latestFull.y };
  return { date: null, source: "unknown", year };
}

/** Openings that say "recently" instead of giving the day. */
const UNDATED_OPENING = /^(?:#[^\n]*\n|[^\n]{0,40}\n)*?(?:本报讯\s*[（(][^)）\n]{0,40}[)）]\s*)?(?:近日|日前|近期|最近)/;
/** How far back a "recently" article's own full dates may reach to date it. */
const RECENT_DAYS = 92;

/**
 * An article's own date:
 *  1. its opening dateline (4月24日下午, …), in the year that puts it on or
 *     before the publication date;
 *  2. an item that opens with 近日/日前 ("recently") is dated by the latest
 *     full date it mentions within the RECENT_DAYS before publication (a
 *     contributed piece about 2023年12月24日 printed on 2024-01-19 describes
 *     December, and its 今年 is 2023);
 *  3. else the publication date.
 */
export function articleDate(articleText: string, pubDate: string | null): string | null {
  const pub = parseIso(pubDate ?? undefined);
  if (!pub) return pubDate;
  // Only the opening: a date further down is something the article mentions.
  const first = datelines(`\n${articleText.slice(0, 300)}`)[0];
  if (first) {
    let y = pub.y;
    if (compare({ y, m: first.m, d: first.d }, pub) > 0) y -= 1;
    return isValid(y, first.m, first.d) ? formatDate({ y, m: first.m, d: first.d }) : formatDate(pub);
  }
  if (UNDATED_OPENING.test(articleText.slice(0, 300))) {
    const recent = fullDates(articleText).filter((d) => compare(d, pub) <= 0 && daysBetween(d, pub) <= RECENT_DAYS);
    if (recent.length > 0) return formatDate(recent.reduce((a, b) => (compare(b, a) > 0 ? b : a)));
  }
  return formatDate(pub);
}
