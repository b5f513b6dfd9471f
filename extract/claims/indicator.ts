// Which catalogue series (../catalogue.ts) a figure is a point of: the concept
// it measures (concepts.ts) × how it measures it (measures.ts), combined
// through the catalogue. Null when the concept is unknown, the measure is one
// no series holds, or the figure is a part of the concept's total (a segment,
// a commodity, a category, a scenic spot): a missing point costs a chart a
// gap, a wrong one misleads.
//
// Where the concept comes from, in order (the `source` of the decision):
//   own     the number's own words (its clause, after any figure before it)
//   list    a 分别 list: 城镇和农村居民收入分别…, 三次产业增加值分别…, or the figures
//           before it (…接待游客X、旅游收入Y，同比分别增长a和b)
//   carry   a bare figure (同比增长15%, 衢江区24个) measures what the figure before
//           it in its sentence measured: a change its level, a list item its kind
// Cases: indicator.cases.ts (whole sentences through the extractor).
import { catalogueEntry, growthOf, unitFits } from "../catalogue";
import type { IndicatorDef, PeriodKind } from "../types";
import { conceptsIn, type ConceptMention } from "./concepts";
import { readMeasure, type MeasureKind } from "./measures";

export interface Decided<T> {
  value: T;
  /** How it was decided (own, list, carry, part, measure …). */
  source: string;
  /** The words that decided it. */
  cue: string | null;
}

/** A figure decided earlier in the same sentence. */
export interface Figure {
  start: number;
  end: number;
  unit: string;
  concept: string | null;
}

export interface IndicatorInput {
  /** The sentence, traditional characters folded (fold.ts). */
  sentence: string;
  /** The number (with any qualifier cue before it) and its unit's end, offsets in `sentence`. */
  at: number;
  end: number;
  unit: string;
  /** Places named in the sentence before the number (offsets in `sentence`). */
  places: readonly { start: number; end: number }[];
  /** Index among the figures after a 分别 in this sentence, or -1. */
  listIndex: number;
  cumulative: boolean;
  periodKind: PeriodKind | null;
  /** The paragraph before the sentence (folded), for the event a batch belongs to. */
  paragraphBefore: string;
  /** Figures earlier in the sentence, in order. */
  previous: readonly Figure[];
}

export interface IndicatorDecision extends Decided<string | null> {
  /** The concept the figure measures (kept for later bare figures), whether or not a series holds it. */
  concept: string | null;
  /** The figure is a part of its concept's total (a category, a segment, 其中…). */
  part: boolean;
}

const BREAK = /[，,；;：:、。！!？?]/;
const PART_START = /其中|(?:仅|光|单)[^，,。；;]{1,10}就/;
/** 从项目类别看, 分行业看, 从货种结构看: a breakdown by kind (by place is not: each place is its own total). */
const BY_KIND = /(?:从|分)[^，,。；;]{0,6}(?:类别|类型|行业|货种|结构|门类|领域|产业|类)看/;
/** Segments of a port's or a province's throughput, and categories of a batch. */
const SEGMENT = /内河|沿海|海河联运|江海联运|河海联运|海铁联运|铁水联运|水水中转|内贸|进港|出港|外贸集装箱|外贸箱|其余|其他|另有|市本级|本级/;
/** A place, event or group inside an area's tourism or income total. */
const SUB_GROUP = /景区|景点|影视城|乐园|公园|古镇|古村|街区|活动|赛事|带动|吸引|低收入|困难|规上|规模以上|限上|单位/;
/** Words that may stand before 吞吐量 in a total: a port's or area's name ends in these, or a verb. */
const THROUGHPUT_OWNER = /(?:港|港区|港口|码头|作业区|全省|全市|全区|全县|完成|实现|累计|全年|货物|总|的|年|月|季|期|量|度)$/;
const GENERIC = /^(?:其中|同比|比上年|比去年|较上年|较去年|上年|去年|同期|分别|依次|各|增长|下降|增加|减少|提高|降低|回落|增速|增幅|为|达到?|完成|实现|突破|超过?|逾|约|近|共|合计|共计|总计|累计|全年|以上|左右|和|及|与|了|已|有|是|在|至|到|年|月|份|上半|下半|前|季度|一|二|三|四|今|首|再|创|新高|可比|口径|按|计算|元|亿|万|吨|标箱|个|、|，|,|\s)*$/;

const SIGN = /签约|签下|签订|签署/;
const START = /开工/;
const ATTRACT = /引进|招引|落地|招商/;
const DRAMA = /短剧|微短剧|剧组|影视|影城|横店/;
const OVERSEAS = /出海|海外|走出国门|境外|国外/;
const PROJECT_COUNT = /(?:\d+|[一二两三四五六七八九十百]+)个|项目\d/;
const BATCH = /此次|本次|这次|集中|上述|全部|一批|共|合计|累计|分别/;

/** The concept a mention names, resolved against its surroundings; null when it needs what is not there. */
/** `mention` in sentence offsets; `partStart` where the number's part (after the last ；) begins. */
function resolveConcept(mention: ConceptMention, x: IndicatorInput, partStart: number, after: string): string | null {
  const sentenceBefore = x.sentence.slice(0, x.at);
  const partBefore = x.sentence.slice(partStart, x.at);
  const id = mention.row.id;
  if (id === "project.count") {
    const around = partBefore + after.slice(0, 12);
    if (SIGN.test(around)) return "investment.projects_signed";
    // 已开工168个: a running count against a plan list, not a batch started together
    if (START.test(around)) return /已开工/.test(around) ? null : "investment.projects_started";
    if (ATTRACT.test(around)) return "investment.projects_attracted";
    if (SIGN.test(sentenceBefore)) return "investment.projects_signed";
    if (START.test(sentenceBefore) && !/已开工/.test(sentenceBefore)) return "investment.projects_started";
    return null;
  }
  if (id === "project.investment") {
    const upto = x.sentence.slice(partStart, mention.start);
    const batch = PROJECT_COUNT.test(upto) || BATCH.test(upto.slice(-12));
    if (!batch) {
      // 年产12万吨…项目总投资15亿元, 该项目总投资52亿元, …项目,计划总投资12.5亿元, 总投资20.5亿元的银泰项目
      if (/项目[，,]?(?:计划|预计|拟)?$/.test(upto) || /^(?:以上)?的[^，,。；;]{1,24}项目/.test(after)) return "investment.project_investment";
      return null;
    }
    for (const ctx of [partBefore, sentenceBefore, x.paragraphBefore.slice(-200)]) {
      if (SIGN.test(ctx)) return "investment.signed_investment";
      if (START.test(ctx)) return /已开工/.test(ctx) ? null : "investment.started_investment";
    }
    return null;
  }
  if (id === "revenue") {
    if (OVERSEAS.test(partBefore)) return null;
    return DRAMA.test(sentenceBefore) || DRAMA.test(x.paragraphBefore.slice(-120)) ? "drama.revenue" : "industry.enterprise_revenue";
  }
  if (id === "drama.revenue_chain") return "drama.revenue";
  if (id === "macro.gdp_change") return "macro.gdp";
  if (id === "drama.market_size") return DRAMA.test(sentenceBefore + after) ? id : null;
  return id;
}

/** The catalogue id of a concept measured so, if the catalogue lists it and the unit fits. */
export function seriesOf(concept: string, measure: MeasureKind, unit: string, sinceStart: boolean): IndicatorDef | null {
  const fits = (d: IndicatorDef | undefined) => (d && unitFits(d, unit) ? d : null);
  if (concept === "industry.capacity") return measure === "level" || measure === "projected" ? fits(catalogueEntry(`industry.capacity_${unit === "吨" ? "t" : unit.toLowerCase()}`)) : null;
  if (measure === "change") {
    if (concept === "industry.rd_intensity") return null;
    return fits(growthOf(concept));
  }
  if (measure === "share") {
    if (concept === "industry.hightech") return fits(catalogueEntry("industry.hightech_share"));
    if (concept === "industry.rd_spend" || concept === "industry.rd_intensity") return fits(catalogueEntry("industry.rd_intensity"));
    return null;
  }
  if (measure !== "level") return null;
  if (sinceStart) {
    const running = fits(catalogueEntry(`${concept}_cumulative`));
    if (running) return running;
  }
  const def = catalogueEntry(concept);
  return def && def.measure === "level" ? fits(def) : null;
}

/** Mentions in the number's own words that name what it measures: not a share's denominator (占规上工业增加值). */
function numerators(mentions: ConceptMention[], own: string): ConceptMention[] {
  const share = own.search(/占|比重/);
  return share < 0 ? mentions : mentions.filter((m) => m.start < share);
}

export function decideIndicator(x: IndicatorInput): IndicatorDecision {
  const s = x.sentence;
  const before = s.slice(0, x.at);
  const after = s.slice(x.end, x.end + 24).split(/[，,。；;！!？?]/, 1)[0];
  // the number's own words: back to the last break, and not past the figure before it
  let ownStart = x.at;
  while (ownStart > 0 && !BREAK.test(s[ownStart - 1])) ownStart--;
  const prev = x.previous.length ? x.previous[x.previous.length - 1] : null;
  if (prev && prev.end > ownStart && prev.end <= x.at) ownStart = prev.end;
  const own = s.slice(ownStart, x.at);
  const partStart = Math.max(before.lastIndexOf("；"), before.lastIndexOf(";")) + 1;
  const shift = (m: ConceptMention, by: number): ConceptMention => ({ row: m.row, start: m.start + by, end: m.end + by });

  const none = (source: string, cue: string | null, concept: string | null = null, part = false): IndicatorDecision => ({ value: null, source, cue, concept, part });

  // --- the concept
  let mention: ConceptMention | null = null;
  let concept: string | null = null;
  let source = "own";
  let cue: string | null = null;
  const ownMentions = numerators(conceptsIn(own), own).map((m) => shift(m, ownStart));
  // counts often name their thing after the measure word (8个项目进行了集中签约, 50余部短剧已登陆海外市场)
  const afterMentions = conceptsIn(after.slice(0, 16)).map((m) => shift(m, x.end));
  if (x.unit === "部") {
    const all = [...ownMentions, ...afterMentions];
    mention = all.find((m) => m.row.id === "drama.overseas") ?? all.find((m) => m.row.id === "drama.produced") ?? null;
    concept = mention?.row.id ?? null;
  }
  for (let i = ownMentions.length - 1; i >= 0 && !concept; i--) {
    const c = resolveConcept(ownMentions[i], x, partStart, after);
    if (c) {
      concept = c;
      mention = ownMentions[i];
    }
  }
  if (!concept && ownMentions.length) return none("own", s.slice(ownMentions[ownMentions.length - 1].start, ownMentions[ownMentions.length - 1].end));
  if (!concept && afterMentions.length && x.unit !== "%" && afterMentions[0].start - x.end <= 6) {
    const c = resolveConcept(afterMentions[0], x, partStart, after);
    if (c) {
      concept = c;
      mention = afterMentions[0];
      source = "after";
    }
  }
  if (mention) cue = s.slice(mention.start, mention.end);
  if (!concept && x.listIndex >= 0) {
    const listed = fromList(x, before);
    if (listed) {
      concept = listed.concept;
      cue = listed.cue;
      source = "list";
    }
  }
  if (!concept) {
    // a bare figure: its own words name no measured thing beside places, times, verbs and changes
    if (!GENERIC.test(blankPlaces(own, ownStart, x.places))) return none("own", null);
    concept = carry(x);
    if (concept) source = "carry";
  }
  if (!concept && (x.unit === "GW" || x.unit === "GWh")) {
    // GW and GWh measure nothing but a plant's or a base's capacity here
    concept = "industry.capacity";
    source = "unit";
  }
  if (!concept) return none("none", null);

  // --- parts
  const modifierZone = s.slice(ownStart, mention ? mention.start : x.at);
  const part = isPart(x, s, before, own, modifierZone, concept, mention);
  if (part) return none("part", part, concept, true);

  // --- the measure
  const measure = readMeasure({ own: mention ? s.slice(mention.end, x.at) || own : own, after, sentenceBefore: before, unit: x.unit });
  const sinceStart = /以来|开港|开航|通航|建港|至今|迄今|历史/.test(before) || (x.cumulative && x.periodKind === "day" && !/截至|截止/.test(before));
  const def = seriesOf(concept, measure.kind, x.unit, sinceStart);
  if (!def) return none("measure", measure.cue ?? measure.kind, concept);
  return { value: def.id, source, cue: cue ?? measure.cue, concept, part: false };
}

/** 分别: the k-th item of the list before it, else the k-th figure before it, else the list's one concept. */
function fromList(x: IndicatorInput, before: string): { concept: string; cue: string } | null {
  const fb = before.lastIndexOf("分别");
  if (fb < 0) return null;
  let listStart = fb;
  while (listStart > 0 && !/[，,；;：:。]/.test(before[listStart - 1])) listStart--;
  const list = before.slice(listStart, fb);
  const k = x.listIndex;
  // 三次产业增加值分别增长a、b、c; 城乡居民收入分别…: one word for several concepts in a known order
  if (/三次产业|三大产业|一二三产|一、二、三产业|第一、二、三产业/.test(list) && /增加值/.test(list)) {
    const three = ["agriculture.value_added", "industry.secondary_value_added", "services.value_added"];
    return k < 3 ? { concept: three[k], cue: list } : null;
  }
  if (/城乡居民/.test(list) && /收入/.test(list)) return k < 2 ? { concept: ["macro.urban_income", "macro.rural_income"][k], cue: list } : null;
  const items = list.split(/[、和及与]/).filter((t) => t.length > 0);
  if (items.length > 1) {
    // 城镇和农村居民人均可支配收入: the modifier of one item shares the head of the last
    const head = conceptsIn(items[items.length - 1]);
    const concepts = items.map((it, i) => {
      const own = conceptsIn(it);
      if (own.length) return own[own.length - 1].row.id;
      if (i < items.length - 1 && head.length) {
        const h = head[head.length - 1];
        const joined = conceptsIn(it + items[items.length - 1].slice(h.start));
        if (joined.length) return joined[joined.length - 1].row.id;
      }
      return null;
    });
    if (concepts.filter(Boolean).length > 1) return concepts[k] ? { concept: concepts[k]!, cue: items[k] } : null;
  }
  // …接待游客X、实现旅游收入Y，同比分别增长a和b: the figures before it, in order
  const figuresBefore = x.previous.filter((f) => f.end <= fb);
  if (x.unit === "%" && /^[^，,；;]{0,8}$/.test(list) && figuresBefore.length) {
    const after = x.sentence.slice(fb);
    const n = (after.match(/\d(?:[\d.]*)\s*%/g) ?? []).length;
    const levels = figuresBefore.filter((f) => f.unit !== "%");
    const pick = levels[levels.length - n + k];
    return pick?.concept ? { concept: pick.concept, cue: "分别" } : null;
  }
  // 全市和全省固定资产投资分别增长…: places listed, one concept
  const one = conceptsIn(list);
  if (one.length) return { concept: one[one.length - 1].row.id, cue: x.sentence.slice(listStart, fb) };
  return null;
}

/** The concept of the figure before: a change measures its level; a list item (衢江区24个) the last figure of its unit. */
function carry(x: IndicatorInput): string | null {
  if (!x.previous.length) return null;
  if (x.unit === "%") {
    for (let i = x.previous.length - 1; i >= 0; i--) {
      const f = x.previous[i];
      if (f.unit === "%" || f.unit === "百分点") continue;
      return f.concept;
    }
    return null;
  }
  for (let i = x.previous.length - 1; i >= 0; i--) if (x.previous[i].unit === x.unit) return x.previous[i].concept;
  return null;
}

function blankPlaces(own: string, ownStart: number, places: IndicatorInput["places"]): string {
  let out = own;
  for (const p of places) {
    const a = Math.max(p.start - ownStart, 0);
    const b = Math.min(p.end - ownStart, own.length);
    if (b > a) out = out.slice(0, a) + " ".repeat(b - a) + out.slice(b);
  }
  // places the gazetteer leaves to the area rules: 全区, 全市, 我县, and names ending in an area word
  return out.replace(/全(?:区|县|市|省|国)|我(?:区|县|市|省)|[\u4e00-\u9fa5]{1,6}(?:区|县|市|省|镇|乡|街道|港区|港)/g, " ");
}

/** Why the figure is a part of its concept's total, or null. */
function isPart(x: IndicatorInput, s: string, before: string, own: string, modifierZone: string, concept: string, mention: ConceptMention | null): string | null {
  const seg = SEGMENT.exec(own) ?? SEGMENT.exec(modifierZone);
  if (seg && /port\.|investment\.projects|investment\.started|investment\.signed/.test(concept)) return seg[0];
  const sub = SUB_GROUP.exec(modifierZone) ?? SUB_GROUP.exec(own);
  if (sub && /tourism\.|macro\..*income|enterprise_revenue|industry\.tax/.test(concept)) return sub[0];
  // 纸浆吞吐量, 煤炭吞吐量: a commodity's share of the port's cargo
  if (mention && concept.startsWith("port.cargo") && /^吞吐量/.test(s.slice(mention.start, mention.end))) {
    const lead = s.slice(Math.max(0, mention.start - 3), mention.start);
    if (/[\u4e00-\u9fa5]$/.test(lead) && !THROUGHPUT_OWNER.test(lead)) return lead + "吞吐量";
  }
  const by = BY_KIND.exec(before);
  if (by && !/区域|地区|县|市|区/.test(by[0])) return by[0];
  const partAt = PART_START.exec(before);
  if (partAt) {
    // 其中出口…, 其中制造业投资…: a part the catalogue lists is its own series; 其中衢江区…: a place's own total
    const listedPart = /services\.(?:exports|imports)|investment\.(?!fixed_asset|projects|signed|started|project_)|port\.foreign_trade|industry\.value_added|macro\.(?:urban|rural)_income/.test(concept);
    const placeNamed = x.places.some((p) => p.start >= partAt.index);
    if (!listedPart && !placeNamed) return partAt[0];
  }
  return null;
}
