// POST /api/ingest — writing articles through the web: the upload page and scripts.
//
//   curl -X POST -H "Authorization: Bearer $WRITE_SECRET" \
//        -H "Content-Type: text/plain" --data-binary @page.txt \
//        "http://127.0.0.1:3000/api/ingest?name=page.txt"
//   curl -H "Authorization: Bearer $WRITE_SECRET" -F file=@edition.pdf http://127.0.0.1:3000/api/ingest
//   curl -H "Authorization: Bearer $WRITE_SECRET" -H "Content-Type: application/json" \
//        -d '{"urls":["https://example.com/news/1.html"]}' http://127.0.0.1:3000/api/ingest
//
// Who: `Authorization: Bearer <WRITE_SECRET>` (scripts), or a signed-in
// editor's cookie from this site's own pages (the upload page). 403 writing
// disabled (no WRITE_SECRET) or cross-origin, 401 missing/wrong credentials.
//
// A file (raw body or multipart "file"): 413 over the limit, 400 no usable
// file, 422 the file cannot be read, 201 stored, 200 already stored (or
// re-extracted). JSON with the outcome and links to the stored articles; a PDF
// edition has one outcome per page (`outcomes`; `outcome` is the first).
//
// URLs (JSON {"urls": [...]}, at most MAX_URLS): fetched and ingested as the
// CLI does (pages, feeds, site maps, PDF editions). The answer streams one
// JSON line per item as it is stored (application/x-ndjson), then a summary
// line, so the upload page shows progress on a feed of many items.
//
// GET /api/ingest says whether writing is on, the limit, and the row counts.
import { asc, count, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { ingestStream, storedByUrl, type IngestItem, type IngestOutcome, type IngestSummary } from "@/ingest";
import { maxBytesFromEnv } from "@/ingest/files";
import { articles, claims, documents, indicators } from "@/db/schema";
import { fetchConfigFromEnv, fromUrls, pdfItems, PoliteFetcher, URL_BATCH_DOCUMENTS } from "@/ingest/sources";
import { readAuthEnv } from "@/lib/auth/env";
import { declaredTooLarge, readBounded, UPLOAD_LIMIT_BYTES, UploadFileName } from "@/lib/auth/upload";
import { MAX_URLS, type ItemResult } from "@/app/upload/limits";
import { editorOf } from "../claims/guard";

const NO_STORE = { "Cache-Control": "no-store" };

const json = (body: unknown, status: number, extra: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...NO_STORE, ...extra } });

/** The smaller of the CLI's limit (INGEST_MAX_BYTES) and what a request body may carry here. */
const limitBytes = () => Math.min(maxBytesFromEnv(), UPLOAD_LIMIT_BYTES);

const UrlBody = z.object({
  urls: z
    .array(z.string().trim().max(2048).url("not a URL").regex(/^https?:\/\//i, "not an http(s) URL"))
    .min(1, "no URL")
    .max(MAX_URLS, `at most ${MAX_URLS} URLs at once`),
});

export async function POST(request: Request): Promise<Response> {
  // Authority before anything else: a stranger's body is never read.
  const editor = editorOf(request);
  if (!editor.ok) return editor.response;

  const limit = limitBytes();
  const tooLarge = () => json({ error: `body over the ${limit} byte limit` }, 413, { Connection: "close" });
  if (declaredTooLarge(request.headers.get("content-length"), limit)) return tooLarge();
  const type = request.headers.get("content-type") ?? "";

  if (/^application\/json\b/i.test(type)) {
    const body = await readBounded(request.body, 64 * 1024);
    if (!body.ok) return json({ error: "URL list over 64 KB" }, 413);
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder().decode(body.bytes));
    } catch {
      return json({ error: "malformed JSON" }, 400);
    }
    const parsed = UrlBody.safeParse(raw);
    if (!parsed.success) return json({ error: parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ") }, 400);
    let fetchConfig;
    try {
      fetchConfig = fetchConfigFromEnv();
    } catch (err) {
      return json({ error: (err as Error).message }, 503);
    }
    return streamUrls(parsed.data.urls, fetchConfig);
  }

  const body = await readBounded(request.body, limit);
  if (!body.ok) return tooLarge();
  const file = await fileFromBody(request, body.bytes);
  if ("error" in file) return json({ error: file.error }, 400);

  try {
    const db = await getDb();
    const isPdf = /\.pdf$/i.test(file.fileName) || startsWithPdf(file.bytes);
    const items: AsyncIterable<IngestItem> | IngestItem[] = isPdf
      ? pdfItems(file.bytes, { name: file.fileName, sourcePath: file.fileName })
      : [{ bytes: file.bytes, fileName: file.fileName }];
    const outcomes: IngestOutcome[] = [];
    await ingestStream(db, items, { onOutcome: (o) => outcomes.push(o) });
    const results = await Promise.all(outcomes.map((o) => resultOf(o)));
    const first = outcomes[0];
    return json(
      { fileName: file.fileName, outcome: first, articles: results[0]?.articles ?? [], outcomes: results },
      statusOf(outcomes),
    );
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return json({ fileName: file.fileName, error: message.split("\n")[0].slice(0, 500) }, 422);
  }
}

/** One JSON line per item as it is stored, then `{"done": true, "summary": …}`. */
function streamUrls(urls: string[], fetchConfig: ReturnType<typeof fetchConfigFromEnv>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      let summary: IngestSummary | undefined;
      try {
        const db = await getDb();
        const pending: Promise<void>[] = [];
        const items = fromUrls(urls, {
          fetcher: new PoliteFetcher(fetchConfig),
          stored: (list) => storedByUrl(db, list),
          onListing: (url, kind, listed, toFetch) => send({ listing: { url, kind, listed, toFetch } }),
        });
        summary = await ingestStream(db, items, {
          batchDocuments: URL_BATCH_DOCUMENTS,
          onOutcome: (o) => pending.push(resultOf(o).then(send)),
        });
        await Promise.all(pending);
        send({ done: true, summary });
      } catch (err) {
        send({ done: true, error: (err instanceof Error ? err.message : String(err)).split("\n")[0].slice(0, 500) });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, { status: 200, headers: { ...NO_STORE, "Content-Type": "application/x-ndjson; charset=utf-8" } });
}

/** An outcome with links to the articles of the document it names. */
async function resultOf(o: IngestOutcome): Promise<ItemResult> {
  const links =
    o.documentId === undefined
      ? []
      : (
          await (await getDb())
            .select({ id: articles.id, title: articles.title })
            .from(articles)
            .where(eq(articles.documentId, o.documentId))
            .orderBy(asc(articles.seq))
        ).map((a) => ({ ...a, url: `/articles/${a.id}` }));
  return {
    source: o.sourcePath,
    status: o.status,
    ...(o.reason ? { reason: o.reason } : {}),
    claims: o.claims,
    ...(o.documentId !== undefined ? { documentId: o.documentId } : {}),
    articles: links,
  };
}

export async function GET(): Promise<Response> {
  let writable = false;
  try {
    writable = Boolean(readAuthEnv().WRITE_SECRET);
  } catch {
    /* misconfigured counts as off */
  }
  const db = await getDb();
  const countOf = async (table: typeof documents | typeof articles | typeof claims | typeof indicators) =>
    (await db.select({ n: count() }).from(table))[0].n;
  const [d, a, c, i] = await Promise.all([countOf(documents), countOf(articles), countOf(claims), countOf(indicators)]);
  return json({ writable, limitBytes: limitBytes(), maxUrls: MAX_URLS, counts: { documents: d, articles: a, claims: c, indicators: i } }, 200);
}

const startsWithPdf = (b: Uint8Array) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d;

type FileOrError = { bytes: Uint8Array; fileName: string } | { error: string };

async function fileFromBody(request: Request, bytes: Uint8Array<ArrayBuffer>): Promise<FileOrError> {
  const type = request.headers.get("content-type") ?? "";
  if (/^multipart\/form-data/i.test(type)) {
    let form: FormData;
    try {
      form = await new Response(bytes, { headers: { "content-type": type } }).formData();
    } catch {
      return { error: "malformed multipart body" };
    }
    const entry = form.get("file");
    if (!entry || typeof entry === "string") return { error: 'multipart body needs a "file" field' };
    const name = UploadFileName.safeParse(entry.name);
    if (!name.success) return { error: `bad file name: ${name.error.issues[0]?.message ?? "invalid"}` };
    const data = new Uint8Array(await entry.arrayBuffer());
    if (data.byteLength === 0) return { error: "empty file" };
    return { bytes: data, fileName: name.data };
  }
  const raw = new URL(request.url).searchParams.get("name") ?? request.headers.get("x-file-name") ?? "upload.txt";
  const name = UploadFileName.safeParse(raw);
  if (!name.success) return { error: `bad file name: ${name.error.issues[0]?.message ?? "invalid"}` };
  if (bytes.byteLength === 0) return { error: "empty body" };
  return { bytes, fileName: name.data };
}

/** 201 if anything new was stored, 422 if everything failed, else 200. */
function statusOf(outcomes: IngestOutcome[]): number {
  if (outcomes.some((o) => o.status === "new")) return 201;
  if (outcomes.length > 0 && outcomes.every((o) => o.status === "failed")) return 422;
  return 200;
}
