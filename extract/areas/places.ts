// Finding places in normalised (simplified-Chinese) text, each resolved to an
// area at county level or above. Pure: the town table is generated into
// towns.data.ts and, with the gazetteer's names, indexed once on first use.
//
// What is found (rules over the data; the README has the why):
// - full standard names (衢江区, 衢州市, 浙江省) and short forms (衢江, 衢州, 浙江, 广西);
// - towns and streets by their full name (杜泽镇, 樟潭街道) → their county;
// - ports: X港 → X (衢州港 → 衢州市), X港区 → X (衢江港区 → 衢江区), and a compound of
//   places in different cities (宁波舟山港) → their common province;
// - collective words against the home area (全区, 我市, 全省, 全国);
// - 中国 → 全国.
// An ambiguous name goes to the candidate nearest home (its county, city, province), else to the
// only one in the country, else nowhere. A word that is more often a common word than a place
// (江山, 新建, 振兴, 港口…) needs a cue. A name followed by 路/街/大道/巷/号 is a street address.
import { TOWNS } from "./towns.data";
import { bitSet, hasBit, setBit } from "../bits";
import { PINYIN } from "./pinyin.data";
import {
  COUNTRY,
  allAreas,
  ancestors,
  areaByCode,
  cityOf,
  pickArea,
  provinceOf,
  shortName,
  within,
  type Area,
} from "./gazetteer";

export type PlaceVia = "name" | "short" | "town" | "port" | "port_area" | "collective" | "compound" | "country";

export interface PlaceMention {
  /** Offsets into `text` (UTF-16 code units, as String.prototype.slice). */
  start: number;
  end: number;
  text: string;
  area: Area;
  via: PlaceVia;
}

// ---------------------------------------------------------------- word lists

/**
 * Short forms and two-character names that are more often ordinary words than places in news
 * text: 江山 (江山如画, 人民就是江山), 新建 (新建项目 vs 新建区), 振兴 (乡村振兴 vs 振兴区), 港口
 * (vs 港口区), 平安, 合作, 资源, 金山/青山 (绿水青山就是金山银山)… One of these counts as a place only
 * with a cue: its province or city right before it (衢州江山), a list with another place of its
 * province (江山、常山), or being the home area itself (江山 in a 江山 paper). Drafted by reading the
 * short forms that a general Chinese word-frequency dictionary lists as everyday words.
 */
const COMMON_WORDS = new Set(
  (
    // everyday words
    "资源 合作 和平 武功 比如 南部 解放 东方 前进 港口 海港 公安 友好 通道 共和 友谊 平安 中方 凤凰 安定 延长 光明 " +
    "新兴 运河 东风 红旗 南岸 会同 工农 大名 富裕 清水 高明 前锋 复兴 长子 清新 宏伟 平定 芙蓉 洞口 太和 温泉 " +
    "向阳 振兴 三元 大方 互助 新华 威信 莲花 平和 名山 黄龙 六合 白云 大观 永和 二七 台前 丰满 双桥 九龙 无为 " +
    "民权 小店 同心 宝塔 元宝 平房 灯塔 大兴 木兰 天涯 七星 海棠 博爱 同仁 回民 钟楼 马尾 方正 安居 龙凤 麒麟 " +
    "新民 钟山 富民 惠民 爱民 清流 老城 紫金 新星 云霄 天台 阳明 天心 天元 兴业 大厂 金牛 路南 路北 白塔 万全 " +
    "平原 江南 中原 南海 古城 东湖 商城 新建 东海 新城 天桥 西山 牡丹 滨海 城中 城东 城西 城北 大城 河东 河西 " +
    "太平 天山 长寿 金山 青山 石门 路桥 太湖 中山 江山 " +
    // city short forms that are words or brands
    "阿里 朝阳 大理 安康 白银 来宾 长治 日照 攀枝花 玉树 海西 红河 " +
    // two-character county names that end a longer word (振兴县域 → 兴县, 管理县 → 理县)
    "城区 郊区 矿区 东区 西区"
  ).split(/\s+/),
);

/**
 * Words that contain a place name but name no place (长江 would give 江西 in 长江西岸, 钱塘江 钱塘区,
 * 孙中山 中山市), regions that are no administrative area, and generic words that some town
 * happens to be called (开发区, 街道, 小城镇). The longest match wins, so these hide what is inside.
 */
const BLOCKED_WORDS = (
  "长三角 珠三角 华东 华南 华北 华中 华西 西南地区 西北地区 东北地区 浙西 浙东 浙南 浙北 浙中 海外 山区 " +
  "长江 黄河 珠江 淮河 洞庭湖 鄱阳湖 钱塘江 太平洋 出海口 入海口 新乡贤 四平八稳 北京时间 定海神针 江山如画 大好江山 锦绣江山 打江山 守江山 " +
  "孙中山 中山装 中山大学 中山公园 " +
  "街道 开发区 高新区 经开区 工业园区 产业园区 工业园 产业园 保税区 农场 林场 盐场 苗圃 牧场 城区 新区 景区 社区 " +
  "小城镇 中心镇 特色小镇"
).split(/\s+/);
const BLOCKED = BLOCKED_WORDS;
const BLOCKED_SET = new Set(BLOCKED_WORDS);

/** Collective words: the unit they name relative to home (or to a place right before them). */
const COLLECTIVES: Record<string, "county" | "city" | "province" | "country"> = {
  全区: "county", 我区: "county", 本区: "county", 全县: "county", 我县: "county", 本县: "county",
  全市: "city", 我市: "city", 本市: "city",
  全省: "province", 我省: "province", 本省: "province",
  全国: "country", 我国: "country",
};
/** A collective word that continues into another word is that word: 全市场, 全区域, 全省份, 全国性, 全国人大. */
const COLLECTIVE_NOT_BEFORE: Record<string, RegExp> = {
  county: /^(?:域|间|块|别)/,
  city: /^(?:场|值)/,
  province: /^份/,
  country: /^(?:性|人大|政协|总工会|妇联|工商联|人民代表大会)/,
};
/** …and one whose first character ends a word before it is not one either: 安全区, 完全国产, 资本市场, 日本市. */
const COLLECTIVE_NOT_AFTER: Record<string, string> = {
  全: "安完健齐周保成万顾俱双大求两十",
  本: "基根成资样日版文剧课账原范标读绘话蓝书脚血赔工股老母副底稿刊",
  我: "自忘唯",
};
/** 中国 is the country, except as the start of an organisation's or a slogan's name. */
const CHINA_NOT_BEFORE =
  /^(?:式|特色|共产党|人民银行|银行|工商银行|建设银行|农业银行|银联|移动|联通|电信|广电|铁塔|石化|石油|海油|中铁|铁建|中车|建筑|交建|电建|能建|人寿|平安|太保|邮政|烟草|航天|航空|商飞|船舶|化工|中化|建材|五矿|宝武|华能|大唐|华电|国电|三峡|电科|科学院|工程院|社会科学院|美术学院|日报|新闻|短剧之都)/;

/** …nor when its 中 ends a word before it: 其中国家级, 集中国有. */
const CHINA_NOT_AFTER = "其集之当空正居适暗心从手家眼期初高途";

/** A place name followed by these is a street address (中山路, 衢州大道, 湖南路3号), not the place. */
const ADDRESS_AFTER = /^[东西南北中]?(?:路|街(?!道)|大道|大街|巷|弄|号)/;
/** 港 after a place is its port unless it starts another word (嘉兴港航, 港澳, 港股). */
const PORT_AFTER = /^港(?:区|口|域)?/;
const NOT_PORT_AFTER = /^港(?:航|澳|台|币|股|资|人|剧|片|商|城|产)/;
/** What an outlet's name puts after its place: 江山发布, 衢州日报, 衢江新闻. */
const MEDIA_AFTER = /^(?:发布|日报|晚报|报|新闻|融媒|传媒|电视台|广播|在线|网|头条)/;
/** Between two places of a list: 、 和 与 及 以及 /. */
const LIST_SEPARATOR = /^(?:、|和|与|及|以及|\/)$/;

/** Town names made of one character and a word common in text (部分乡镇 → 分乡镇, 对于城镇 → 于城镇). */
const TOWN_WORD_TAIL = /^.(?:城镇|乡镇|村镇|市镇|城乡)$/;
const TOWN_SUFFIX = /(?:街道|镇|乡|苏木)$/;

// ---------------------------------------------------------------- index

interface Entry {
  text: string;
  full?: Area[];
  short?: Area[];
  /** Counties holding a town of this name. */
  towns?: Area[];
  collective?: "county" | "city" | "province" | "country";
  china?: boolean;
  blocked?: boolean;
}

interface PlaceIndex {
  /**
   * Open addressing on an entry's first two characters: SLOT words per slot (the two characters
   * as one key, where the slot's group starts in `entries`, how many it holds; 0 for an empty slot).
   * One table of numbers, not a Map per character: a position is read with one or two cache lines
   * instead of a chain of objects, and most of a page's positions are read while the table is cold
   * (the rest of the extraction has pushed it out of the processor's caches since the last scan).
   */
  slots: Int32Array;
  /** Entries grouped by their first two characters, each group longest first. */
  entries: Entry[];
  /** Per entry: its length, and its third character (0 for a two-character one), beside the slots. */
  lengths: Uint8Array;
  thirds: Uint16Array;
  /** A bit per character that starts some entry (8 kB): checked before anything else. */
  starts: Int32Array;
  /** A bit per hashed key of the slots: small enough to stay in the processor's cache, it turns most positions away before the slots. */
  filter: Int32Array;
}

const SLOT = 3;
/** Slots (a power of two): ~24,000 two-character keys at most 40 % full, so a miss ends within a probe or two. */
const SLOT_BITS = 16;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
const keyOf = (c0: number, c1: number) => (c0 << 16) | c1;
const slotOf = (key: number) => (Math.imul(key, 0x9e3779b1) >>> (32 - SLOT_BITS)) & SLOT_MASK;

const FILTER_BITS = 16;
const filterBit = (key: number) => (Math.imul(key, 0x85ebca6b) >>> (32 - FILTER_BITS));

let placeIndex: PlaceIndex | null = null;

function buildIndex(): PlaceIndex {
  const entries = new Map<string, Entry>();
  const entry = (text: string): Entry => {
    let e = entries.get(text);
    if (!e) entries.set(text, (e = { text }));
    return e;
  };
  const add = (list: Area[] | undefined, a: Area): Area[] => {
    if (!list) return [a];
    if (!list.includes(a)) list.push(a);
    return list;
  };
  for (const a of allAreas()) {
    const e = entry(a.name);
    e.full = add(e.full, a);
    const s = shortName(a);
    if (s) {
      const se = entry(s);
      se.short = add(se.short, a);
    }
  }
  for (const group of TOWNS.split("|")) {
    const colon = group.indexOf(":");
    const county = areaByCode(group.slice(0, colon));
    if (!county) continue;
    for (const name of group.slice(colon + 1).split(",")) {
      if (name.length < 2) continue;
      const e = entry(name);
      e.towns = add(e.towns, county);
    }
  }
  for (const [w, level] of Object.entries(COLLECTIVES)) entry(w).collective = level;
  for (const w of ["全市域", "全县域", "全省域", "我市域", "本市域", "我县域", "本县域"]) {
    entry(w).collective = COLLECTIVES[w.slice(0, 2)];
  }
  entry("中国").china = true;
  entry("中华人民共和国").china = true;
  for (const w of BLOCKED) entry(w).blocked = true;

  // groups by the first two characters, in the order the entries were made; longest first within
  // a group (a stable sort: entries of one length keep that order)
  const groups = new Map<number, Entry[]>();
  const starts = bitSet(0x10000);
  for (const e of entries.values()) {
    if (e.text.length < 2) continue;
    const c0 = e.text.charCodeAt(0);
    setBit(starts, c0);
    const key = keyOf(c0, e.text.charCodeAt(1));
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  const slots = new Int32Array(SLOT * (1 << SLOT_BITS));
  const filter = bitSet(1 << FILTER_BITS);
  const packed: Entry[] = [];
  for (const [key, list] of groups) {
    setBit(filter, filterBit(key));
    list.sort((a, b) => b.text.length - a.text.length);
    let h = slotOf(key);
    while (slots[h * SLOT + 2] !== 0) h = (h + 1) & SLOT_MASK;
    slots[h * SLOT] = key;
    slots[h * SLOT + 1] = packed.length;
    slots[h * SLOT + 2] = list.length;
    packed.push(...list);
  }
  const lengths = new Uint8Array(packed.length);
  const thirds = new Uint16Array(packed.length);
  packed.forEach((e, k) => {
    lengths[k] = Math.min(e.text.length, 255);
    thirds[k] = e.text.length > 2 ? e.text.charCodeAt(2) : 0;
  });
  return { slots, entries: packed, lengths, thirds, starts, filter };
}

function index(): PlaceIndex {
  return (placeIndex ??= buildIndex());
}

/** Where the group of entries starting with `key`'s two characters lies in `slots`, or -1. */
function slotFor(slots: Int32Array, key: number): number {
  for (let h = slotOf(key); ; h = (h + 1) & SLOT_MASK) {
    const at = h * SLOT;
    if (slots[at + 2] === 0) return -1;
    if (slots[at] === key) return at;
  }
}

/** The longest entry that starts at `i`, or null. */
function matchAt(text: string, i: number, { slots, entries, lengths, thirds, starts, filter }: PlaceIndex): Entry | null {
  const c0 = text.charCodeAt(i);
  if (!hasBit(starts, c0)) return null;
  const key = keyOf(c0, text.charCodeAt(i + 1));
  if (!hasBit(filter, filterBit(key))) return null;
  const at = slotFor(slots, key);
  if (at < 0) return null;
  // Every entry of the group starts with text[i] text[i + 1]: a two-character one matches as it is,
  // a longer one is compared from its third character (its entry read only when that agrees)
  const c2 = text.charCodeAt(i + 2);
  for (let k = slots[at + 1], end = k + slots[at + 2]; k < end; k++) {
    if (lengths[k] === 2 || (thirds[k] === c2 && text.startsWith(entries[k].text, i))) return entries[k];
  }
  return null;
}

/** The index entry whose text is exactly `name`, or null. */
function entryNamed(name: string): Entry | null {
  const { slots, entries } = index();
  const at = slotFor(slots, keyOf(name.charCodeAt(0), name.charCodeAt(1)));
  if (at < 0) return null;
  for (let k = slots[at + 1], end = k + slots[at + 2]; k < end; k++) if (entries[k].text === name) return entries[k];
  return null;
}

// ---------------------------------------------------------------- resolution

/** The home's ancestors from itself up, without 全国: the scopes in which a name is looked for first. */
function homeScopes(home: Area): Area[] {
  return ancestors(home).filter((a) => a !== COUNTRY);
}

/** One county among those that hold a town of this name: nearest home first, then the only one in the country. */
function pickTown(counties: readonly Area[], home: Area, widest: "county" | "city" | "province" | "country"): Area | null {
  const limit = { county: 0, city: 1, province: 2, country: 3 }[widest];
  for (const scope of homeScopes(home)) {
    const rank = scope.level === "county" ? 0 : scope.level === "city" || scope === cityOf(home) ? 1 : 2;
    if (rank > limit) break;
    const inScope = counties.filter((c) => within(c, scope));
    if (inScope.length) return inScope.length === 1 ? inScope[0] : null;
  }
  return limit === 3 && counties.length === 1 ? counties[0] : null;
}

/** The area a collective word names, relative to `base` (home, or a place right before it). */
function collectiveArea(level: "county" | "city" | "province" | "country", base: Area): Area | null {
  switch (level) {
    case "country":
      return COUNTRY;
    case "province":
      return provinceOf(base);
    case "city":
      // A county-level city's own paper says 全市 for itself (江山市).
      if (base.level === "county" && base.name.endsWith("市")) return base;
      return cityOf(base);
    case "county":
      return base.level === "county" ? base : null;
  }
}

function isPlaceEntry(e: Entry | null): e is Entry {
  return !!e && !e.blocked && !!(e.full || e.short);
}

/** Is `area` inside home's city (home's county when it has no city)? */
function inHomeCity(area: Area, home: Area): boolean {
  const scope = cityOf(home) ?? (home.level === "county" ? home : null);
  return !!scope && within(area, scope);
}

function inHomeProvince(area: Area, home: Area): boolean {
  const province = provinceOf(home);
  return !!province && within(area, province);
}

type Resolved = { area: Area; via: "name" | "short"; weak: boolean } | null;

// Answers that depend only on the entry and the home, kept per home for the last few homes (an
// article's names repeat, and so do its pages' homes; reading a masthead against the whole country
// between two pages must not throw a home's answers away): resolution, not scanning, was most of the time.
const HOMES_KEPT = 8;
const cachesByHome = new Map<string, { names: Map<Entry, Resolved>; towns: Map<Entry, Area | null> }>();
let nameCache = new Map<Entry, Resolved>();
let townCache = new Map<Entry, Area | null>();
/** collectiveArea's answers by level and base code (any home). */
const collectiveCache = new Map<string, Area | null>();

function useCacheFor(home: Area): void {
  let c = cachesByHome.get(home.code);
  if (!c) {
    if (cachesByHome.size >= HOMES_KEPT) cachesByHome.delete(cachesByHome.keys().next().value!);
    c = { names: new Map(), towns: new Map() };
    cachesByHome.set(home.code, c);
  }
  nameCache = c.names;
  townCache = c.towns;
}

function resolveName(e: Entry, home: Area, names: boolean): Resolved {
  if (names) return resolveNameUncached(e, home, true);
  let r = nameCache.get(e);
  if (r === undefined) nameCache.set(e, (r = resolveNameUncached(e, home, false)));
  return r;
}

/** The area of a name or short form found at home, and whether it is a common word needing a cue. */
function resolveNameUncached(e: Entry, home: Area, names: boolean): Resolved {
  if (e.full) {
    const area = pickArea(e.full, home);
    if (!area) return null;
    // A two-character name (和县, 献县, 理县) is also the end of many words (振兴县域, 管理县): away from home it needs a cue.
    return { area, via: "name", weak: COMMON_WORDS.has(e.text) || (e.text.length === 2 && !inHomeCity(area, home)) };
  }
  if (e.short) {
    const area = pickArea(e.short, home);
    if (!area) return null;
    // Two characters out of a county's name, far from home, are more often the seam of two words
    // (复杂多变 → 杂多, 江海联运 → 江海, 新增城镇 → 增城, 创新平台 → 新平) than that county.
    const far = !names && area.level === "county" && e.text.length === 2 && !inHomeProvince(area, home);
    return { area, via: "short", weak: far || COMMON_WORDS.has(e.text) };
  }
  return null;
}

/** Every place mention in `text`, left to right, non-overlapping (longest match wins), each resolved to an area at county level or above. `home` is the area the article is written for. */
export function findPlaces(text: string, home: Area): PlaceMention[] {
  return scan(text, home, false);
}

/** findPlaces in a name or headline: far two-character short forms (安溪, 婺源) need no cue (common words still do). */
export function findPlacesInName(text: string, home: Area): PlaceMention[] {
  return scan(text, home, true);
}

/** findPlaces; `names` for an outlet's name or masthead, where far two-character short forms need no cue (今日衢江 has no seam of words). */
function scan(text: string, home: Area, names: boolean): PlaceMention[] {
  const idx = index();
  useCacheFor(home);
  const found: PlaceMention[] = [];
  /** weak[k]: found[k] needs a cue to count (a common word, a far two-character short form). */
  const weak: boolean[] = [];
  const push = (m: PlaceMention, isWeak: boolean) => {
    found.push(m);
    weak.push(isWeak);
  };
  const n = text.length;
  let i = 0;
  const { starts } = idx;
  while (i < n - 1) {
    // most characters start no name: skip them without a call (two thirds of a page's characters
    // start some entry, the towns' names cover most of the common ones: matchAt's slots decide those)
    if (!hasBit(starts, text.charCodeAt(i))) {
      i++;
      continue;
    }
    const e = matchAt(text, i, idx);
    if (!e) {
      i++;
      continue;
    }
    const start = i;
    let end = i + e.text.length;
    i = end;
    if (e.blocked) continue;
    const prev = found.length ? found[found.length - 1] : null;
    const adjacentPrev = prev && prev.end === start && !weak[weak.length - 1] ? prev : null;

    if (e.collective) {
      let level = e.collective;
      if (e.text.endsWith("域")) level = COLLECTIVES[e.text.slice(0, 2)];
      const after = text.slice(end, end + 6);
      const before = start > 0 ? text[start - 1] : "";
      if (COLLECTIVE_NOT_BEFORE[level].test(after)) continue;
      if (before && (COLLECTIVE_NOT_AFTER[e.text[0]] ?? "").includes(before)) continue;
      const base = adjacentPrev ? adjacentPrev.area : home;
      const key = level + base.code;
      let area = collectiveCache.get(key);
      if (area === undefined) collectiveCache.set(key, (area = collectiveArea(level, base)));
      if (area) push({ start, end, text: text.slice(start, end), area, via: "collective" }, false);
      continue;
    }
    if (e.china) {
      if (CHINA_NOT_BEFORE.test(text.slice(end, end + 6))) continue;
      if (start > 0 && CHINA_NOT_AFTER.includes(text[start - 1])) continue;
      push({ start, end, text: text.slice(start, end), area: COUNTRY, via: "country" }, false);
      continue;
    }
    if (e.full || e.short) {
      const after = text.slice(end, end + 4);
      if (ADDRESS_AFTER.test(after)) continue;
      // A compound of places directly before a port (宁波舟山港): their common city or province
      // (never the country); places nested in each other (衢州衢江港区) are no compound.
      const chain: Array<{ e: Entry; start: number; end: number }> = [{ e, start, end }];
      for (let j = end, next = matchAt(text, j, idx); isPlaceEntry(next); next = matchAt(text, j, idx)) {
        chain.push({ e: next, start: j, end: j + next.text.length });
        j += next.text.length;
      }
      if (chain.length > 1) {
        const last = chain[chain.length - 1];
        const afterLast = text.slice(last.end, last.end + 2);
        const port = afterLast.match(PORT_AFTER);
        if (port && !NOT_PORT_AFTER.test(afterLast)) {
          const areas = chain.map((c) => resolveName(c.e, home, names)?.area ?? null);
          if (areas.every((a): a is Area => !!a)) {
            const nested = areas.every((a, k) => k === 0 || within(a, areas[k - 1]));
            if (!nested) {
              const common = commonAncestor(areas);
              if (common && common !== COUNTRY) {
                const cEnd = last.end + port[0].length;
                push({ start, end: cEnd, text: text.slice(start, cEnd), area: common, via: "compound" }, false);
                i = cEnd;
                continue;
              }
            }
          }
        }
      }
      const r = resolveName(e, home, names);
      if (!r) continue;
      // A short form right after a place that neither holds it nor lies in it names a part of that
      // place (平湖独山港区: 独山 is no 独山县 of Guizhou), not a place of its own.
      if (r.via === "short" && prev && prev.end === start && !within(r.area, prev.area) && !within(prev.area, r.area)) continue;
      let via: PlaceVia = r.via;
      const port = after.match(PORT_AFTER);
      if (port && !NOT_PORT_AFTER.test(after)) {
        via = port[0] === "港区" || port[0] === "港域" ? "port_area" : "port";
        end += port[0].length;
        i = end;
      }
      // In an outlet's name a common word is the place when the name is built on it (今日江山, 江山发布);
      // a bracket that holds the name alone is a roundup's tag for its item's place (【江山】一季度，…)
      const named = names && (MEDIA_AFTER.test(after) || text.slice(start - 2, start) === "今日");
      const tagged = text.charCodeAt(start - 1) === 0x3010 && text.charCodeAt(start + e.text.length) === 0x3011;
      // a name read alone (a byline's station, 本报江山讯 → 江山) is that place
      const alone = names && start === 0 && start + e.text.length === text.length;
      push({ start, end, text: text.slice(start, end), area: r.area, via }, r.weak && !named && !tagged && !alone);
      continue;
    }
    if (e.towns) {
      const widest = !TOWN_SUFFIX.test(e.text) || TOWN_WORD_TAIL.test(e.text) ? "county" : e.text.length === 2 ? "province" : "country";
      let area = townCache.get(e);
      if (area === undefined) townCache.set(e, (area = pickTown(e.towns, home, widest)));
      if (area) push({ start, end, text: text.slice(start, end), area, via: "town" }, false);
    }
  }
  const kept = weak.includes(true) ? acceptCued(found, weak, text, home) : found;
  return text.includes("港区") || text.includes("景区") ? withTownSites(text, kept, home) : kept;
}

// ---------------------------------------------------------------- towns' ports and scenic areas

/**
 * A port area or scenic area named after its town without the town's suffix: 乍浦港区 (乍浦镇),
 * 独山港区 (独山港镇), 廿八都景区 (廿八都镇) → the town's county. The stem alone (乍浦) is too common
 * a word to take anywhere; before 港区 or 景区 it names the site. Stems of two characters only near
 * home (the home province), longer ones anywhere they are unique.
 */
const SITE_WORDS = /港区|景区/g;
const TOWN_ENDINGS = ["镇", "乡", "街道"];

/**
 * The counties holding a town named `stem` plus 镇, 乡 or 街道 (乍浦 → 乍浦镇), read off the place
 * index, which holds every town by its full name: no second table of all 41,352 towns' stems.
 */
function townsOfStem(stem: string): Area[] | undefined {
  let out: Area[] | undefined;
  for (const ending of TOWN_ENDINGS) {
    const towns = entryNamed(stem + ending)?.towns;
    if (!towns) continue;
    if (!out) out = [...towns];
    else for (const c of towns) if (!out.includes(c)) out.push(c);
  }
  return out;
}

function withTownSites(text: string, found: PlaceMention[], home: Area): PlaceMention[] {
  const extra: PlaceMention[] = [];
  SITE_WORDS.lastIndex = 0;
  for (let m = SITE_WORDS.exec(text); m; m = SITE_WORDS.exec(text)) {
    const at = m.index;
    if (found.some((f) => f.start < at + 2 && f.end > at - 1)) continue; // 海盐港区, 衢江港区: already a place
    for (let len = 4; len >= 2; len--) {
      const start = at - len;
      if (start < 0) continue;
      const stem = text.slice(start, at);
      if (!/^\p{Script=Han}+$/u.test(stem) || BLOCKED_SET.has(stem)) continue;
      // 独山港区: the town is 独山港镇 (its stem ends with 港)
      const tries = m[0] === "港区" ? [townsOfStem(stem + "港"), townsOfStem(stem)] : [townsOfStem(stem)];
      let area: Area | null = null;
      for (const counties of tries) if (!area && counties) area = pickTown(counties, home, len === 2 ? "province" : "country");
      if (!area) continue;
      if (found.some((f) => f.end > start && f.start < at)) break;
      // 上海港洋山港区: a port area named inside another city's port is that port's (洋山镇 lies in 嵊泗县)
      const port = m[0] === "港区" ? found.find((f) => f.end === start && (f.via === "port" || f.via === "compound")) : undefined;
      if (port && !within(area, port.area)) area = port.area;
      extra.push({ start, end: at + 2, text: text.slice(start, at + 2), area, via: m[0] === "港区" ? "port_area" : "town" });
      break;
    }
  }
  return extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found;
}

/** The lowest area that holds all of `areas`. */
function commonAncestor(areas: readonly Area[]): Area | null {
  if (areas.length === 0) return null;
  return ancestors(areas[0]).find((a) => areas.every((o) => within(o, a))) ?? null;
}

/** Keep the weak (common-word) mentions that have a cue, drop the others. */
function acceptCued(found: PlaceMention[], weak: boolean[], text: string, home: Area): PlaceMention[] {
  const accepted = found.map((f, k) => !weak[k] || f.area === home);
  const cued = (k: number): boolean => {
    const f = found[k];
    const prev = k > 0 && accepted[k - 1] ? found[k - 1] : null;
    const next = k + 1 < found.length && accepted[k + 1] ? found[k + 1] : null;
    return !!(
      (prev && prev.end === f.start && prev.area !== f.area && within(f.area, prev.area)) ||
      (prev && LIST_SEPARATOR.test(text.slice(prev.end, f.start)) && siblings(prev, f)) ||
      (next && LIST_SEPARATOR.test(text.slice(f.end, next.start)) && siblings(next, f))
    );
  };
  // A cue travels along a list both ways (江山、常山、开化 from 常山; 昆山、江阴、张家港 from 张家港):
  // forward, backward, forward again, so the work stays linear in the mentions.
  for (const forward of [true, false, true]) {
    for (let j = 0; j < found.length; j++) {
      const k = forward ? j : found.length - 1 - j;
      if (!accepted[k] && cued(k)) accepted[k] = true;
    }
  }
  return found.filter((_, k) => accepted[k]);
}

/** Two places of one list: of one province (江山、常山; 昆山、江阴), or both provinces (上海、江西). */
function siblings(a: PlaceMention, b: PlaceMention): boolean {
  if (a.via === "collective" || a.via === "country") return false;
  if (a.area.level === "province" || b.area.level === "province") return a.area.level === b.area.level;
  return provinceOf(a.area) === provinceOf(b.area);
}

// ---------------------------------------------------------------- home area

/** Central media: their home is the whole country. */
const NATIONAL_MEDIA =
  /^(?:人民日报|人民网|新华社|新华网|新华每日电讯|光明日报|光明网|经济日报|中国日报|求是|央视|中央电视台|中央广播电视总台|中国新闻网|中新社|中新网|工人日报|农民日报|科技日报|法治日报|中国青年报|中国经济网|参考消息|解放军报)/;

/** The home an outlet's name or masthead gives: the deepest place along the first one it names. */
function homeFromName(name: string | null | undefined): Area | null {
  const s = (name ?? "").trim();
  if (!s) return null;
  if (NATIONAL_MEDIA.test(s)) return COUNTRY;
  const places = scan(s, COUNTRY, true).filter((m) => m.via !== "collective" && m.via !== "country");
  if (places.length === 0) return /^中国|^中华/.test(s) ? COUNTRY : null;
  let home = places[0].area;
  for (const m of places.slice(1)) if (within(m.area, home) && m.area !== home) home = m.area;
  // A paper of 香港, 澳门 or 台湾 reports on the mainland from outside: its 全省/全市 are not its own.
  const province = provinceOf(home);
  if (province && ["810000", "820000", "710000"].includes(province.code)) return null;
  return home;
}

/** Areas named in a URL: division codes as path segments or query values, and Chinese in the (decoded) path or query. */
function homeFromUrl(url: string | null | undefined): Area | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.includes("://") ? url : `http://${url}`);
  } catch {
    return null;
  }
  const parts = [...parsed.pathname.split("/"), ...[...parsed.searchParams.values()]].map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  for (const p of parts) {
    const m = p.match(/^(\d{6})(?:\d{6})?$/);
    if (m) {
      const a = areaByCode(m[1]);
      if (a && a !== COUNTRY) return a;
    }
  }
  return homeFromName(parts.filter((p) => /\p{Script=Han}/u.test(p)).join(" ")) ?? homeFromHost(parsed.hostname);
}

/**
 * A host that spells its place in pinyin before a media or government word: www.anjinews.cn → 安吉,
 * www.anji.gov.cn → 安吉, wuhunews.cn → 芜湖. The label left after the media words must be a whole
 * place's pinyin (four letters at least: initials like qjnews or zgsr say nothing); a pinyin two
 * places share (qujiang: 衢江, 曲江) is nobody's.
 */
const HOST_MEDIA = /(?:news|xinwen|xw|ribao|rb|daily|wb|tv|online|net|wang|zx|rmt|media|gov|city|info|web)$/;
const HOST_SKIP = new Set(["www", "m", "wap", "news", "gov", "com", "cn", "net", "org", "http", "https"]);
let pinyinIndex: Map<string, string[]> | null = null;

/** National and outside media, portals: their host names no home (xinhuanet is no 新化县). */
const HOST_NATIONAL = /(?:^|\.)(?:xinhua|xinhuanet|news\.cn|people|chinadaily|china|cctv|cntv|cnr|gmw|ce\.cn|youth|cyol|chinanews|thepaper|sina|sohu|qq|ifeng|163|toutiao|baidu|udn|wenweipo|takungpao|hkcd|stnn|zaobao)/;

function homeFromHost(host: string): Area | null {
  if (!host || HOST_NATIONAL.test(host.toLowerCase())) return null;
  const gov = /\.gov\./.test(host.toLowerCase());
  for (const raw of host.toLowerCase().split(".")) {
    if (HOST_SKIP.has(raw)) continue;
    let label = raw.replace(/[^a-z]/g, "");
    for (let k = 0; k < 3 && HOST_MEDIA.test(label) && label.replace(HOST_MEDIA, "").length >= 4; k++) label = label.replace(HOST_MEDIA, "");
    // a bare word as a host (hengdian.com) is a brand as often as a place: only a media or government site counts
    if (label === raw && !gov) continue;
    const codes = (pinyinIndex ??= new Map(PINYIN.split("|").map((e) => e.split(":") as [string, string]).map(([k, v]) => [k, v.split(",")]))).get(label);
    if (codes?.length === 1) return areaByCode(codes[0]);
  }
  return null;
}

/** The home area of an article from where it comes from: a publication name (今日衢江 → 衢江区, 衢州日报 → 衢州市, 浙江日报 → 浙江省, 人民日报 → 全国), a masthead line, or a URL that names one (a division code or Chinese in its path); null when none says. */
export function homeAreaFromSource(hints: { source?: string | null; masthead?: string | null; url?: string | null }): Area | null {
  // Papers and mastheads repeat page after page: remember the last answers
  const key = `${hints.source ?? ""}\u0000${hints.masthead ?? ""}\u0000${hints.url ?? ""}`;
  const hit = homeMemo.get(key);
  if (hit !== undefined) return hit;
  const home = homeFromName(hints.source) ?? homeFromName(hints.masthead) ?? homeFromUrl(hints.url);
  if (homeMemo.size >= 256) homeMemo.clear();
  homeMemo.set(key, home);
  return home;
}
const homeMemo = new Map<string, Area | null>();
