// The dashboard's whole view lives in the URL. One zod schema per parameter in
// one table (PARAMS); the view's type is derived from it, and the server
// components and the client controls parse with the same code, so a link
// opened anywhere shows the same view. Missing → default silently; present but
// invalid → default plus a notice (never an error page); only non-defaults are
// written back to the URL.
import type { ClaimQuery } from "@/db/queries";
import { z } from "zod";
import { parsePeriod } from "@/extract/time/period";
import { PERIOD_KINDS, SECTORS } from "@/extract/types";
import { LANGS } from "./i18n";

const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .refine((s) => Number(s.slice(0, 4)) >= 1949 && Number(s.slice(0, 4)) <= 2100);

/** An area as the URL names it: a GB/T 2260 code or a full standard name (Han characters). */
const AREA_REF = /^(\d{6}|[\u3400-\u9fff·]{2,20})$/;
export const MAX_COMPARE = 5;

/** A nullable default: the parameter is unset unless the URL says otherwise. */
const unset = <T>() => null as T | null;

/** Each parameter: its schema and its default. */
export const PARAMS = {
  lang: { schema: z.enum(LANGS), default: "zh" as (typeof LANGS)[number] },
  // `null` is the home area (HOME_AREA); `all` every area; else a code, names are resolved to codes (resolveAreas).
  area: { schema: z.string().regex(/^all$/).or(z.string().regex(AREA_REF)), default: unset<string>() },
  compare: {
    schema: z
      .string()
      .transform((s) => s.split(/[,，]/).map((x) => x.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(AREA_REF)).min(1).max(MAX_COMPARE))
      .transform((xs) => [...new Set(xs)].join(",")),
    default: unset<string>(),
  },
  sector: { schema: z.enum(["all", ...SECTORS] as [string, ...string[]]), default: "all" as string },
  from: { schema: month, default: unset<string>() },
  to: { schema: month, default: unset<string>() },
  indicator: { schema: z.string().regex(/^[a-z0-9_]+\.[a-z0-9_.]+$/).max(80), default: unset<string>() },
  freq: { schema: z.enum(PERIOD_KINDS), default: unset<(typeof PERIOD_KINDS)[number]>() },
  chart: { schema: z.enum(["auto", "line", "bar"]), default: "auto" as "auto" | "line" | "bar" },
  plan: { schema: z.enum(["1", "0"]), default: "1" as "1" | "0" },
  embed: { schema: z.enum(["1", "0"]), default: "0" as "1" | "0" },
  unit: { schema: z.string().min(1).max(20), default: unset<string>() },
  status: { schema: z.enum(["all", "actual", "plan"]), default: "all" as "all" | "actual" | "plan" },
  // The indicator page's view: its chart over time, or one period's peers side by side (同级比较).
  view: { schema: z.enum(["chart", "peers"]), default: "chart" as "chart" | "peers" },
  // Any written period the time module reads (2025, 2025-H1, 2025-Q3, 2025-09, 2025-10-07).
  period: { schema: z.string().max(10).refine((s) => parsePeriod(s) !== null), default: unset<string>() },
  q: { schema: z.string().min(1).max(100), default: unset<string>() },
  sort: {
    schema: z.enum(["date_desc", "date_asc", "value_desc", "value_asc"]),
    default: "date_desc" as "date_desc" | "date_asc" | "value_desc" | "value_asc",
  },
  page: { schema: z.coerce.number().int().min(1).max(100000).transform(String), default: "1" },
} as const;

export type ParamName = keyof typeof PARAMS;

/** The view: for each parameter, what its schema yields or its default. */
export type ViewState = { -readonly [K in ParamName]: z.output<(typeof PARAMS)[K]["schema"]> | (typeof PARAMS)[K]["default"] };

function defaults(): ViewState {
  const out: Partial<Record<ParamName, unknown>> = {};
  for (const k of Object.keys(PARAMS) as ParamName[]) out[k] = PARAMS[k].default;
  return out as ViewState;
}
export const DEFAULT_STATE: Readonly<ViewState> = Object.freeze(defaults());

function assign<K extends ParamName>(state: ViewState, key: K, value: ViewState[K]) {
  state[key] = value;
}

export interface Notice {
  param: string;
  value: string;
}

export interface ParsedView {
  state: ViewState;
  /** Parameters that were present but invalid or unknown, reset to their defaults. */
  notices: Notice[];
}

// Added by browsers, trackers or Next itself; never worth a notice.
const IGNORED = /^(_rsc|utm_.*|fbclid|gclid)$/;

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

/**
 * Turns an area as written (code or name) into its code, or null when no area
 * of that code or name is known. Pages pass one that also knows the areas in
 * the database; the default knows the gazetteer.
 */
export type AreaResolver = (ref: string) => string | null;

export interface ParseOptions {
  resolveArea?: AreaResolver;
  /** The home area's code: an `area` equal to it is the default and is not written back. */
  homeCode?: string;
}

/** Parse the parameters this page understands; anything else present gets a notice. */
export function parseView(raw: RawParams, accepted: readonly ParamName[], options: ParseOptions = {}): ParsedView {
  const entries: [string, string][] = [];
  if (raw instanceof URLSearchParams) raw.forEach((v, k) => entries.push([k, v]));
  else
    for (const [k, v] of Object.entries(raw)) {
      if (v === undefined) continue;
      // A repeated parameter is ambiguous: take the first, like URLSearchParams.get.
      entries.push([k, Array.isArray(v) ? (v[0] ?? "") : v]);
    }
  const state = defaults();
  const notices: Notice[] = [];
  const seen = new Set<string>();
  for (const [key, value] of entries) {
    if (seen.has(key)) continue;
    seen.add(key);
    if (IGNORED.test(key)) continue;
    if (!(accepted as readonly string[]).includes(key)) {
      notices.push({ param: key, value });
      continue;
    }
    // An empty field from a plain GET form means "unset".
    if (value.trim() === "") continue;
    const name = key as ParamName;
    const parsed = PARAMS[name].schema.safeParse(value.trim());
    if (parsed.success) assign(state, name, parsed.data as ViewState[typeof name]);
    else notices.push({ param: key, value });
  }
  // A range that ends before it starts is not a view anyone meant.
  if (state.from && state.to && state.from > state.to) {
    notices.push({ param: "to", value: state.to });
    state.to = null;
  }
  resolveAreas(state, notices, options);
  return { state, notices };
}

/** Names become codes; an area nobody knows falls back to the default with a notice. */
function resolveAreas(state: ViewState, notices: Notice[], { resolveArea, homeCode }: ParseOptions) {
  const resolve = resolveArea ?? ((ref: string) => (/^\d{6}$/.test(ref) ? ref : null));
  if (state.area && state.area !== "all") {
    const code = resolve(state.area);
    if (!code) notices.push({ param: "area", value: state.area });
    state.area = code === null || code === homeCode ? null : code;
  }
  if (state.compare) {
    const codes: string[] = [];
    for (const ref of state.compare.split(",")) {
      const code = resolve(ref);
      if (code === null) notices.push({ param: "compare", value: ref });
      else if (!codes.includes(code)) codes.push(code);
    }
    state.compare = codes.length ? codes.join(",") : null;
  }
}

const ORDER: readonly ParamName[] = ["view", "area", "compare", "sector", "indicator", "freq", "from", "to", "unit", "status", "period", "q", "sort", "chart", "plan", "page", "embed", "lang"];

/** Query string with only the non-default values, in a stable order. */
export function toQuery(state: Partial<ViewState>, accepted: readonly ParamName[]): string {
  const sp = new URLSearchParams();
  for (const key of ORDER) {
    if (!accepted.includes(key)) continue;
    const v = state[key];
    if (v === undefined || v === null || v === "") continue;
    if (v === PARAMS[key].default) continue;
    sp.set(key, String(v));
  }
  const s = sp.toString();
  return s ? `?${s.replace(/%2C/g, ",")}` : "";
}

export function href(path: string, state: Partial<ViewState>, accepted: readonly ParamName[], hash = ""): string {
  return `${path}${toQuery(state, accepted)}${hash}`;
}

export const OVERVIEW_PARAMS: readonly ParamName[] = ["lang", "area", "sector", "from", "to", "period"];
export const INDICATOR_PARAMS: readonly ParamName[] = ["lang", "area", "compare", "freq", "from", "to", "chart", "plan", "embed", "view", "period"];
export const ARTICLE_PARAMS: readonly ParamName[] = ["lang"];
export const CLAIMS_PARAMS: readonly ParamName[] = ["lang", "area", "sector", "indicator", "unit", "status", "period", "q", "sort", "page", "from", "to"];
/** What a link preview image reads: the overview's or an indicator's view. */
export const OG_PARAMS: readonly ParamName[] = ["lang", "area", "compare", "sector", "indicator", "freq", "from", "to", "plan", "view", "period"];
/** The key-indicators table's CSV and the peers view's CSV: the view that made them. */
export const KEY_CSV_PARAMS: readonly ParamName[] = ["lang", "area", "period"];
export const PEERS_CSV_PARAMS: readonly ParamName[] = ["lang", "area", "period"];

/** YYYY-MM → first / last day, for SQL bounds on as_of. */
export function monthStart(m: string): string {
  return `${m}-01`;
}
export function monthEnd(m: string): string {
  const [y, mo] = m.split("-").map(Number);
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return `${m}-${String(last).padStart(2, "0")}`;
}

/** The view's month range as inclusive dates: the one place `from`/`to` become SQL bounds. */
export function dateRange(state: Pick<ViewState, "from" | "to">): { from: string | null; to: string | null } {
  return { from: state.from ? monthStart(state.from) : null, to: state.to ? monthEnd(state.to) : null };
}

/** The area filter of a view: a code, or null for every area. */
export function areaFilter(state: Pick<ViewState, "area">, homeCode: string): string | null {
  return state.area === "all" ? null : (state.area ?? homeCode);
}

/** The areas compared with the selected one (codes, already resolved by parseView; the selected one left out). */
export function comparedAreas(state: Pick<ViewState, "compare">, areaCode: string | null): string[] {
  return (state.compare ?? "").split(",").filter((c) => c && c !== areaCode);
}

/** The claims explorer's filter as the query module takes it; the page and its export share it. */
export function claimQueryOf(state: ViewState, homeCode: string): ClaimQuery {
  return {
    area: areaFilter(state, homeCode),
    sector: state.sector,
    indicator: state.indicator,
    unit: state.unit,
    status: state.status,
    period: state.period,
    q: state.q,
    ...dateRange(state),
    sort: state.sort,
  };
}
