// Claims: parsers find candidates (a number, its unit and qualifier:
// candidates.ts), then refiners decide one field each from the candidate's
// context, in the order refiners.ts lists them: status (status.ts), period
// (frames.ts, period.ts), area (area.ts), sign (sign.ts), subject and metric
// (subject.ts, metric.ts), indicator (indicator.ts: concepts.ts × measures.ts,
// ids of ../catalogue.ts), part or total (breakdown.ts) and sector (sectors.ts).
// What a sentence names — its entities, places of no place, where its parts
// begin, its text as the indicator rules read it and its figures so far — is
// built once per sentence (an OCR sentence can hold dozens of figures). Every
// decided field carries its source and cue (refiners.ts: `Decided`). Each
// refiner is a small pure function with its own table of cases; this file only
// wires them.
import { dayIndex, parseYMD } from "../time/calendar";
import { formatPeriod, periodEndDay } from "../time/period";
import type { Claim, SectorId, Status } from "../types";
import { partStart } from "./breakdown";
import { findCandidates, type Candidate } from "./candidates";
import { afterLastDigit, around, breaksOf, clauseEndAt, type Around, type Breaks } from "./context";
import type { Area } from "../areas/gazetteer";
import { chooseArea, listBeforeFenbie, noPlaceWords, type AreaChoice, type RolePlace } from "./area";
import { buildFrames, entityPlace, frameAt, placeAt, placesBetween, timesBetween, type ArticleFrames, type TimeFrame } from "./frames";
import { clearStringMemos } from "./memo";
import { decideIndicator, SERIES_UNITS, type Figure, type IndicatorDecision, type IndicatorPlace } from "./indicator";
import { foldTraditional } from "./fold";
import { catalogueEntry, unitFits } from "../catalogue";
import { chooseMetric, tidyMetric } from "./metric";
import type { TimeMention } from "../time/expressions";
import { chooseSubject, entitiesIn, type Named } from "./subject";
import { choosePeriod, RATE_CUE, timeSaysPlan, type ClaimTime } from "./period";
import { chooseSector, normaliseFrequencies, sectorFrequencies } from "./sectors";
import { signedValue } from "./sign";
import { reportsDone } from "./status";
import { decideStatus, type Decided } from "./refiners";
import { readTables, type TableCell, type TableRead } from "./table";
import { parseTimes, resolveTime } from "../time/expressions";
import { monthPeriod, ytdPeriod, type Period } from "../time/period";
import type { YMD } from "../time/calendar";
import { findPlaces } from "../areas/places";

export interface ArticleSpan {
  title: string;
  start: number;
  end: number;
  /** The article's own date (its dateline), else the publication date. */
  date: string | null;
}

export interface ClaimContext {
  publishedAt: string | null;
  /** The document's own title (front matter): the headline of a page that prints none. */
  title?: string | null;
  /** The page's year when no day is known (resolves 今年 and dates undated figures to the year). */
  publishedYear?: number | null;
  articles: readonly ArticleSpan[];
  /** The area the page is written for, and whether its paper said so (else it is the configured home). */
  home: Area;
  homeFromSource: boolean;
}

const MAX_QUOTE = 40;

/** 设计年吞吐量, 年产12万吨…项目: a capacity, dated by its own sentence or the paper. */
const DESIGN_CUE = /设计|年产(?:能)?$|产能/;
/** 待二期全部投用后,港区总占地面积近800亩: the state once built, unless it is forecast (预计…). */
const AFTER_COMPLETION = /待[^。]{1,16}后|(?:建成|投用|投产|达产|竣工|完工)后/;
const FORECAST = /预计|力争|计划|目标|有望|争取|预期/;
/** A plan cue that forecasts rather than sets a target: the forecast may be of a period already over. */
const FORECAST_CUE = /^(?:预计|預計)$/;
/** 村集体经营性收入从不到4万元(增加到…): where a change started, a past figure. */
const FROM_VALUE = /从(?:不到|不足|约|近|仅|原来的?|过去的?)?$/;
/** 用时不到3个月: a duration. */
const DURATION_UNITS = new Set(["天", "月", "年", "小时", "分钟"]);
/** A line with no sentence punctuation at the top of an article is its headline. */
const HEADER_LINE = /^(?:#+ .*|[^，,。；;！!？?\n]{1,50})$/;
const THREE_SECTORS: readonly SectorId[] = ["agriculture", "industry", "services"];
const GENERIC_MONEY = /产值|营收|营业收入|销售收入|主营业务收入|纳税|税收/g;
const CUMULATIVE_CUE = /累计|截至|截止|总计|共计|已(?!于|经过)|至今|以来|迄今/;

/** What carries from one figure to the next while a page is read: memos of the sentence, the list and the figure before. */
interface PageReading {
  text: string;
  ref: YMD | null;
  refYearOnly: boolean;
  articles: readonly ArticleSpan[];
  framesOf: (article: number) => ArticleFrames;
  articleFreq: (ReturnType<typeof normaliseFrequencies> | undefined)[];
  breaks: Breaks;
  articleIdx: number;
  /** The metric of the figure before, within one sentence: lists and bare changes name theirs through it. */
  lastMetric: { sentence: number; metric: string } | null;
  /** The figures after one 分别 pair in order with its list (of places, or of the three sectors). */
  fenbie: { at: number; count: number };
  sentenceTimes: { at: number; all: TimeMention[] };
  /** What the sentence names (entities, places of no place, where its parts begin). */
  sentence: { at: number; names: Named[]; noPlace: Array<{ at: number; word: string }>; partFrom: number };
  lastSector: { para: number; sector: SectorId } | null;
  /** The sentence as the indicator rules read it (traditional characters folded), and its figures so far. */
  figures: { at: number; text: string | null; places: IndicatorPlace[] | null; list: Figure[]; before: Figure[] };
}

/** One figure's context, built once: what every refiner after it reads. */
interface FigureContext {
  cand: Candidate;
  at: Around;
  article: ArticleSpan;
  frames: ArticleFrames;
  clauseBefore: string;
  /** The sentence's start, after the lead's dateline when the figure follows it. */
  sentStart: number;
  sentenceBefore: string;
  paragraphBefore: string;
  running: boolean;
  frame: TimeFrame | null;
  /** The sentence's times before the number. */
  mentions: TimeMention[];
}

export function extractClaims(text: string, ctx: ClaimContext): Claim[] {
  clearStringMemos();
  const pubDay = parseYMD(ctx.publishedAt);
  // A page with a year but no day: defaults and relative words read against the year's end
  const ref = pubDay ?? (ctx.publishedYear ? { y: ctx.publishedYear, m: 12, d: 31 } : null);
  const articles = ctx.articles.length ? ctx.articles : [{ title: "", start: 0, end: text.length, date: ctx.publishedAt }];
  // The document's title heads the first article that prints no headline of its own
  const firstContent = articles.findIndex((a) => a.title !== "报头");
  const frames: (ArticleFrames | undefined)[] = [];
  const framesOf = (i: number): ArticleFrames => {
    // called for every figure: the built frames first, before any slicing of the article
    const built = frames[i];
    if (built) return built;
    const a = articles[i];
    const firstLine = text.slice(a.start, a.end).trimStart().split("\n", 1)[0];
    const headline = i === firstContent && ctx.title && !HEADER_LINE.test(firstLine) ? ctx.title : null;
    const paper = ctx.homeFromSource ? ctx.home : null;
    return (frames[i] = buildFrames({ text, start: a.start, end: a.end, headline, title: i === firstContent ? ctx.title : null, ref, home: ctx.home, paper, numbersAt }));
  };
  const page: PageReading = {
    text,
    ref,
    refYearOnly: !pubDay && ref !== null,
    articles,
    framesOf,
    articleFreq: [],
    breaks: breaksOf(text),
    articleIdx: 0,
    lastMetric: null,
    fenbie: { at: -1, count: -1 },
    sentenceTimes: { at: -1, all: [] },
    sentence: { at: -1, names: [], noPlace: [], partFrom: -1 },
    lastSector: null,
    figures: { at: -1, text: null, places: null, list: [], before: [] },
  };

  // Statistical tables (table.ts) are read once each; their rows do not go through the sentence path
  const tables = readTables(text);
  const inTable = (pos: number) => tables.some((t) => pos >= t.headerStart && pos < t.end);
  const candidates = tables.length ? findCandidates(text).filter((c) => !inTable(c.start)) : findCandidates(text);
  // (a table's figures too: the frames read places and times only where a figure stands)
  const numbersAt = tables.length ? Int32Array.from([...candidates.map((c) => c.start), ...tables.flatMap((t) => t.cells.map((c) => c.start))]).sort() : Int32Array.from(candidates, (c) => c.start);
  // Every article with a figure gets its frames first, one after the other: they read the place index,
  // which the figures' rules in between would push out of the processor's caches (frames built
  // lazily between figures cost half as much again)
  for (let i = 0, k = 0; k < candidates.length; k++) {
    while (i + 1 < articles.length && articles[i + 1].start <= candidates[k].start) i++;
    framesOf(i);
  }
  const claims: Claim[] = [];
  for (const cand of candidates) claims.push(claimOf(page, cand));
  if (!tables.length) return claims;
  for (const table of tables) {
    let ai = 0;
    while (ai + 1 < articles.length && articles[ai + 1].start <= table.headerStart) ai++;
    const freq = () => (page.articleFreq[ai] ??= normaliseFrequencies(sectorFrequencies(text.slice(articles[ai].start, articles[ai].end))));
    for (const cell of table.cells) claims.push(tableClaim(text, table, cell, framesOf(ai), ai, ref, freq));
  }
  // in text order, as the sentence path gives them (a stable sort: every other claim keeps its place)
  return claims.sort((a, b) => a.start - b.start);
}

// One figure, refiner by refiner (refiners.ts lists them). Each step is a function of its own: the
// steps are also the units the JavaScript engine compiles, so a step that meets a new kind of
// object is recompiled alone rather than the whole figure's path (that recompiling was a third of
// the extractor's CPU time in bench:extract).

/** The claim of one figure of running text. */
function claimOf(page: PageReading, cand: Candidate): Claim {
  const fig = figureContext(page, cand);
  const { status, time, cumulative } = statusAndPeriod(page, fig);
  const { area, inSentence, fenbiePos } = areaOf(page, fig);
  const subject = chooseSubject({
    sentenceBefore: fig.sentenceBefore,
    names: page.sentence.names,
    // ports, port areas and towns are names in their own right (衢江港区); a 全区 stands for the area
    places: inSentence.filter((p) => p.via === "port" || p.via === "port_area" || p.via === "town" || p.via === "compound").map((p) => ({ start: p.start - fig.sentStart, end: p.end - fig.sentStart, text: p.text })),
    earlier: () => page.text.slice(Math.max(fig.article.start, fig.sentStart - 600), fig.sentStart),
    area: area.area?.name ?? null,
  });
  const metric = metricOf(page, fig, inSentence, subject);
  const indicator = indicatorOf(page, fig, time, cumulative, fenbiePos);
  const sector = sectorOf(page, fig, indicator, fenbiePos);
  const { cand: c, at, sentStart } = fig;
  const inPart = page.sentence.partFrom >= 0 && page.sentence.partFrom <= c.start - sentStart;
  return {
    quote: quoteOf(page.text, c, at),
    value: signedValue(c.value, fig.clauseBefore),
    unit: c.unit,
    qualifier: c.qualifier,
    // a point is named as its series is; other figures by their own words, as a noun phrase
    metric: catalogueEntry(indicator.value)?.nameZh ?? tidyMetric(metric, c.unit),
    subject,
    sector: sector.value,
    period: time.period ? formatPeriod(time.period) : null,
    periodKind: time.period?.kind ?? null,
    periodSource: time.source,
    periodCue: time.cue,
    area: area.area?.name ?? null,
    areaCode: area.area?.code ?? null,
    areaSource: area.source,
    areaCue: area.cue,
    // a part the catalogue lists (其中出口…) or a place's own figure (其中衢江区…) is a total of its own
    breakdown: indicator.part || (inPart && indicator.value === null),
    cumulative,
    status: status.value,
    start: c.start,
    end: c.end,
    indicator: indicator.value,
    indicatorSource: indicator.source,
    indicatorCue: indicator.cue,
    statusCue: status.cue,
    sectorCue: sector.cue,
    article: page.articleIdx,
  };
}

/** The figure's article, sentence, clause and times; what its sentence names, read once per sentence. */
function figureContext(page: PageReading, cand: Candidate): FigureContext {
  const { text, articles } = page;
  while (page.articleIdx + 1 < articles.length && articles[page.articleIdx + 1].start <= cand.start) page.articleIdx++;
  const article = articles[page.articleIdx];
  const at = around(page.breaks, cand.start, cand.end, article.start, article.end);
  const frames = page.framesOf(page.articleIdx);
  const clauseBefore = text.slice(at.clauseStart, cand.start);
  // The lead's dateline (4月24日下午,) says when the item was written, not what its figures describe
  const dl = frames.datelineEnd;
  const sentStart = dl > at.sentStart && dl <= cand.start ? dl : at.sentStart;
  const sentenceBefore = text.slice(sentStart, cand.start);
  // Paragraph context is read only near the claim: OCR pages can run a paragraph for pages
  const paragraphBefore = text.slice(Math.max(at.paraStart, at.sentStart - 400), at.sentStart);
  const running = CUMULATIVE_CUE.test(sentenceBefore) && cand.unit !== "%" && cand.unit !== "百分点";
  const frame = frameAt(frames, at.sentStart);
  // The sentence's times before the number (read once per paragraph by the frames, sliced once per sentence)
  if (page.sentenceTimes.at !== sentStart) page.sentenceTimes = { at: sentStart, all: timesBetween(frames, sentStart, at.sentEnd) };
  const mentions = page.sentenceTimes.all.filter((m) => m.end <= cand.start - sentStart);
  // What the sentence names (entities, places of no place, where its parts begin), read once per sentence:
  // an OCR sentence can run for hundreds of characters and dozens of figures
  if (page.sentence.at !== sentStart) {
    const whole = text.slice(sentStart, at.sentEnd);
    page.sentence = { at: sentStart, names: entitiesIn(whole), noPlace: noPlaceWords(whole, sentStart), partFrom: partStart(whole) };
  }
  return { cand, at, article, frames, clauseBefore, sentStart, sentenceBefore, paragraphBefore, running, frame, mentions };
}

/** Status first, then the period: a time ahead of the paper makes a plan; the plan then picks its period. */
function statusAndPeriod(page: PageReading, fig: FigureContext): { status: Decided<Status>; time: ClaimTime; cumulative: boolean } {
  const { text, ref } = page;
  const { cand, at, frames, clauseBefore, sentStart, sentenceBefore, mentions, frame } = fig;
  let status = decideStatus(clauseBefore, sentenceBefore, timeSaysPlan(mentions, ref, frame) ? (mentions.at(-1)?.text ?? "") : null);
  // A plan document's items (为民办实事项目出炉, 印发…计划) are plans unless their sentence says they are done
  if (status.value === "actual" && frames.planDocument && !reportsDone(text.slice(sentStart, at.sentEnd)))
    status = { value: "plan", source: "article", cue: null } satisfies Decided<"plan">;
  const forecast = status.value === "plan" && FORECAST_CUE.test(status.cue ?? "");
  // A rate is read in the number's own words, after any number before it (年产12万吨…项目总投资 is no rate)
  const rate = RATE_CUE.test(afterLastDigit(clauseBefore) ?? clauseBefore);
  const time = choosePeriod({
    sentenceBefore,
    mentions,
    clauseBefore,
    paragraphBefore: fig.paragraphBefore,
    articleBefore: () => text.slice(Math.max(fig.article.start, at.sentStart - 1500), at.sentStart),
    ref,
    refYearOnly: page.refYearOnly,
    frame,
    articleFrame: frames.article,
    status: status.value,
    design: DESIGN_CUE.test(clauseBefore) || (status.value === "plan" && AFTER_COMPLETION.test(sentenceBefore) && !FORECAST.test(sentenceBefore) && !rate),
    rate,
    past: FROM_VALUE.test(clauseBefore),
    duration: DURATION_UNITS.has(cand.unit),
    running: fig.running,
    planDocument: frames.planDocument,
    forecast,
  });
  // 全年预计完成地区生产总值612亿元 in a January report: a forecast of a period already over is the
  // estimate of its outcome (the figure a reader wants for that year), not a plan
  if (forecast && time.period && ref && dayIndex(periodEndDay(time.period)) < dayIndex(ref)) status = { value: "actual", source: "estimate", cue: status.cue };
  return { status, time, cumulative: fig.running || time.asOf };
}

/** The figure's area: its sentence's places, a 分别 list, the clause after it, the paragraph's and article's place. */
function areaOf(page: PageReading, fig: FigureContext): { area: AreaChoice; inSentence: RolePlace[]; fenbiePos: number } {
  const { text } = page;
  const { cand, at, frames, sentStart, sentenceBefore } = fig;
  const inSentence = placesBetween(frames, sentStart, cand.start);
  const fenbiePos = sentenceBefore.lastIndexOf("分别");
  const fenbie = page.fenbie;
  page.fenbie = fenbiePos < 0 ? { at: -1, count: -1 } : fenbie.at === sentStart + fenbiePos ? { at: fenbie.at, count: fenbie.count + 1 } : { at: sentStart + fenbiePos, count: 0 };
  const list = fenbiePos < 0 ? null : listBeforeFenbie(sentenceBefore, sentStart, inSentence);
  const locatingEnd = text.charCodeAt(at.clauseEnd) === 0xff0c || text[at.clauseEnd] === "," ? clauseEndAt(text, at.clauseEnd + 1, at.sentEnd) : at.clauseEnd;
  const area = chooseArea({
    sentence: inSentence,
    sentenceText: sentenceBefore,
    sentenceStart: sentStart,
    noPlace: page.sentence.noPlace,
    listed: list?.[page.fenbie.count] ?? null,
    // (and the clause after it, which may say where the investment is built: …亿元，在X镇建设…)
    clauseAfter: text.slice(cand.end, locatingEnd),
    placesAfter: placesBetween(frames, cand.end, locatingEnd),
    numberEnd: cand.end,
    paragraph: placeAt(frames, sentStart),
    entity: frames.entities.length ? entityPlace(frames, sentenceBefore, sentStart) : null,
    article: frames.place,
    home: frames.home,
  });
  return { area, inSentence, fenbiePos };
}

/** The figure's own words for what it measures (a list's later items name theirs through the figure before). */
function metricOf(page: PageReading, fig: FigureContext, inSentence: readonly RolePlace[], subject: string | null): string {
  const { cand, at } = fig;
  const metric = chooseMetric({
    itemBefore: page.text.slice(at.itemStart, cand.start),
    itemAfter: page.text.slice(cand.end, at.itemEnd),
    unitKind: cand.unitKind,
    places: inSentence.filter((p) => p.start >= at.itemStart).map((p) => p.text),
    previous: page.lastMetric && page.lastMetric.sentence === at.sentStart ? page.lastMetric.metric : null,
    subject,
  });
  page.lastMetric = { sentence: at.sentStart, metric };
  return metric;
}

/** The figure's series, read in its sentence (traditional characters folded) beside the figures before it. */
function indicatorOf(page: PageReading, fig: FigureContext, time: ClaimTime, cumulative: boolean, fenbiePos: number): IndicatorDecision {
  const { cand, at, frames } = fig;
  if (page.figures.at !== at.sentStart) page.figures = { at: at.sentStart, text: null, places: null, list: [], before: page.figures.list };
  const figures = page.figures;
  // a figure in a unit no series takes (亩, 公里, 百分点 …) is no point: the sentence is not even read for it
  const indicator: IndicatorDecision = !SERIES_UNITS.has(cand.unit)
    ? { value: null, source: "unit", cue: null, concept: null, part: false }
    : decideIndicator({
        sentence: (figures.text ??= foldTraditional(page.text.slice(at.sentStart, at.sentEnd))),
        at: cand.cueStart - at.sentStart,
        end: cand.end - at.sentStart,
        unit: cand.unit,
        // the sentence's places, read once per sentence (the rules read those before the number)
        places: (figures.places ??= placesBetween(frames, at.sentStart, at.sentEnd).map((p) => ({ start: p.start - at.sentStart, end: p.end - at.sentStart, area: p.area.code, via: p.via }))),
        listIndex: fenbiePos >= 0 ? page.fenbie.count : -1,
        cumulative,
        periodKind: time.period?.kind ?? null,
        period: time.period ? formatPeriod(time.period) : null,
        paragraphBefore: fig.paragraphBefore,
        previous: figures.list,
        previousSentence: figures.before,
      });
  figures.list.push({ start: cand.cueStart - at.sentStart, end: cand.end - at.sentStart, unit: cand.unit, concept: indicator.concept, part: indicator.part });
  return indicator;
}

/** The figure's sector: its series', else a three-sector list's place in order, else the words around it. */
function sectorOf(page: PageReading, fig: FigureContext, indicator: IndicatorDecision, fenbiePos: number): { value: SectorId; cue: string | null } {
  const { text } = page;
  const { cand, at, article, sentenceBefore } = fig;
  const i = page.articleIdx;
  const classified = classify(text, cand, at, indicator, () => (page.articleFreq[i] ??= normaliseFrequencies(sectorFrequencies(text.slice(article.start, article.end)))), page.lastSector && page.lastSector.para === at.paraStart ? page.lastSector.sector : null);
  // 三次产业增加值分别增长2.6%、6.8%和7.9%: the primary, secondary and tertiary sectors in order, series or not
  const threeSectors = fenbiePos >= 0 && /三次产业|(?<!、[^,，。、]{1,8})三大产业|一二三产|一、二、三产业/.test(sentenceBefore.slice(0, fenbiePos)) ? THREE_SECTORS[page.fenbie.count] : undefined;
  const value = indicator.value ? classified : threeSectors ?? classified;
  page.lastSector = { para: at.paraStart, sector: value };
  return { value, cue: indicator.value || indicator.concept ? indicator.cue : threeSectors ? "三次产业" : null };
}

/** The time of a table cell: its words (the label's own, else the column's) against the report's time. */
export function tablePeriod(time: string | null, report: Period | null, ref: YMD | null): Period | null {
  if (!time) return report;
  // 本年累计, 累计, 年初至今, 本年: the year to the report's month
  if (/累计|年初至今|^本年$/.test(time)) return report ? ytdPeriod(report.y, report.m) : null;
  // 本期: the report's own period
  if (/本期/.test(time)) return report;
  const m = parseTimes(time)[0];
  if (!m) return report;
  // a month or span without a year is the report's year (a December report read in January is last year's)
  const r = resolveTime(m.year === undefined && m.yearRel === undefined && report ? { ...m, year: report.y } : m, { ref, frame: report, actual: true, recentMonth: report && (report.kind === "month" || report.kind === "ytd") ? monthPeriod(report.y, report.m) : null });
  return r?.period ?? report;
}

const TABLE_QUOTE = 60;
const CHANGE_WORD = /增长|增速|增幅|涨幅|下降|同比|增减/;

/** One figure of a table: its indicator read as the sentence "time + label + measure + number" would be. */
function tableClaim(text: string, table: TableRead, cell: TableCell, frames: ArticleFrames, article: number, ref: YMD | null, freq: () => ReturnType<typeof normaliseFrequencies>): Claim {
  const frame = frameAt(frames, table.headerStart);
  const period = tablePeriod(cell.time, frame?.period ?? null, ref);
  const periodText = period ? formatPeriod(period) : null;
  const status = cell.plan ? "plan" : "actual";
  // 10月份 beside 1—10月: a single month's figure, as the indicator rules read it in prose
  const when = period && period.kind === "month" ? `${period.m}月份` : "";
  const label = `${cell.label}${cell.named ?? ""}`;
  const measure = cell.measure === "change" && !CHANGE_WORD.test(label) ? "同比增长" : "";
  const lead = `${when}${label}${measure}`;
  const sentence = `${lead}${cell.value}${cell.unit}`;
  const indicator: IndicatorDecision = !SERIES_UNITS.has(cell.unit)
    ? { value: null, source: "unit", cue: null, concept: null, part: false }
    : decideIndicator({ sentence, at: lead.length, end: sentence.length, unit: cell.unit, places: [], listIndex: -1, cumulative: false, periodKind: period?.kind ?? null, period: periodText, paragraphBefore: "", previous: [] });
  const rowText = text.slice(cell.rowStart, cell.rowEnd);
  let area = chooseArea({
    sentence: placesBetween(frames, cell.rowStart, cell.start),
    sentenceText: text.slice(cell.rowStart, cell.start),
    sentenceStart: cell.rowStart,
    noPlace: [],
    listed: null,
    clauseAfter: "",
    placesAfter: [],
    numberEnd: cell.end,
    paragraph: placeAt(frames, table.headerStart),
    entity: null,
    article: frames.place,
    home: frames.home,
  });
  // a row labelled by a place (衢江区 | 152.6 | 6.4, under 地区生产总值) is that place's figure
  const rowPlace = cell.named ? findPlaces(cell.label, frames.home.area).find((p) => p.start === 0 && p.via !== "collective") : undefined;
  if (rowPlace) area = { area: rowPlace.area, source: "sentence", cue: rowPlace.text };
  const def = catalogueEntry(indicator.value) ?? conceptEntry(indicator.concept, cell.unit);
  const sector = def && !ENTITY_MONEY.has(def.id) ? def.sector : chooseSector({ clause: cell.label, sentence: rowText, article: freq(), previous: null, clauseBefore: cell.label });
  let qStart = cell.rowStart;
  let qEnd = cell.rowEnd;
  if (qEnd - qStart > TABLE_QUOTE) {
    qStart = Math.max(qStart, cell.start - 40);
    qEnd = Math.min(qEnd, cell.end + 10);
  }
  const when2 = period && (period.kind === "month" || period.kind === "ytd") && cell.time ? cell.time : "";
  return {
    quote: text.slice(qStart, qEnd),
    value: cell.value,
    unit: cell.unit,
    qualifier: "eq",
    metric: catalogueEntry(indicator.value)?.nameZh ?? tidyMetric(`${when2}${label}${measure ? "增长" : ""}`, cell.unit),
    subject: chooseSubject({ sentenceBefore: cell.label, places: [], earlier: () => "", area: area.area?.name ?? null }),
    sector,
    period: periodText,
    periodKind: period?.kind ?? null,
    periodSource: cell.timeFromLabel ? "sentence" : cell.time ? "paragraph" : (frame?.source ?? "none"),
    periodCue: cell.time ?? frame?.cue ?? null,
    area: area.area?.name ?? null,
    areaCode: area.area?.code ?? null,
    areaSource: area.source,
    areaCue: area.cue,
    breakdown: cell.part && indicator.value === null,
    cumulative: false,
    status,
    start: cell.start,
    end: cell.end,
    indicator: indicator.value,
    indicatorSource: `table:${indicator.source}`,
    indicatorCue: indicator.cue,
    statusCue: cell.plan ? cell.header : null,
    sectorCue: indicator.value || indicator.concept ? indicator.cue : null,
    article,
  };
}

/** An enterprise's revenue and tax exist in every sector: its own words do not vote; other series name theirs. */
const ENTITY_MONEY = new Set(["industry.enterprise_revenue", "industry.tax"]);

/** The catalogue entry of the concept measured, when the unit could be its (进口纸浆1.03万吨 is no import value). */
function conceptEntry(concept: string | null, unit: string) {
  if (!concept) return undefined;
  const level = catalogueEntry(concept);
  const growth = catalogueEntry(`${concept}_growth`);
  if (level) return unitFits(level, unit) || unit === "%" ? level : undefined;
  // a concept only charted as growth (工业投资): its amount is money
  return growth && (unit === "%" || unit === "元") ? growth : undefined;
}

/** The sector: the series' own, else the words around the figure. */
function classify(
  text: string,
  cand: Candidate,
  at: Around,
  indicator: IndicatorDecision,
  articleFreq: () => ReturnType<typeof normaliseFrequencies>,
  previous: SectorId | null,
): SectorId {
  // the series' sector, else that of the concept measured (a scenic spot's visitors are tourism, though no point)
  const def = catalogueEntry(indicator.value) ?? conceptEntry(indicator.concept, cand.unit);
  if (def && !ENTITY_MONEY.has(def.id)) return def.sector;
  const clause = text.slice(at.clauseStart, at.clauseEnd);
  return chooseSector({
    // 产值, 营收, 纳税 are found in every sector: they do not vote
    clause: clause.replace(GENERIC_MONEY, ""),
    // Semicolons separate parallel statements (第一产业…;第二产业…;第三产业…): each is its own context
    sentence: text.slice(at.partStart, at.partEnd),
    article: articleFreq(),
    previous,
    // what the figure measures: the nearest concept before it in its part (…总产值13.7亿元,增长3.5%)
    clauseBefore: text.slice(at.partStart, cand.start),
  });
}

/**
 * Quote: the list item when it says something on its own, else the clause; trimmed
 * around the number (and its qualifier cue) when long. Always contains [start, end).
 */
function quoteOf(text: string, cand: Candidate, at: Around): string {
  const useItem = at.itemEnd - at.itemStart >= 6;
  let qStart = useItem ? at.itemStart : at.clauseStart;
  let qEnd = useItem ? at.itemEnd : at.clauseEnd;
  if (qEnd - qStart > MAX_QUOTE) {
    qStart = Math.max(qStart, cand.cueStart - 16);
    qEnd = Math.min(qEnd, Math.max(cand.end + 12, qStart + 24));
  }
  return text.slice(qStart, qEnd);
}
