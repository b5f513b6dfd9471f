// Holidays as dates. A holiday's figures (国庆假期全市接待游客…) are dated on
// the holiday's last day, so the span comes from a maintained calendar, not a
// hand-typed table: `chinese-days` carries the State Council's yearly holiday
// arrangements (调休 included: 2023's 中秋 and 国庆 ran together, 9月29日至10月6日)
// and converts lunar dates. Each holiday is anchored on its day (国庆 1 October,
// 春节 the first day of the lunar year, 清明 the solar term, 端午 and 中秋 by the
// lunar calendar); its span runs on from there through the days off that
// follow. For a year the package has no arrangement for yet, the span is the
// customary one (国庆 1–7 October, 春节 7 days, the others 3).
//
// Cases: holidays.cases.ts.
import chineseDays from "chinese-days";
import { parseYMD, type YMD } from "./calendar";

export type HolidayId = "spring" | "qingming" | "labour" | "dragonboat" | "midautumn" | "national" | "newyear";

interface HolidayDef {
  id: HolidayId;
  /** The day the holiday is named for, in year y. */
  anchor(y: number): string;
  /** Days of the customary span from the anchor, for a year without an arrangement. */
  days: number;
  /** The name chinese-days gives its days off (getDayDetail: "National Day,国庆节,3"). */
  name: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lunar = (y: number, m: number, d: number) => chineseDays.getSolarDateFromLunar(`${y}-${pad(m)}-${pad(d)}`).date;

export const HOLIDAYS: Record<HolidayId, HolidayDef> = {
  newyear: { id: "newyear", anchor: (y) => `${y}-01-01`, days: 1, name: "元旦" },
  spring: { id: "spring", anchor: (y) => lunar(y, 1, 1), days: 7, name: "春节" },
  qingming: { id: "qingming", anchor: (y) => chineseDays.getSolarTermDate(y, 4, "pure_brightness"), days: 3, name: "清明" },
  labour: { id: "labour", anchor: (y) => `${y}-05-01`, days: 5, name: "劳动节" },
  dragonboat: { id: "dragonboat", anchor: (y) => lunar(y, 5, 5), days: 3, name: "端午" },
  midautumn: { id: "midautumn", anchor: (y) => lunar(y, 8, 15), days: 3, name: "中秋" },
  national: { id: "national", anchor: (y) => `${y}-10-01`, days: 7, name: "国庆" },
};

/** Words that name a holiday, and which (双节 is 中秋 and 国庆 together: it ends with 国庆). */
export const HOLIDAY_WORDS: ReadonlyArray<[RegExp, HolidayId]> = [
  [/^(?:中秋国庆|国庆中秋|双节)/, "national"],
  [/^(?:春节|新春)/, "spring"],
  [/^清明/, "qingming"],
  [/^(?:五一|劳动节)/, "labour"],
  [/^端午/, "dragonboat"],
  [/^中秋/, "midautumn"],
  [/^国庆/, "national"],
  [/^元旦/, "newyear"],
];

const spans = new Map<string, { start: YMD; end: YMD } | null>();

/** The holiday's days off in year y (its first and last day), or null when the calendar cannot say. */
export function holidaySpan(id: HolidayId, y: number): { start: YMD; end: YMD } | null {
  const key = `${id}${y}`;
  let s = spans.get(key);
  if (s === undefined) spans.set(key, (s = computeSpan(HOLIDAYS[id], y)));
  return s;
}

function computeSpan(h: HolidayDef, y: number): { start: YMD; end: YMD } | null {
  let anchor: string;
  try {
    anchor = h.anchor(y);
  } catch {
    return null;
  }
  const start = parseYMD(anchor);
  if (!start) return null;
  const day = (t: Date) => `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  const at = new Date(Date.UTC(start.y, start.m - 1, start.d));
  const arranged = isHolidayDay(anchor);
  let first = new Date(at);
  let last = new Date(at);
  if (arranged) {
    // the run of days off around the anchor (春节 starts on its eve since 2024; 2023's 中秋 ran into 国庆)
    for (let k = 0; k < 12; k++) {
      const prev = new Date(first.getTime() - 86400000);
      if (!isHolidayDay(day(prev))) break;
      first = prev;
    }
    for (let k = 0; k < 12; k++) {
      const next = new Date(last.getTime() + 86400000);
      if (!isHolidayDay(day(next))) break;
      last = next;
    }
  } else {
    last = new Date(at.getTime() + (h.days - 1) * 86400000);
  }
  return { start: parseYMD(day(first))!, end: parseYMD(day(last))! };
}

/** A day off by the State Council's arrangement (a holiday, or a weekend inside one). */
function isHolidayDay(d: string): boolean {
  const detail = chineseDays.getDayDetail(d);
  if (detail.work) return false;
  // a weekend is a day off of the holiday only next to the holiday's own days: the caller walks outwards
  return /,/.test(detail.name) || /Saturday|Sunday/.test(detail.name);
}

/** The holiday named at the start of `s` (中秋国庆, 春节, 五一…), or null. */
export function holidayAt(s: string): HolidayId | null {
  for (const [re, id] of HOLIDAY_WORDS) if (re.test(s)) return id;
  return null;
}
