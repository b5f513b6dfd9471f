// The article's own home: the area its 全县/全市/全区/本市 mean, and the area of
// every figure that names no place of its own. In order:
//   1. its paper's place (source, masthead, url) — unless the headline or lead
//      is about a place inside the paper's area (上饶日报 on 婺源: 婺源县; 人民日报
//      on 衢州: 衢州市), which is then the home;
//   2. with no paper: the place its headline is about, else the place its lead
//      opens with (a county's bulletin reprinted without a source line);
//   3. only then the configured HOME_AREA.
// A topic that contains the home (衢州 in a 衢江 paper) keeps the home: the
// home is the finer of the two, and 全市 resolves upward from it all the same.
// With no paper, a headline naming the configured home beside another place
// (衢江在上海签约…) is about the home.
//
// Cases: area-home.cases.ts (headline, lead and paper → home), and the
// whole-article cases of area.cases.ts.
import { within, type Area } from "../areas/gazetteer";
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
  /** The article's text (its first paragraphs), where a headline's far short form must be named in full. */
  body?: string;
}

/** Owners named in a text, read against `base`; a run of nested places (江苏省昆山市) gives its deepest. */
export function ownersIn(text: string, base: Area, names = false): RolePlace[] {
  if (!text) return [];
  const roles = placeRoles(text, names ? findPlacesInName(text, base) : findPlaces(text, base));
  const out: RolePlace[] = [];
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
  return out;
}

/** The article's home and how it was known. */
export function articleHome(input: HomeInput): ArticleHome {
  const base = input.paper ?? input.configured;
  const leadOwners = ownersIn(input.lead, base);
  // A headline's short form far from the base (昆山 in a 衢江 setting) is read against the lead's place,
  // else taken when the article names the place in full (安溪 … 安溪县统计局)
  let headOwners = ownersIn(input.headline, leadOwners[0]?.area ?? base);
  if (!headOwners.length && input.body) headOwners = ownersIn(input.headline, base, true).filter((o) => input.body!.includes(o.area.name));
  const pick = (owners: RolePlace[]): RolePlace | null => {
    if (!owners.length) return null;
    if (input.paper) return owners.find((o) => within(o.area, input.paper!)) ?? null;
    // No paper: a headline naming the configured home beside another place is about the home
    // (a collective word is no such naming: it resolves to the home by default)
    return owners.find((o) => o.via !== "collective" && related(o.area, input.configured)) ?? owners[0];
  };
  const head = pick(headOwners);
  const lead = head ? null : pick(leadOwners);
  const topic = head ?? lead;
  if (!topic) return input.paper ? { area: input.paper, source: "source", cue: null } : { area: input.configured, source: "home", cue: null };
  // The topic holds the base (衢州 in a 衢江 paper): the base is finer
  if (within(base, topic.area) && topic.area !== base) return input.paper ? { area: input.paper, source: "source", cue: null } : { area: input.configured, source: "home", cue: null };
  return { area: topic.area, source: head ? "headline" : "lead", cue: topic.text };
}

const related = (a: Area, b: Area) => within(a, b) || within(b, a);
