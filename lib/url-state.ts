// The dashboard's whole view lives in the URL. One zod schema per parameter; the
// server components and the client controls parse with the same code, so a link
// opened anywhere shows the same view. Missing → default silently; present but
// invalid → default plus a notice (never an error page); only non-defaults are
// written back to the URL.
import type { ClaimQuery } from "@/db/queries";
import { z } from "zod";
import { SECTORS } from "@/extract/types";
import { LANGS, type Lang } from "./i18n";

const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .refine((s) => Number(s.slice(0, 4)) >= 1949 && Number(s.slice(0, 4)) <= 2100);

/** Each parameter: its schema and its default. `null` default means "unset". */
export const PARAMS = {
  lang: { schema: z.enum(LANGS), default: "zh" as Lang },
  sector: { schema: z.enum(["all", ...SECTORS] as [string, ...string[]]), default: "all" },
  from: { schema: month, default: null as string | null },
  to: { schema: month, default: null as string | null },
  indicator: { schema: z.string().regex(/^[a-z0-9_]+\.[a-z0-9_.]+$/).max(80), default: null as string | null },
  chart: { schema: z.enum(["auto", "line", "bar"]), default: "auto" },
  plan: { schema: z.enum(["1", "0"]), default: "1" },
  unit: { schema: z.string().min(1).max(20), default: null as string | null },
  status: { schema: z.enum(["all", "actual", "plan"]), default: "all" },
  period: { schema: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12])(-\d{2})?)?$/), default: null as string | null },
  q: { schema: z.string().min(1).max(100), default: null as string | null },
  sort: { schema: z.enum(["date_desc", "date_asc", "value_desc", "value_asc"]), default: "date_desc" },
  page: { schema: z.coerce.number().int().min(1).max(100000).transform(String), default: "1" },
} as const;

export type ParamName = keyof typeof PARAMS;

export interface ViewState {
  lang: Lang;
  sector: string;
  from: string | null;
  to: string | null;
  indicator: string | null;
  chart: "auto" | "line" | "bar";
  plan: "1" | "0";
  unit: string | null;
  status: "all" | "actual" | "plan";
  period: string | null;
  q: string | null;
  sort: "date_desc" | "date_asc" | "value_desc" | "value_asc";
  page: string;
}

export const DEFAULT_STATE: ViewState = Object.fromEntries(
  Object.entries(PARAMS).map(([k, v]) => [k, v.default]),
) as unknown as ViewState;

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

/** Parse the parameters this page understands; anything else present gets a notice. */
export function parseView(raw: RawParams, accepted: readonly ParamName[]): ParsedView {
  const entries: [string, string][] = [];
  if (raw instanceof URLSearchParams) raw.forEach((v, k) => entries.push([k, v]));
  else
    for (const [k, v] of Object.entries(raw)) {
      if (v === undefined) continue;
      // A repeated parameter is ambiguous: take the first, like URLSearchParams.get.
      entries.push([k, Array.isArray(v) ? (v[0] ?? "") : v]);
    }
  const state: ViewState = { ...DEFAULT_STATE };
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
    const spec = PARAMS[key as ParamName];
    const parsed = spec.schema.safeParse(value.trim());
    if (parsed.success) (state as unknown as Record<string, unknown>)[key] = parsed.data;
    else notices.push({ param: key, value });
  }
  // A range that ends before it starts is not a view anyone meant.
  if (state.from && state.to && state.from > state.to) {
    notices.push({ param: "to", value: state.to });
    state.to = null;
  }
  return { state, notices };
}

/** Query string with only the non-default values, in a stable order. */
export function toQuery(state: Partial<ViewState>, accepted: readonly ParamName[]): string {
  const sp = new URLSearchParams();
  const order: ParamName[] = ["sector", "indicator", "from", "to", "unit", "status", "period", "q", "sort", "chart", "plan", "page", "lang"];
  for (const key of order) {
    if (!accepted.includes(key)) continue;
    const v = state[key];
    if (v === undefined || v === null || v === "") continue;
    if (v === PARAMS[key].default) continue;
    sp.set(key, String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : "";
}

export function href(path: string, state: Partial<ViewState>, accepted: readonly ParamName[], hash = ""): string {
  return `${path}${toQuery(state, accepted)}${hash}`;
}

export const OVERVIEW_PARAMS: readonly ParamName[] = ["lang", "sector", "from", "to"];
export const INDICATOR_PARAMS: readonly ParamName[] = ["lang", "from", "to", "chart", "plan"];
export const ARTICLE_PARAMS: readonly ParamName[] = ["lang"];
export const CLAIMS_PARAMS: readonly ParamName[] = ["lang", "sector", "indicator", "unit", "status", "period", "q", "sort", "page", "from", "to"];

/** YYYY-MM → first / last day, for SQL bounds on as_of. */
export function monthStart(m: string): string {
  return `${m}-01`;
}
export function monthEnd(m: string): string {
  const [y, mo] = m.split("-").map(Number);
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return `${m}-${String(last).padStart(2, "0")}`;
}

/** The claims explorer's filter as the query module takes it; the page and its export share it. */
export function claimQueryOf(state: ViewState): ClaimQuery {
  return {
    sector: state.sector,
    indicator: state.indicator,
    unit: state.unit,
    status: state.status,
    period: state.period,
    q: state.q,
    from: state.from ? monthStart(state.from) : null,
    to: state.to ? monthEnd(state.to) : null,
    sort: state.sort,
  };
}
