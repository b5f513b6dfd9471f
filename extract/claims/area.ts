// A claim's area: which administrative area's figure it is. Places come from
// the gazetteer (extract/areas); here each mention gets a role in its
// sentence, and the claim takes, in order:
//   1. its place in a 分别 list (全市、全省生产总值分别增长7.7%和6.8%);
//   2. the nearest place before it in its sentence that owns a figure — not a
//      benchmark (高于全省平均水平, 比全国高, 占全市的), not a destination or
//      origin (对香港出口, 来自全国), not part of a company's name;
//   3. the place last named earlier in its paragraph (frames.ts);
//   4. the article's place (headline, lead);
//   5. the article's home area (its paper, else the configured home).
// Collective words (全区, 我市, 全省) resolve against the place in force, so a
// Hong Kong paper's 衢州全市 … 全市 stays in 衢州市.
// Cases: area.cases.ts.
import { COUNTRY, cityOf, isMunicipality, provinceOf, type Area } from "../areas/gazetteer";
import type { PlaceMention } from "../areas/places";
import type { AreaSource } from "../types";
import type { ArticleHome } from "./area-home";

export type PlaceRole = "owner" | "benchmark" | "direction" | "org" | "venue" | "aside";

export interface RolePlace extends PlaceMention {
  role: PlaceRole;
  /** The place opens its sentence as its topic (全区实现…; 衢州港今年…): it governs later sentences of its paragraph. */
  opens?: boolean;
}

export interface AreaChoice {
  area: Area | null;
  source: AreaSource;
  cue: string | null;
}

/** Words before a place (or a list of places) that make it a yardstick, not the owner of the figure. */
const BENCHMARK_BEFORE = /(?:比|较|高于|低于|快于|慢于|超过|超出|高出|领跑|居于|居|位居|位列|列|占|相当于|仅次于|名列|排名|排在|领先|赶超|超越|(?<![位处落设建])于|作为|成为|评为|入选|获评|获批|获得|荣获|获)$/;
/** A place followed by a rank or an average is a yardstick too: 全市第一、全省第四; 全省平均水平. */
const BENCHMARK_AFTER = /^(?:第[一二三四五六七八九十\d](?![\d一二三四五六七八九十]*(?:个?月|季|年|天|周|日))|首位|之首|首[批个家座条只例](?!\d)|唯一|前列|前[一二三四五六七八九十\d]+(?![\d一二三四五六七八九十]|个?月|季|年|天|周|日)|平均|同类|同级)/;
/** 记者从衢州市统计局获悉: the place the news comes from is what it is about. */
const NEWS_FROM_AFTER = /^[^，,。；;]{0,16}?(?:获悉|了解到|获得消息|得到消息|发布|公布)/;
/** Words before a place that make it a destination, an origin or a venue elsewhere. */
const DIRECTION_BEFORE = /(?:对|向|至|往|到|从|来自|自|赴|运往|销往|发往|通往|直达|通达|辐射|覆盖|连接|前往|走进|来到|联系|联通|对接|携手|与|同|考察|视察|调研|走访|出访)$/;
/** 引进宁波企业23家, 招引温州客商: where the firms come from, not where the figure is (the recruiting place owns it). */
const RECRUIT_BEFORE = /(?:引进|招引|吸引|引来|承接|落地)(?:了)?$/;
const ORIGIN_AFTER = /^(?:籍)?(?:企业|客商|资本|商会|商人|投资者|企)/;
/** A place that starts a company's or bank's name (浙江巨化集团进出口有限公司). */
const ORG_AFTER = /^[\u4e00-\u9fffA-Za-z0-9()（）·]{0,14}?(?:有限公司|股份公司|公司|集团|银行|农商行|证券|保险)/;
const LIST_JOIN = /^(?:、|和|及|与|以及|跟|同|,|，)?$/;
/**
 * 在上海市长宁区举行, 在杭州举办的推介会上: the venue of an event, not the owner of its figures (a
 * county's signing held in another city is the county's). The place (or run of places) follows 在/于
 * and an event verb follows within the clause.
 */
const VENUE_BEFORE = /(?:在|于|赴)$/;
// (主会场设在玉山县: where an event sits is a venue whatever follows)
const VENUE_AFTER = /^[^，,。；;！!？?]{0,14}?(?:举行|举办|召开|开幕|开展|进行|主办|承办|推介|签约|签订|签署|亮相|参展|参会|路演)/;

// Hoisted out of placeRoles, which runs for every place of every paragraph with figures
const COMMA = /[,，]/;
const FROM_BEFORE = /(?:从|自)$/;
const SET_IN_BEFORE = /设(?:在|于)$/;
const OPEN_BRACKET_END = /[（(]$/;
const CLOSE_BRACKET_START = /^[)）]/;

/** Each place's role in its text: the word before its list decides for the whole list. */
export function placeRoles(text: string, mentions: readonly PlaceMention[], offset = 0): RolePlace[] {
  const out: RolePlace[] = [];
  let groupRole: PlaceRole | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const prev = mentions[i - 1];
    const s = m.start - offset;
    const between = prev !== undefined ? text.slice(prev.end - offset, s) : "";
    const inList = prev !== undefined && LIST_JOIN.test(between) && !COMMA.test(between);
    if (!inList) {
      const before = text.slice(Math.max(0, s - 4), s);
      const from = FROM_BEFORE.test(before) && NEWS_FROM_AFTER.test(text.slice(m.end - offset, m.end - offset + 24));
      groupRole = from ? "owner" : SET_IN_BEFORE.test(before) ? "venue" : VENUE_BEFORE.test(before) && VENUE_AFTER.test(text.slice(m.end - offset, m.end - offset + 24)) ? "venue" : BENCHMARK_BEFORE.test(before) ? "benchmark" : DIRECTION_BEFORE.test(before) ? "direction" : "owner";
    }
    const after = text.slice(m.end - offset, m.end - offset + 20);
    // 郎溪县（上海）招商引资…: a place in brackets after a name qualifies the name (where its event is held)
    const bracketed = OPEN_BRACKET_END.test(text.slice(Math.max(0, s - 1), s)) && CLOSE_BRACKET_START.test(after) && prev !== undefined && prev.end - offset === s - 1;
    const origin = ORIGIN_AFTER.test(after) && RECRUIT_BEFORE.test(text.slice(Math.max(0, s - 4), s));
    const role: PlaceRole = bracketed ? "aside" : origin ? "direction" : ORG_AFTER.test(after) ? "org" : BENCHMARK_AFTER.test(after) ? "benchmark" : (groupRole ?? "owner");
    out.push({ ...m, role });
  }
  return out;
}

/**
 * A collective word (全区, 我市, 全省, 全国) against the place in force: 全市 after 衢州 (衢州全市)
 * or in a paragraph about 衢州 is 衢州市 even in another city's paper.
 */
export function resolveCollective(m: PlaceMention, context: Area | null, home: Area, adjacent = false): Area | null {
  if (m.via !== "collective") return m.area;
  const w = m.text;
  if (w.includes("国")) return COUNTRY;
  const base = context ?? home;
  if (w.includes("省")) return (base.level === "province" ? base : provinceOf(base)) ?? provinceOf(home) ?? m.area;
  if (w.includes("市")) {
    if (base.level === "city") return base;
    // A county-level city (昆山市, 东阳市, 江山市) says 全市 for itself in its own articles and right after
    // its name (昆山全市); elsewhere (以平湖一家企业为例…全市) 全市 is the city above it
    if (base.level === "county") return base.name.endsWith("市") && (adjacent || base === home) ? base : (cityOf(base) ?? m.area);
    if (isMunicipality(base)) return base;
    return (home.level === "city" ? home : cityOf(home)) ?? m.area;
  }
  // 全区/全县: the county in force, else home's
  if (base.level === "county") return base;
  if (home.level === "county") return home;
  return m.area;
}

export interface ChooseAreaInput {
  /** Places of the claim's sentence before its number, with roles (collectives already resolved). */
  sentence: readonly RolePlace[];
  /** The sentence's text before the number, and where it starts in the document. */
  sentenceText: string;
  sentenceStart: number;
  /** The whole sentence's no-place words (全球…), when the caller read them once. */
  noPlace?: ReadonlyArray<{ at: number; word: string }>;
  /** The claim's place in a 分别 list, if it has one. */
  listed: RolePlace | null;
  /** The rest of the claim's clause after its number, and the places in it (…项目落户弋阳县). */
  clauseAfter?: string;
  placesAfter?: readonly RolePlace[];
  /** Where the number ends in the document (placesAfter's offsets are the document's). */
  numberEnd?: number;
  /** The owner last named earlier in the paragraph. */
  paragraph: RolePlace | null;
  /** The place of an entity introduced earlier with its location that the sentence speaks of (该园区). */
  entity?: RolePlace | null;
  /** The article's place (headline or lead). */
  article: { place: RolePlace; source: "headline" | "lead" } | null;
  /** The article's own home (area-home.ts): its paper's place, else its headline's or lead's, else HOME_AREA. */
  home: ArticleHome;
}

/** A figure about no place: the world market, a region abroad (全球海外短剧应用内购收入). */
// (海外, 境外, 国外 only as where a figure is, 在海外…: 海外播放量 of a county's dramas is the county's)
const NO_PLACE = /(?:^|[\s,，、;；:：。讯】])(?:去年|今年|明年|\d{4}年|目前|当前|其中)?(?:在?(全球|全世界|世界(?!级)|北美|东南亚|中东|欧洲|欧美|非洲|拉美)|在(海外|境外|国外))(?![首第前])/g;

/**
 * 年产5万吨锂电池负极材料项目落户弋阳县: a project or firm whose clause goes on to say where it is
 * located (落户, 落地, 位于, 选址, 坐落, 建在) is that place's, whatever ceremony or city came before.
 */
const LOCATED_BEFORE = /(?:落户|落地|落户于|落地于|位于|选址|选址于|坐落于?|建在|定址|布局在|布局于)$/;

/**
 * 东莞一家企业计划投资5.2亿元，在大塘埠镇建设生产基地: the clause right after the figure that says
 * where the investment is built (在/于 a place, then a building verb) locates it too; 在上海举行 does not.
 */
const BUILT_IN_BEFORE = /^[^，,。；;\d]{0,4}[，,](?:在|于|落户|落地)$/;
const BUILT_IN_AFTER = /^[^，,。；;]{0,8}?(?:建设|新建|投建|兴建|建成|打造|布局|扩建|落地|落户|投资建设)/;

/** The place the figure's clause (or the next, 在X建设…) locates its project in, if any. */
export function locatedAfter(input: Pick<ChooseAreaInput, "clauseAfter" | "placesAfter" | "numberEnd">): RolePlace | null {
  if (!input.placesAfter?.length || input.clauseAfter === undefined || input.numberEnd === undefined) return null;
  for (const p of input.placesAfter) {
    const before = input.clauseAfter.slice(0, p.start - input.numberEnd);
    if (LOCATED_BEFORE.test(before) && !/\d/.test(before) && !/[，,]/.test(before)) return p;
    if (BUILT_IN_BEFORE.test(before) && BUILT_IN_AFTER.test(input.clauseAfter.slice(p.end - input.numberEnd))) return p;
  }
  return null;
}

export function chooseArea(input: ChooseAreaInput): AreaChoice {
  if (input.listed) return { area: input.listed.area, source: "sentence", cue: input.listed.text };
  const located = locatedAfter(input);
  if (located) return { area: located.area, source: "sentence", cue: located.text };
  let owner: RolePlace | null = null;
  for (let i = input.sentence.length - 1; i >= 0 && !owner; i--) if (input.sentence[i].role === "owner") owner = input.sentence[i];
  const global = input.noPlace !== undefined ? (input.noPlace.filter((g) => g.at < input.sentenceStart + input.sentenceText.length).pop() ?? null) : lastNoPlace(input.sentenceText, input.sentenceStart);
  if (global && (!owner || global.at > owner.start)) return { area: null, source: "sentence", cue: global.word };
  if (owner) return { area: owner.area, source: "sentence", cue: owner.text };
  if (input.entity) return { area: input.entity.area, source: "paragraph", cue: input.entity.text };
  if (input.paragraph) return { area: input.paragraph.area, source: "paragraph", cue: input.paragraph.text };
  if (input.article) return { area: input.article.place.area, source: input.article.source, cue: input.article.place.text };
  return { area: input.home.area, source: input.home.source, cue: input.home.cue };
}

function lastNoPlace(sentence: string, offset: number): { at: number; word: string } | null {
  return noPlaceWords(sentence, offset).pop() ?? null;
}

/** Where the words of no place (全球, 北美…) stand in a sentence, offsets into the document. */
export function noPlaceWords(sentence: string, offset: number): Array<{ at: number; word: string }> {
  const out: Array<{ at: number; word: string }> = [];
  NO_PLACE.lastIndex = 0;
  for (let m = NO_PLACE.exec(sentence); m; m = NO_PLACE.exec(sentence)) {
    const word = m[1] ?? m[2];
    out.push({ at: offset + m.index + m[0].length - word.length, word });
  }
  return out;
}

/**
 * The places of a 分别 list before the word 分别 in the sentence (全市、全省…分别; 开化县、龙游县分别),
 * when there are at least two, all owners.
 */
export function listBeforeFenbie(sentenceText: string, sentenceStart: number, places: readonly RolePlace[]): RolePlace[] | null {
  // 清河县、南宫市分别完成…，分别增长…: a later 分别 of the sentence goes on over the list of an earlier one
  // (unless a place of its own stands between them: …，全市工业、服务业分别增长… is 全市's)
  const last = sentenceText.lastIndexOf("分别");
  for (let at = last; at >= 0; at = at > 0 ? sentenceText.lastIndexOf("分别", at - 1) : -1) {
    if (at < last && places.some((p) => p.start >= sentenceStart + at + 2 && p.end <= sentenceStart + last)) return null;
    const run = listAt(sentenceText, sentenceStart, places, at);
    if (run) return run;
  }
  return null;
}

function listAt(sentenceText: string, sentenceStart: number, places: readonly RolePlace[], at: number): RolePlace[] | null {
  const fenbie = sentenceStart + at;
  // 衢州全市 is one place: keep the last of adjacent mentions
  const before = places.filter((p, i) => p.end <= fenbie && !(places[i + 1] && places[i + 1].start === p.end));
  // the list: the run of places ending nearest 分别, joined only by list words, in one clause
  const run: RolePlace[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const p = before[i];
    const next = run[0];
    const gap = next ? sentenceText.slice(p.end - sentenceStart, next.start - sentenceStart) : sentenceText.slice(p.end - sentenceStart, at);
    if (next ? !LIST_JOIN.test(gap) || /[,，]/.test(gap) : /[,，;；:：]/.test(gap)) break;
    run.unshift(p);
  }
  if (run.length < 2 || run.some((p) => p.role !== "owner")) return null;
  return run;
}
