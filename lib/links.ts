// The one place a claim's source link is written: /articles/<id>#claim-<claimId>
// (the contract outside checks follow), with ?lang=en kept for English readers.
import type { Lang } from "./i18n";
import { CLAIMS_PARAMS, href, INDICATOR_PARAMS, KEY_CSV_PARAMS, OG_PARAMS, OVERVIEW_PARAMS, PEERS_CSV_PARAMS, type ParamName, type ViewState } from "./url-state";

export function claimHref(articleId: number | null, claimId: number, lang: Lang): string | null {
  if (articleId === null) return null;
  return `/articles/${articleId}${lang === "en" ? "?lang=en" : ""}#claim-${claimId}`;
}

/** Where a link goes: each page knows which parameters of the view it takes. */
export type LinkTarget =
  | { page: "overview" }
  | { page: "indicator"; id: string }
  | { page: "peers"; id: string }
  | { page: "claims" }
  | { page: "key-csv" }
  | { page: "peers-csv"; id: string }
  | { page: "og" };

const TARGETS: Record<LinkTarget["page"], { accepted: readonly ParamName[]; path: (t: LinkTarget) => string; fixed?: Partial<ViewState> }> = {
  overview: { accepted: OVERVIEW_PARAMS, path: () => "/" },
  indicator: { accepted: INDICATOR_PARAMS, path: (t) => `/indicators/${(t as { id: string }).id}`, fixed: { view: "chart" } },
  peers: { accepted: INDICATOR_PARAMS, path: (t) => `/indicators/${(t as { id: string }).id}`, fixed: { view: "peers" } },
  claims: { accepted: CLAIMS_PARAMS, path: () => "/claims" },
  "key-csv": { accepted: KEY_CSV_PARAMS, path: () => "/key-indicators/csv" },
  "peers-csv": { accepted: PEERS_CSV_PARAMS, path: (t) => `/indicators/${(t as { id: string }).id}/peers/csv` },
  og: { accepted: OG_PARAMS, path: () => "/og" },
};

/**
 * The one link builder: a page and the view state (what differs from the
 * defaults is written, in a stable order; parameters the page does not take
 * are left out). Pages call this instead of listing parameters themselves.
 */
export function viewHref(target: LinkTarget, state: Partial<ViewState>, hash = ""): string {
  const t = TARGETS[target.page];
  return href(t.path(target), { ...state, ...t.fixed }, t.accepted, hash);
}
