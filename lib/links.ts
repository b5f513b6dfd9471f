// The one place a claim's source link is written: /articles/<id>#claim-<claimId>
// (the contract outside checks follow), with ?lang=en kept for English readers.
import type { Lang } from "./i18n";

export function claimHref(articleId: number | null, claimId: number, lang: Lang): string | null {
  if (articleId === null) return null;
  return `/articles/${articleId}${lang === "en" ? "?lang=en" : ""}#claim-${claimId}`;
}
