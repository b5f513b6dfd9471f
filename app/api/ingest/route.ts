// POST /api/ingest — the one way to write through the web.
//
//   curl -X POST -H "Authorization: Bearer $WRITE_SECRET" \
//        -H "Content-Type: text/plain" --data-binary @page.txt \
//        "http://127.0.0.1:3000/api/ingest?name=page.txt"
//   curl -H "Authorization: Bearer $WRITE_SECRET" -F file=@page.txt http://127.0.0.1:3000/api/ingest
//
// 403 writing disabled (no WRITE_SECRET), 401 missing/wrong secret, 413 body
// over UPLOAD_LIMIT_BYTES, 400 no usable file, 422 the file cannot be read,
// 201 stored, 200 already stored (or re-extracted). Always JSON, with links
// to the stored document's articles.
//
// GET /api/ingest says whether writing is on, the limit, and the row counts
// (an uploader sees its page land; the fuzz test sees nothing else change).
import { asc, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ingestBytes, type IngestOutcome } from "@/db/ingest";
import { AuthConfigError, readAuthEnv } from "@/lib/auth/env";
import { declaredTooLarge, readBounded, UPLOAD_LIMIT_BYTES, UploadFileName } from "@/lib/auth/upload";
import { decideWrite } from "@/lib/auth/write";
import { invalidatePageCache } from "@/lib/proxy/page-cache";
import { articles, claims, documents, indicators } from "@/db/schema";

const NO_STORE = { "Cache-Control": "no-store" };

const json = (body: unknown, status: number, extra: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...NO_STORE, ...extra } });

export async function POST(request: Request): Promise<Response> {
  let writeSecret: string | undefined;
  try {
    writeSecret = readAuthEnv().WRITE_SECRET;
  } catch (err) {
    return json({ error: err instanceof AuthConfigError ? err.message : "invalid auth configuration" }, 503);
  }
  // Authority before anything else: a stranger's body is never read.
  const decision = decideWrite(request.headers.get("authorization"), { WRITE_SECRET: writeSecret });
  if (!decision.ok) {
    return json({ error: decision.error }, decision.status, decision.wwwAuthenticate ? { "WWW-Authenticate": decision.wwwAuthenticate } : {});
  }

  const tooLarge = () => json({ error: `body over the ${UPLOAD_LIMIT_BYTES} byte limit` }, 413, { Connection: "close" });
  if (declaredTooLarge(request.headers.get("content-length"), UPLOAD_LIMIT_BYTES)) return tooLarge();
  const body = await readBounded(request.body, UPLOAD_LIMIT_BYTES);
  if (!body.ok) return tooLarge();

  const file = await fileFromBody(request, body.bytes);
  if ("error" in file) return json({ error: file.error }, 400);

  try {
    const db = await getDb();
    const outcome = await ingestBytes(db, { bytes: file.bytes, fileName: file.fileName });
    // Cached pages predate this write (lib/proxy/page-cache.ts).
    if (outcome.status === "new" || outcome.status === "re-extracted") invalidatePageCache();
    const links =
      outcome.documentId === undefined
        ? []
        : (
            await db
              .select({ id: articles.id, title: articles.title })
              .from(articles)
              .where(eq(articles.documentId, outcome.documentId))
              .orderBy(asc(articles.seq))
          ).map((a) => ({ ...a, url: `/articles/${a.id}` }));
    return json({ fileName: file.fileName, outcome, articles: links }, statusOf(outcome));
  } catch (err) {
    // Undecodable or unreadable input: the ingest library names the reason.
    const message = err instanceof Error ? err.message : String(err);
    return json({ fileName: file.fileName, error: message.split("\n")[0].slice(0, 500) }, 422);
  }
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
  return json({ writable, limitBytes: UPLOAD_LIMIT_BYTES, counts: { documents: d, articles: a, claims: c, indicators: i } }, 200);
}

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
    return { bytes: new Uint8Array(await entry.arrayBuffer()), fileName: name.data };
  }
  const raw = new URL(request.url).searchParams.get("name") ?? request.headers.get("x-file-name") ?? "upload.txt";
  const name = UploadFileName.safeParse(raw);
  if (!name.success) return { error: `bad file name: ${name.error.issues[0]?.message ?? "invalid"}` };
  if (bytes.byteLength === 0) return { error: "empty body" };
  return { bytes, fileName: name.data };
}

function statusOf(outcome: IngestOutcome): number {
  if (outcome.status === "new") return 201;
  if (outcome.status === "failed") return 422;
  return 200; // unchanged, re-extracted
}
