// The article's own home: the area its 全县/全市/全区/本市 mean, and the area of
// every figure that names no place of its own. In order:
//   1. its paper's place (source, masthead, url) — unless the headline or lead
//      is about a place inside the paper's area (上饶日报 on 婺源: 婺源县; 人民日报
//      on 衢州: 衢州市), which is then the home;
//   2. with no paper: the place its headline is about, else the place its lead
//      opens with (a county's bulletin reprinted without a source line);
//   3. only then the configured HOME_AREA.
// A topic that contains the paper's place (衢州 in a 衢江 paper) keeps the
// paper's: it is the finer of the two, and 全市 resolves upward from it all the same.
// With no paper, a headline naming the configured home beside another place
// (衢江在上海签约…) is about the home.
//
// Cases: area-home.cases.ts (headline, lead and paper → home), and the
// whole-article cases of area.cases.ts.
import { cityOf, provinceOf, within, type Area } from "../areas/gazetteer";
import { findPlaces, findPlacesInName } from "../areas/places";
import { placeRoles, resolveCollective, type RolePlace } from "./area";

export type HomeSource = "source" | "headline" | "lead" | "home";

export interface ArticleHome {
  area: Area;
  source: HomeSource;
  /** The words that named it (the headline's or lead's place), null for a paper or the configuration. */
  cue: string | null;
}

export interface HomeInput {
  /** The area the paper names (source, masthead, url), null when it names none. */
  paper: Area | null;
  /** HOME_AREA (or the default). */
  configured: Area;
  /** The headline lines, simplified. */
  headline: string;
  /** The lead's opening (after its byline and dateline), simplified. */
  lead: string;
  /** The place a byline reports from (本报开化讯 → 开化): read as the lead's first words are. */
  station?: string;
  /** The article's text (its first paragraphs), where a headline's far short form must be named in full. */
  body?: string;
}

/** Owners named in a text, read against `base`; a run of nested places (江苏省昆山市) gives its deepest. */
export function ownersIn(text: string, base: Area, names = false): RolePlace[] {
  if (!text) return [];
  const out: RolePlace[] = [];
  addOwners(out, placeRoles(text, names ? findPlacesInName(text, base) : findPlaces(text, base)), base);
  return out;
}

/** Append the owners among `roles` (in order, after those already in `out`) to `out`. */
function addOwners(out: RolePlace[], roles: readonly RolePlace[], base: Area): void {
  for (const m of roles) {
    if (m.role !== "owner") continue;
    const prev = out[out.length - 1];
    const adjacent = !!prev && prev.end === m.start;
    // 全市 after 泉州市 in the same text is 泉州's
    const area = resolveCollective(m, prev?.area ?? null, base, adjacent);
    if (!area || area.level === "country") continue;
    // 江苏省昆山市, 衢州衢江: the inner place is what the text is about
    if (prev && prev.end === m.start && within(area, prev.area)) out[out.length - 1] = { ...m, start: prev.start, text: prev.text + m.text, area };
    else out.push({ ...m, area });
  }
}

/** The first stretch ownersInStretches reads; each next one is twice as long. */
const FIRST_STRETCH = 256;

/**
 * ownersIn(text, base), read a stretch of whole lines at a time, so that a reader that stops at
 * an early owner (bodyTopic, at the first place of the configured home: most articles name it in
 * their first lines) does not scan the rest. The same owners in the same order: no place spans a
 * line break and nothing the scan (findPlaces) or placeRoles decides reads across one (their
 * lookarounds are anchored patterns that start with no "\n", or windows of this same `text`);
 * each stretch's owners are final when it is yielded (only an adjacent place merges with the
 * owner before it, and a line break lies between stretches). Stretches grow so that a reader
 * that goes to the end pays for few calls.
 */
export function* ownersInStretches(text: string, base: Area): Generator<RolePlace[]> {
  const out: RolePlace[] = [];
  for (let from = 0, size = FIRST_STRETCH; from < text.length; size *= 2) {
    let to = from + size >= text.length ? text.length : text.indexOf("\n", from + size);
    if (to < 0) to = text.length;
    const found = findPlaces(text.slice(from, to), base);
    for (const m of found) {
      m.start += from;
      m.end += from;
    }
    const done = out.length;
    addOwners(out, placeRoles(text, found), base);
    yield out.slice(done);
    from = to;
  }
}

/** The article's home and how it was known. */
export function articleHome(input: HomeInput): ArticleHome {
  const base = input.paper ?? input.configured;
  // a city paper's county station (本报开化讯) names what its item is about, before the lead's own words
  const leadOwners = input.station ? [...ownersIn(input.station, base, true), ...ownersIn(input.lead, base)] : ownersIn(input.lead, base);
  // A headline's short form far from the base (昆山 in a 衢江 setting) is read against the lead's place,
  // else taken when the article names the place in full (安溪 … 安溪县统计局)
  let headOwners = ownersIn(input.headline, leadOwners[0]?.area ?? base);
  if (!headOwners.length && input.body) headOwners = ownersIn(input.headline, base, true).filter((o) => input.body!.includes(o.area.name));
  const pick = (owners: RolePlace[]): RolePlace | null => {
    if (!owners.length) return null;
    if (input.paper) return owners.find((o) => within(o.area, input.paper!)) ?? null;
    // No paper: a collective word (我县, 全区) says nothing of which place; a headline naming the
    // configured home beside another place is about the home
    const named = owners.filter((o) => o.via !== "collective");
    return named.find((o) => related(o.area, input.configured)) ?? named[0] ?? null;
  };
  const head = pick(headOwners);
  const lead = head ? null : pick(leadOwners);
  const topic = head ?? lead;
  if (!topic) {
    if (input.paper) return { area: input.paper, source: "source", cue: null };
    const named = input.body ? bodyTopic(input.body, input.configured) : null;
    return named ? { area: named.area, source: "lead", cue: named.text } : { area: input.configured, source: "home", cue: null };
  }
  // The topic holds the paper's place (衢州 in a 衢江 paper): the paper is finer, and its 全市 means
  // 衢州 all the same. The configured home is no such evidence: a 衢州 article read with HOME_AREA
  // 江山市 is 衢州's (its 全市 is 衢州, not the county-level city)
  if (input.paper && within(input.paper, topic.area) && topic.area !== input.paper) return { area: input.paper, source: "source", cue: null };
  return { area: topic.area, source: head ? "headline" : "lead", cue: topic.text };
}

const related = (a: Area, b: Area) => within(a, b) || within(b, a);

/**
 * An article that names no place up front but speaks of 全县/我县 (全区, 全市) and names one place of
 * that kind again and again (记者从县统计局获悉…全县… 安溪县茶叶… 安溪县第三中学…), or breaks its
 * figures down by the counties of one city (分地区看,海宁市、桐乡市…; 平湖、嘉善…), never the
 * configured home: it is that place's (the city, for a breakdown). Twice at least (once when the
 * collective word cannot mean the configured home); the kind must fit the collective word (a 全区
 * article is no 县's); nothing may name the configured home.
 */
function bodyTopic(body: string, configured: Area): RolePlace | null {
  const kinds = new Set<string>();
  for (const m of body.matchAll(/(?:全|我|本)(县|区|市|省)(?![场域间值份])/g)) kinds.add(m[1]);
  if (kinds.size === 0) return null;
  const counts = new Map<string, { n: number; place: RolePlace; area: Area }>();
  const bump = (area: Area, place: RolePlace) => {
    const c = counts.get(area.code);
    if (c) c.n++;
    else counts.set(area.code, { n: 1, place, area });
  };
  // one place of the configured home ends the reading: the body is read a stretch at a time
  for (const owners of ownersInStretches(body, configured)) {
    for (const o of owners) {
      if (o.via === "collective" || o.via === "country") continue;
      if (related(o.area, configured)) return null;
      bump(o.area, o);
      // a county counts for its city, a city for its province: a breakdown by county is about the city
      const city = o.area.level === "county" ? cityOf(o.area) : null;
      if (city && city !== o.area) bump(city, { ...o, area: city });
      const province = o.area.level !== "province" ? provinceOf(o.area) : null;
      if (province && province !== o.area && province !== city) bump(province, { ...o, area: province });
    }
  }
  const fits = (a: Area) => (a.level === "province" ? kinds.has("省") : a.level === "city" ? kinds.has("市") : kinds.has(a.name.slice(-1)));
  // Twice at least; once is enough when no collective word of the article can mean the configured
  // home or a place above it (全县 in a 区's setting, and no 全市 or 全省, which could be its city's
  // or province's): the home is then surely not the article's, and the one place of the right kind it
  // names is (龙游县统计局 in a bulletin that says 全县 throughout)
  const need = [...kinds].some((k) => k === "市" || k === "省" || configured.name.endsWith(k)) ? 2 : 1;
  const ranked = [...counts.values()].filter((c) => fits(c.area) && !related(c.area, configured)).sort((a, b) => b.n - a.n);
  if (!ranked.length || ranked[0].n < need) return null;
  // the deepest place that carries most of the naming (a city's report that compares with 全省 is the
  // city's; a province's broken down by its cities is the province's)
  const LEVEL = { county: 0, city: 1, province: 2, country: 3 } as const;
  const strong = ranked.filter((c) => c.n >= need && c.n >= 0.6 * ranked[0].n).sort((a, b) => LEVEL[a.area.level] - LEVEL[b.area.level] || b.n - a.n);
  const best = strong[0];
  // two places of one level neither of which holds the other, named as often: nobody's
  if (strong[1] && strong[1].area.level === best.area.level && strong[1].n === best.n) return null;
  ranked[0] = best;
  return { ...ranked[0].place, area: ranked[0].area };
}
