// What the upload page and POST /api/ingest agree on.

/** URLs in one request: each may be a feed of many items, fetched politely one at a time. */
export const MAX_URLS = 20;

/** One item's result, as the API answers and the page shows it. */
export interface ItemResult {
  source: string;
  status: "new" | "unchanged" | "re-extracted" | "failed";
  reason?: string;
  claims: number;
  documentId?: number;
  articles: Array<{ id: number; title: string; url: string }>;
}
