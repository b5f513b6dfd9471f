// Units: the word after a number (and its magnitude) → the canonical unit of
// docs/claims.md and the factor that brings the value to base units. Kept as a
// table so that a new unit is one line, and its examples double as tests.

export type UnitKind =
  | "money"
  | "weight"
  | "area"
  | "volume"
  | "length"
  | "energy"
  | "power"
  | "percent"
  | "duration"
  | "count"
  | "index";

export interface UnitRow {
  /** Surface form as it appears after the number (normalised, simplified). */
  surface: string;
  unit: string;
  kind: UnitKind;
  /** Multiplier to the canonical unit (万元 → 元 is handled by magnitudes, not here). */
  factor?: number;
  /** Case-insensitive surface (GWh, Gwh, gwh). */
  ci?: boolean;
}

const count = (surface: string, unit = surface): UnitRow => ({ surface, unit, kind: "count" });

export const UNIT_ROWS: readonly UnitRow[] = [
  // money — magnitudes (万, 亿) are read separately so 万元 and 1.5万元 both work
  { surface: "元人民币", unit: "元", kind: "money" },
  { surface: "元", unit: "元", kind: "money" },
  { surface: "块钱", unit: "元", kind: "money" },
  { surface: "美元", unit: "美元", kind: "money" },
  { surface: "美金", unit: "美元", kind: "money" },
  // other currencies keep their own name: converting needs a rate and a date
  { surface: "港元", unit: "港元", kind: "money" },
  { surface: "港币", unit: "港元", kind: "money" },
  { surface: "欧元", unit: "欧元", kind: "money" },
  { surface: "日元", unit: "日元", kind: "money" },
  { surface: "英镑", unit: "英镑", kind: "money" },
  // weight
  { surface: "吨", unit: "吨", kind: "weight" },
  { surface: "公斤", unit: "吨", kind: "weight", factor: 0.001 },
  { surface: "千克", unit: "吨", kind: "weight", factor: 0.001 },
  // containers
  { surface: "标准箱", unit: "TEU", kind: "count" },
  { surface: "标箱", unit: "TEU", kind: "count" },
  { surface: "TEU", unit: "TEU", kind: "count", ci: true },
  // area and length
  { surface: "平方米", unit: "平方米", kind: "area" },
  { surface: "平米", unit: "平方米", kind: "area" },
  { surface: "㎡", unit: "平方米", kind: "area" },
  { surface: "平方公里", unit: "平方公里", kind: "area" },
  { surface: "平方千米", unit: "平方公里", kind: "area" },
  { surface: "公顷", unit: "公顷", kind: "area" },
  { surface: "亩", unit: "亩", kind: "area" },
  // volume: cold stores, timber stock, water (立方米; 方 alone is too many other words)
  { surface: "立方米", unit: "立方米", kind: "volume" },
  { surface: "m³", unit: "立方米", kind: "volume" },
  { surface: "㎥", unit: "立方米", kind: "volume" },
  { surface: "公里", unit: "公里", kind: "length" },
  { surface: "千米", unit: "公里", kind: "length" },
  { surface: "米", unit: "米", kind: "length" },
  // energy and power
  { surface: "GWh", unit: "GWh", kind: "energy", ci: true },
  { surface: "吉瓦时", unit: "GWh", kind: "energy" },
  { surface: "千瓦时", unit: "千瓦时", kind: "energy" },
  { surface: "kWh", unit: "千瓦时", kind: "energy", ci: true },
  { surface: "GW", unit: "GW", kind: "power", ci: true },
  { surface: "吉瓦", unit: "GW", kind: "power" },
  { surface: "MW", unit: "千瓦", kind: "power", factor: 1000, ci: true },
  { surface: "兆瓦", unit: "千瓦", kind: "power", factor: 1000 },
  { surface: "千瓦", unit: "千瓦", kind: "power" },
  { surface: "kW", unit: "千瓦", kind: "power", ci: true },
  // percentages
  { surface: "个百分点", unit: "百分点", kind: "percent" },
  { surface: "百分点", unit: "百分点", kind: "percent" },
  { surface: "%", unit: "%", kind: "percent" },
  // durations (years as dates are filtered by not-claims before units are read)
  { surface: "个工作日", unit: "天", kind: "duration" },
  { surface: "个月", unit: "月", kind: "duration" },
  { surface: "个季度", unit: "季度", kind: "duration" },
  { surface: "个小时", unit: "小时", kind: "duration" },
  { surface: "季度", unit: "季度", kind: "duration" },
  { surface: "小时", unit: "小时", kind: "duration" },
  { surface: "天", unit: "天", kind: "duration" },
  { surface: "年", unit: "年", kind: "duration" },
  // counts keep their measure word; 名/位 count people
  { surface: "个航次", unit: "航次", kind: "count" },
  count("航次"),
  count("艘次"),
  count("场次"),
  count("架次"),
  count("车次"),
  count("班次"),
  count("批次"),
  count("人次"),
  count("万人次", "人次"),
  { surface: "人口", unit: "人", kind: "count" },
  { surface: "名", unit: "人", kind: "count" },
  { surface: "位", unit: "人", kind: "count" },
  count("人"),
  count("个"),
  count("部"),
  count("集"),
  count("家"),
  count("项"),
  count("条"),
  count("件"),
  count("份"),
  count("间"),
  count("艘"),
  count("座"),
  count("次"),
  count("户"),
  count("所"),
  count("套"),
  count("支"),
  count("场"),
  count("起"),
  count("层"),
  count("类"),
  count("批"),
  count("台"),
  count("辆"),
  count("架"),
  count("款"),
  count("种"),
  count("张"),
  count("篇"),
  count("本"),
  count("处"),
  count("块"),
  count("栋"),
  count("盏"),
  count("栋"),
  count("幢"),
  count("株"),
  count("棵"),
  count("头"),
  count("只"),
  // 家禽出栏1680万羽 (birds), 每周开行28班 (scheduled sailings or flights)
  count("羽"),
  count("班"),
  count("省"),
  count("市"),
  count("县"),
  count("镇"),
  count("村"),
  count("国"),
  count("单"),
  count("袋"), // 食用菌1.2亿袋: mushrooms are grown and counted by the bag
];

export interface UnitMatch {
  row: UnitRow;
  /** Offset just after the unit. */
  end: number;
}

// Longest match first: 个月 before 个, 平方公里 before 公里, 人次 before 人.
const BY_FIRST = new Map<string, UnitRow[]>();
for (const row of UNIT_ROWS) {
  const keys = row.ci ? [row.surface[0].toLowerCase(), row.surface[0].toUpperCase()] : [row.surface[0]];
  for (const k of new Set(keys)) {
    const list = BY_FIRST.get(k) ?? [];
    list.push(row);
    BY_FIRST.set(k, list);
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.surface.length - a.surface.length);

/**
 * Traditional forms of unit characters. normalise() converts pages that are mostly
 * traditional; this catches the stray traditional unit in an otherwise simplified page.
 */
const TRADITIONAL: Readonly<Record<string, string>> = {
  萬: "万", 億: "亿", 歐: "欧", 幣: "币", 鎊: "镑", 噸: "吨", 畝: "亩", 個: "个", 項: "项", 間: "间", 臺: "台", 輛: "辆", 張: "张", 場: "场",
  戶: "户", 處: "处", 標: "标", 準: "准", 條: "条", 點: "点", 時: "时", 萬元: "万元", 餘: "余", 層: "层", 種: "种",
  筆: "笔", 歲: "岁", 個月: "个月", 億元: "亿元", 際: "际", 額: "额", 雙: "双", 棟: "栋", 艘: "艘", 貨: "货", 錢: "钱",
};
const simp = (s: string) => {
  let out = "";
  for (const ch of s) out += TRADITIONAL[ch] ?? ch;
  return out;
};

/** The unit that starts at `pos`, if any. */
export function matchUnit(text: string, pos: number): UnitMatch | null {
  const first = text[pos];
  const rows = BY_FIRST.get(first) ?? BY_FIRST.get(TRADITIONAL[first] ?? "");
  if (!rows) return null;
  for (const row of rows) {
    const piece = simp(text.slice(pos, pos + row.surface.length));
    const ok = row.ci ? piece.toLowerCase() === row.surface.toLowerCase() : piece === row.surface;
    if (!ok) continue;
    // Latin units must not run on into a longer word (GW in GWh is handled by order; "MWh" is not MW).
    if (/^[A-Za-z]/.test(row.surface) && /[A-Za-z]/.test(text[pos + row.surface.length] ?? "")) continue;
    return { row, end: pos + row.surface.length };
  }
  return null;
}

/** Magnitude words between a number and its unit: 3100万吨, 6亿元, 3千万元. */
const MAGNITUDE: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

/** Reads a run of magnitude characters (万, 千万, 万亿) at `pos`; factor 1 when none. */
export function readMagnitude(text: string, pos: number): { factor: number; end: number } {
  let factor = 1;
  let i = pos;
  // 十/百/千 only count when followed by 万/亿 (3千万元), else 千 starts 千瓦, 千米, 千克.
  while (i < text.length && i - pos < 3) {
    const c = TRADITIONAL[text[i]] ?? text[i];
    if (c === "万" || c === "亿") {
      factor *= MAGNITUDE[c];
      i++;
      continue;
    }
    const next = TRADITIONAL[text[i + 1]] ?? text[i + 1];
    if ((c === "十" || c === "百" || c === "千") && (next === "万" || next === "亿")) {
      factor *= MAGNITUDE[c];
      i++;
      continue;
    }
    break;
  }
  return { factor, end: i };
}

/** Examples: text starting right after the number → [canonical unit, factor incl. magnitude, surface length]. */
export const UNIT_CASES: readonly [string, string | null, number][] = [
  ["万吨,", "吨", 1e4],
  ["亿元运输成本", "元", 1e8],
  ["万美元", "美元", 1e4],
  ["万元人民币", "元", 1e4],
  ["标箱", "TEU", 1],
  ["万羽,", "羽", 1e4],
  ["班，较年初增加", "班", 1],
  ["班次", "班次", 1],
  ["标准箱", "TEU", 1],
  ["Gwh生产基地", "GWh", 1],
  ["GW高效电池", "GW", 1],
  ["兆瓦", "千瓦", 1000],
  ["万千瓦", "千瓦", 1e4],
  ["平方公里", "平方公里", 1],
  ["万平方米的", "平方米", 1e4],
  ["公里外", "公里", 1],
  ["米的顶棚", "米", 1],
  ["个月就", "月", 1],
  ["个季度", "季度", 1],
  ["个航次", "航次", 1],
  ["个家庭医生团队", "个", 1],
  ["名党员", "人", 1],
  ["位老人", "人", 1],
  ["人次", "人次", 1],
  ["万人口", "人", 1e4],
  ["个百分点", "百分点", 1],
  ["千万元", "元", 1e7],
  ["公斤", "吨", 0.001],
  ["号泊位", null, 1],
  ["萬噸", "吨", 1e4],
  ["億元", "元", 1e8],
  ["個項目", "个", 1],
  ["亿港元", "港元", 1e8],
  ["万欧元", "欧元", 1e4],
  ["期", null, 1],
  ["万立方米冷库", "立方米", 1e4],
  ["立方米/秒", "立方米", 1],
  ["亿袋", "袋", 1e8],
  ["平方米", "平方米", 1],
];
