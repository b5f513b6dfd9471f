// Units as people write them, in both languages: the claim record's canonical
// units (docs/claims.md) are codes for machines (`index`, 元 in base units,
// measure words); a reader sees 亿元 / CNY 100 million, tonnes, TEU, items.
// One table: a unit missing from it is no real unit (an extractor's stray
// word such as 县 or 层) and is not offered as a filter choice. Cases: units.cases.ts.

export interface UnitWords {
  /** How a Chinese reader writes it after a number ("" for a bare number). */
  zh: string;
  /** English singular and plural ("" for a bare number). */
  en: readonly [string, string];
  /** Money: English puts the currency before the number (CNY 1.2 billion). */
  currency?: boolean;
}

const w = (zh: string, one: string, many = one): UnitWords => ({ zh, en: [one, many] });

export const UNITS: Readonly<Record<string, UnitWords>> = {
  元: { zh: "元", en: ["CNY", "CNY"], currency: true },
  美元: { zh: "美元", en: ["USD", "USD"], currency: true },
  港元: { zh: "港元", en: ["HKD", "HKD"], currency: true },
  欧元: { zh: "欧元", en: ["EUR", "EUR"], currency: true },
  日元: { zh: "日元", en: ["JPY", "JPY"], currency: true },
  英镑: { zh: "英镑", en: ["GBP", "GBP"], currency: true },
  吨: w("吨", "tonne", "tonnes"),
  TEU: w("标箱", "TEU"),
  平方米: w("平方米", "m²"),
  平方公里: w("平方公里", "km²"),
  公顷: w("公顷", "hectare", "hectares"),
  亩: w("亩", "mu"),
  立方米: w("立方米", "m³"),
  公里: w("公里", "km"),
  米: w("米", "m"),
  GWh: w("GWh", "GWh"),
  GW: w("GW", "GW"),
  千瓦: w("千瓦", "kW"),
  千瓦时: w("千瓦时", "kWh"),
  "%": w("%", "%"),
  百分点: w("个百分点", "percentage point", "percentage points"),
  天: w("天", "day", "days"),
  月: w("个月", "month", "months"),
  季度: w("个季度", "quarter", "quarters"),
  年: w("年", "year", "years"),
  部: w("部", "title", "titles"),
  集: w("集", "episode", "episodes"),
  个: w("个", "item", "items"),
  项: w("项", "item", "items"),
  件: w("件", "item", "items"),
  家: w("家", "firm", "firms"),
  人: w("人", "person", "people"),
  人次: w("人次", "visit", "visits"),
  条: w("条", "route", "routes"),
  份: w("份", "copy", "copies"),
  间: w("间", "room", "rooms"),
  艘: w("艘", "vessel", "vessels"),
  艘次: w("艘次", "vessel call", "vessel calls"),
  航次: w("航次", "voyage", "voyages"),
  座: w("座", "facility", "facilities"),
  次: w("次", "time", "times"),
  户: w("户", "household", "households"),
  所: w("所", "institution", "institutions"),
  套: w("套", "set", "sets"),
  支: w("支", "team", "teams"),
  批: w("批", "batch", "batches"),
  袋: w("袋", "bag", "bags"),
  index: w("", ""),
};

export type UnitLang = "zh" | "en";

/** Is this a unit the table knows (a filter offers only these)? */
export function isKnownUnit(unit: string): boolean {
  return Object.hasOwn(UNITS, unit);
}

/**
 * The unit's name on its own (a column, an axis, a heading): 吨 / tonnes,
 * 元 / CNY; "" for a plain index. An unknown unit is shown as written in
 * Chinese and left out in English (a Chinese measure word means nothing there).
 */
export function unitLabel(unit: string, lang: UnitLang): string {
  const u = UNITS[unit];
  if (!u) return lang === "zh" ? unit : "";
  return lang === "zh" ? u.zh : u.en[1];
}

/** English singular or plural for a count: 1 tonne, 2.5 tonnes, 1 item. */
export function englishUnit(unit: string, count: number): string {
  const u = UNITS[unit];
  if (!u) return "";
  return Math.abs(count) === 1 ? u.en[0] : u.en[1];
}

// One formatter for every value: toLocaleString with options builds a new Intl.NumberFormat per call
// (~30 µs; an indicator page formats a value per chart point, ~30 ms a request at 10 M claims).
const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const trim = (n: number) => NUMBER.format(Number(n.toFixed(2)));

/**
 * A value with its unit as a reader writes it: 3.1亿元, 12万吨, 7.5%, 18支 in
 * Chinese; CNY 310 million, 120k tonnes, 7.5%, 18 teams, 1 item in English.
 */
export function formatAmount(value: number, unit: string, lang: UnitLang): string {
  const abs = Math.abs(value);
  const u = UNITS[unit];
  if (lang === "zh") {
    const num = abs >= 1e8 ? `${trim(value / 1e8)}亿` : abs >= 1e4 ? `${trim(value / 1e4)}万` : trim(value);
    return `${num}${u ? u.zh : unit}`;
  }
  let num: string;
  if (u?.currency) {
    // Money reads in words: CNY 310 million, CNY 1.2 billion.
    num = abs >= 1e9 ? `${trim(value / 1e9)} billion` : abs >= 1e6 ? `${trim(value / 1e6)} million` : trim(value);
    return `${u.en[0]} ${num}`;
  }
  if (abs >= 1e9) num = `${trim(value / 1e9)}B`;
  else if (abs >= 1e6) num = `${trim(value / 1e6)}M`;
  else if (abs >= 1e4) num = `${trim(value / 1e3)}k`;
  else num = trim(value);
  if (unit === "%") return `${num}%`;
  // 12k tonnes, 1 tonne, 0.5 tonnes: only exactly one is singular.
  const word = englishUnit(unit, abs >= 1e4 ? 2 : value);
  return word ? `${num} ${word}` : num;
}
