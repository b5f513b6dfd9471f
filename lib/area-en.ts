// Area names in English, as the standard romanisation writes them: the place's
// own name in Hanyu Pinyin (pinyin-pro reads the characters, polyphones by
// context: 重庆 Chongqing, 长沙 Changsha), one word, capitalised, with an
// apostrophe where a syllable would run into the next (Xi'an), then what kind of
// area it is: Qujiang District, Quzhou City, Zhejiang Province. Only the few
// provinces English knows by another name are listed (Shaanxi, Inner Mongolia,
// Tibet, Hong Kong, Macao). Server only: the pinyin dictionary never reaches a
// browser. Cases: area-en.cases.ts.
import { pinyin } from "pinyin-pro";
import { areaByName, shortName, type Area, type AreaLevel } from "@/extract/areas/gazetteer";

/** Conventional English names that are not the romanisation of the short name. */
const CONVENTIONAL: Record<string, string> = {
  陕西省: "Shaanxi Province",
  内蒙古自治区: "Inner Mongolia Autonomous Region",
  西藏自治区: "Tibet Autonomous Region",
  香港特别行政区: "Hong Kong SAR",
  澳门特别行政区: "Macao SAR",
  台湾省: "Taiwan Province",
  全国: "China",
};

/** The administrative suffix → its English word, longest first (自治县 before 县). */
const KIND_WORDS: [suffix: string, level: AreaLevel | null, en: string][] = [
  ["特别行政区", "province", "SAR"],
  ["自治区", "province", "Autonomous Region"],
  ["自治州", "city", "Autonomous Prefecture"],
  ["自治县", "county", "Autonomous County"],
  ["自治旗", "county", "Autonomous Banner"],
  ["新区", "county", "New Area"],
  ["林区", "county", "Forestry District"],
  ["地区", "city", "Prefecture"],
  ["省", null, "Province"],
  ["盟", null, "League"],
  ["区", null, "District"],
  ["县", null, "County"],
  ["旗", null, "Banner"],
  ["市", null, "City"],
];

/** Pinyin of a Chinese name as one capitalised word: 衢江 → Qujiang, 西安 → Xi'an. */
export function romanise(han: string): string {
  const syllables = pinyin(han, { toneType: "none", type: "array", v: true });
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join("");
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const cache = new Map<string, string>();

/**
 * An area's English name from its full Chinese name (and level, when the
 * gazetteer does not know it). Municipalities read as their name alone
 * (Beijing, Shanghai): that is how English writes them.
 */
export function areaNameEn(name: string, level?: AreaLevel): string {
  const hit = cache.get(name);
  if (hit) return hit;
  const area: Area | null = areaByName(name);
  const out = englishOf(name, area?.level ?? level ?? null, area);
  cache.set(name, out);
  return out;
}

function englishOf(name: string, level: AreaLevel | null, area: Area | null): string {
  if (CONVENTIONAL[name]) return CONVENTIONAL[name];
  if (!/[\u3400-\u9fff]/.test(name)) return name;
  if (level === "province" && name.endsWith("市")) return romanise(name.slice(0, -1));
  for (const [suffix, lv, en] of KIND_WORDS) {
    if (!name.endsWith(suffix) || (lv && level && lv !== level)) continue;
    const own = (area && shortName(area)) ?? name.slice(0, -suffix.length);
    // Autonomous areas keep only the place's own name (恩施土家族苗族自治州 → Enshi Autonomous Prefecture).
    const base = area || !suffix.startsWith("自治") ? own : own.replace(/族$/, "");
    if (base.length === 0) break;
    return `${romanise(base)} ${en}`;
  }
  return romanise(name);
}

/** An area's name in the page's language; null stays null. */
export function areaLabel(name: string | null | undefined, lang: "zh" | "en"): string | null {
  if (!name) return null;
  return lang === "zh" ? name : areaNameEn(name);
}
