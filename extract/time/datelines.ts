// Dates written on a page: datelines, the day that opens a news item (one
// finder for the publication date, which pubdate.ts infers from the latest
// dateline, and for the frames, where a day in the lead dates the event the
// item tells), and full dates (2025年5月20日, 2025-05-20) for mastheads.
//
//   本报讯(记者 …)4月24日下午,…      a byline, then the day
//   本报杭州10月23日讯(记者 …)…       the day inside the byline
//   【…讯】… / a paragraph opening 4月24日,…
//
// Cases: datelines.cases.ts.
import { isValidDay, type YMD } from "./calendar";

const FULL_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const NUMERIC_DATE = /(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/g;

/** Every real calendar day written in full (2025年5月20日) or numerically (2025-05-20, 2025.5.20), in order. */
export function writtenDates(text: string, form: "full" | "numeric"): YMD[] {
  const out: YMD[] = [];
  for (const m of text.matchAll(form === "full" ? FULL_DATE : NUMERIC_DATE)) {
    const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    if (isValidDay(ymd.y, ymd.m, ymd.d)) out.push(ymd);
  }
  return out;
}

export interface Dateline {
  /** Offset of the month digits in the text. */
  at: number;
  /** Offset just after the dateline (its comma, or the byline's end). */
  end: number;
  /**
   * Written year: always null today. A paragraph opening with a full date
   * (2024年11月21日,衢州银泰城开业) recalls a day; a dateline gives month and day only.
   */
  y: number | null;
  m: number;
  d: number;
  /** Last day of a span (4月21日至22日 → 4-22); the same day otherwise. */
  endM: number;
  endD: number;
}

const BYLINE = String.raw`(?:本报讯\s*(?:[（(][^)）\n]{0,40}[)）])?|【[^】\n]{1,12}讯】[^，,。\n]{0,20}?(?:报道[：:])?|据[^，,。\n]{1,16}消息[，,]?)?`;
const TIME_OF_DAY = String.raw`(?:上午|下午|晚上|晚间|晚|早上|凌晨|中午|傍晚|夜间)?`;
/** A day opening a paragraph, after an optional byline; a span (1日至3日) opens with its first day. */
const OPENING = new RegExp(
  String.raw`(?:^|\n)[ \t]*${BYLINE}\s*()(\d{1,2})月(\d{1,2})日(?:[至到—\-]\s*(?:(\d{1,2})月)?(\d{1,2})日)?${TIME_OF_DAY}[,，、]`,
  "g",
);
/** 本报杭州10月23日讯, 本报北京3月5日电 */
const IN_BYLINE = /(?:^|\n)[ \t]*本报[\u4e00-\u9fff]{0,6}?(\d{1,2})月(\d{1,2})日(?:讯|电)/g;

export function findDatelines(text: string): Dateline[] {
  const out: Dateline[] = [];
  for (const re of [OPENING, IN_BYLINE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const inByline = re === IN_BYLINE;
      const y = inByline || !m[1] ? null : +m[1];
      const mo = +(inByline ? m[1] : m[2]);
      const d = +(inByline ? m[2] : m[3]);
      // 2024 is a leap year: 2月29日 passes here, the caller checks the day in its year
      const endM = inByline || !m[5] ? mo : +m[4] || mo;
      const endD = inByline || !m[5] ? d : +m[5];
      if (!isValidDay(y ?? 2024, mo, d) || !isValidDay(y ?? 2024, endM, endD)) continue;
      const at = m.index + m[0].indexOf(`${mo}月`, m[0].search(/\S/));
      out.push({ at, end: m.index + m[0].length, y, m: mo, d, endM, endD });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}
