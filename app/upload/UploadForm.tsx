"use client";
// Files (dropped or chosen) and pasted URLs → POST /api/ingest, one file at a
// time and one request for the URLs (its answer streams a line per item). A
// result line per item as it lands: stored, unchanged, re-extracted or failed
// and why, with links to the stored articles. The checks here (extension, size,
// URL count) are the server's, repeated so a mistake shows before any upload.
import { useRef, useState } from "react";
import type { ItemResult } from "./limits";
import { UPLOAD_TEXT, type UploadLang } from "./strings";

const EXTENSIONS = /\.(txt|md|markdown|html?|pdf)$/i;

type Line = (ItemResult & { key: number }) | { key: number; note: string };

export function UploadForm({ lang, limitBytes, maxUrls }: { lang: UploadLang; limitBytes: number; maxUrls: number }) {
  const t = UPLOAD_TEXT[lang];
  const [files, setFiles] = useState<File[]>([]);
  const [urls, setUrls] = useState("");
  const [lines, setLines] = useState<Line[]>([]);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [over, setOver] = useState(false);
  const counter = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  const add = (line: Omit<ItemResult, never> | { note: string }) => setLines((l) => [...l, { ...line, key: counter.current++ } as Line]);
  const fail = (source: string, reason: string) => add({ source, status: "failed", reason, claims: 0, articles: [] });

  const uploadFile = async (file: File) => {
    if (!EXTENSIONS.test(file.name)) return fail(file.name, t.badType);
    if (file.size > limitBytes) return fail(file.name, t.tooLarge((limitBytes / 1e6).toFixed(0)));
    const body = new FormData();
    body.append("file", file, file.name);
    try {
      const res = await fetch("/api/ingest", { method: "POST", body, credentials: "same-origin" });
      const data = (await res.json()) as { error?: string; outcomes?: ItemResult[] };
      if (data.outcomes?.length) for (const o of data.outcomes) add({ ...o, source: o.source === file.name || o.source.startsWith(`${file.name}#`) ? o.source : file.name });
      else fail(file.name, data.error ?? `${t.requestFailed} (${res.status})`);
    } catch (err) {
      fail(file.name, `${t.requestFailed}: ${(err as Error).message}`);
    }
  };

  const ingestUrls = async (list: string[]) => {
    const res = await fetch("/api/ingest", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ urls: list }),
      credentials: "same-origin",
    }).catch((err: Error) => err);
    if (res instanceof Error) return fail(list.join(" "), `${t.requestFailed}: ${res.message}`);
    if (!res.ok || !res.body) {
      const data = (await res.json().catch(() => ({}))) as { error?: string };
      return fail(list.join(" "), data.error ?? `${t.requestFailed} (${res.status})`);
    }
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let rest = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const parts = (rest + value).split("\n");
      rest = parts.pop() ?? "";
      for (const part of parts) {
        if (!part.trim()) continue;
        const msg = JSON.parse(part) as
          | ItemResult
          | { listing: { url: string; kind: string; listed: number; toFetch: number } }
          | { done: true; summary?: { new: number; unchanged: number; reExtracted: number; failed: number }; error?: string };
        if ("listing" in msg) {
          add({ note: `${msg.listing.url} — ${t.listing(msg.listing.kind, msg.listing.listed, msg.listing.toFetch)}` });
          setProgress((p) => ({ ...p, total: p.total + msg.listing.listed - 1 }));
        } else if ("done" in msg) {
          if (msg.error) fail(list.join(" "), msg.error);
          else if (msg.summary) add({ note: t.done(msg.summary) });
        } else {
          add(msg);
          setProgress((p) => ({ ...p, done: p.done + 1 }));
        }
      }
    }
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const list = urls
      .split(/\s+/)
      .map((u) => u.trim())
      .filter(Boolean);
    const bad = list.filter((u) => !/^https?:\/\/\S+$/i.test(u));
    setLines([]);
    for (const u of bad) fail(u, t.notUrl);
    const good = list.filter((u) => !bad.includes(u));
    if (good.length > maxUrls) {
      fail(good.slice(maxUrls).join(" "), t.tooManyUrls(maxUrls));
      good.length = maxUrls;
    }
    setBusy(true);
    setProgress({ done: 0, total: files.length + good.length });
    for (const f of files) {
      await uploadFile(f);
      setProgress((p) => ({ ...p, done: p.done + 1 }));
    }
    if (good.length) await ingestUrls(good);
    setBusy(false);
    setFiles([]);
    if (input.current) input.current.value = "";
  };

  const choose = (list: FileList | null) => setFiles(list ? Array.from(list) : []);

  return (
    <form onSubmit={submit} data-testid="upload-form">
      <p className="sub">{t.intro}</p>
      <div
        data-testid="dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          setFiles((f) => [...f, ...Array.from(e.dataTransfer.files)]);
        }}
        style={{ border: `2px dashed ${over ? "#2563eb" : "#999"}`, borderRadius: 8, padding: "1rem", margin: "1rem 0" }}
      >
        <label htmlFor="upload-files">{t.files}</label>{" "}
        <input id="upload-files" ref={input} type="file" multiple accept=".txt,.md,.markdown,.html,.htm,.pdf" onChange={(e) => choose(e.target.files)} />
        <p className="sub">
          {t.drop}
          {files.length > 0 && `: ${files.map((f) => f.name).join(", ")}`}
        </p>
      </div>
      <p>
        <label htmlFor="upload-urls">{t.urls}</label>
        <br />
        <textarea id="upload-urls" rows={4} cols={60} value={urls} onChange={(e) => setUrls(e.target.value)} placeholder="https://" />
      </p>
      <button type="submit" disabled={busy || (files.length === 0 && urls.trim() === "")}>
        {t.submit}
      </button>{" "}
      {(busy || progress.total > 0) && (
        <span>
          <label htmlFor="upload-progress">{t.progress}</label>{" "}
          <progress id="upload-progress" max={Math.max(progress.total, 1)} value={progress.done} /> {progress.done}/{progress.total}
        </span>
      )}
      <h2>{t.results}</h2>
      <ol data-testid="upload-results" aria-live="polite">
        {lines.map((l) =>
          "note" in l ? (
            <li key={l.key} className="sub">
              {l.note}
            </li>
          ) : (
            <li key={l.key} data-status={l.status}>
              <strong>{t.status[l.status]}</strong> {l.source}
              {l.status === "failed" ? `: ${l.reason ?? ""}` : l.claims > 0 ? ` (${t.claims(l.claims)})` : ""}
              {l.articles.length > 0 && (
                <ul>
                  {l.articles.map((a) => (
                    <li key={a.id}>
                      <a href={a.url}>{a.title || a.url}</a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ),
        )}
      </ol>
    </form>
  );
}
