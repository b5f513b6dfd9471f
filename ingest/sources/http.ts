// A polite HTTP client for pages, feeds, site maps and PDF editions:
//  - robots.txt is read once per origin and honoured (RFC 9309: a 4xx robots
//    file allows everything, an unreachable or 5xx one forbids everything);
//    its Crawl-delay, when longer, replaces ours;
//  - one request at a time per host, with a delay between two;
//  - a timeout for the whole response (headers and body);
//  - retries with exponential backoff on 429 and 5xx (Retry-After honoured,
//    capped), and on a dropped connection; never on a timeout or a 4xx;
//  - a User-Agent that says who is asking;
//  - a size limit, checked on Content-Length and again while reading;
//  - redirects followed by hand (at most 5), each hop through robots.txt and
//    the host's queue like any request.
// Every failure is a FetchError whose message is one line naming the reason;
// the caller prefixes the URL.
import robotsParser from "robots-parser";
import type { FetchConfig } from "./config";

export class FetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FetchError";
  }
}

export interface Fetched {
  /** The URL asked for. */
  url: string;
  /** Where the content was found after redirects. */
  finalUrl: string;
  status: number;
  /** Media type without parameters, lower case ("" when the server sent none). */
  contentType: string;
  /** The charset parameter of Content-Type, if any. */
  charset?: string;
  bytes: Uint8Array;
  /** ISO 8601, when the response arrived. */
  fetchedAt: string;
}

type Robots = ReturnType<typeof robotsParser> | "allow-all" | { denyAll: string };

const MAX_REDIRECTS = 5;
const MAX_RETRY_AFTER_MS = 60_000;
const ROBOTS_MAX_BYTES = 512 * 1024;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class PoliteFetcher {
  private readonly robots = new Map<string, Promise<Robots>>();
  /** Per host: the tail of its queue, and when its last request ended. */
  private readonly hosts = new Map<string, { tail: Promise<void>; lastEnd: number; delayMs: number }>();

  constructor(readonly config: FetchConfig) {}

  /** Fetches `url` (http or https only). Throws FetchError with the reason. */
  async fetch(url: string, accept = "*/*"): Promise<Fetched> {
    let current = parseHttpUrl(url);
    for (let hop = 0; ; hop++) {
      await this.checkRobots(current);
      const res = await this.withRetries(current, accept);
      if (res.status >= 300 && res.status < 400 && res.location !== null) {
        if (hop >= MAX_REDIRECTS) throw new FetchError(`more than ${MAX_REDIRECTS} redirects`);
        let next: URL;
        try {
          next = parseHttpUrl(new URL(res.location, current).toString());
        } catch (err) {
          throw new FetchError(`redirect to an unusable location: ${(err as Error).message}`);
        }
        current = next;
        continue;
      }
      return { ...res.fetched, url, finalUrl: current.toString() };
    }
  }

  /** Runs `fn` when the host's previous request has ended and its delay has passed. */
  private onHost<T>(host: string, fn: () => Promise<T>): Promise<T> {
    const slot = this.hosts.get(host) ?? { tail: Promise.resolve(), lastEnd: 0, delayMs: this.config.delayMs };
    this.hosts.set(host, slot);
    const run = slot.tail.then(async () => {
      const wait = slot.lastEnd + slot.delayMs - Date.now();
      if (slot.lastEnd > 0 && wait > 0) await sleep(wait);
      try {
        return await fn();
      } finally {
        slot.lastEnd = Date.now();
      }
    });
    slot.tail = run.then(
      () => {},
      () => {},
    );
    return run;
  }

  private async checkRobots(url: URL): Promise<void> {
    if (!this.config.robots) return;
    let pending = this.robots.get(url.origin);
    if (!pending) {
      pending = this.loadRobots(url);
      this.robots.set(url.origin, pending);
    }
    const robots = await pending;
    if (robots === "allow-all") return;
    if ("denyAll" in robots) throw new FetchError(`robots.txt could not be read (${robots.denyAll}), so nothing on this site is fetched`);
    if (robots.isAllowed(url.toString(), this.config.userAgent) === false) throw new FetchError("forbidden by robots.txt");
  }

  private async loadRobots(url: URL): Promise<Robots> {
    const robotsUrl = new URL("/robots.txt", url.origin);
    let res;
    try {
      res = await this.withRetries(robotsUrl, "text/plain", ROBOTS_MAX_BYTES);
    } catch (err) {
      const reason = (err as Error).message;
      // A robots.txt that does not exist (4xx) allows everything; one that cannot be reached forbids everything.
      const status = /^HTTP (\d{3})/.exec(reason)?.[1];
      if (status && Number(status) >= 400 && Number(status) < 500) return "allow-all";
      return { denyAll: reason };
    }
    if (res.status >= 300) return "allow-all"; // a redirected robots.txt: treated as absent
    const robots = robotsParser(robotsUrl.toString(), new TextDecoder().decode(res.fetched.bytes));
    const crawlDelay = robots.getCrawlDelay(this.config.userAgent);
    if (crawlDelay && crawlDelay * 1000 > this.config.delayMs) {
      const slot = this.hosts.get(url.host);
      const delayMs = Math.min(crawlDelay * 1000, MAX_RETRY_AFTER_MS);
      if (slot) slot.delayMs = delayMs;
      else this.hosts.set(url.host, { tail: Promise.resolve(), lastEnd: 0, delayMs });
    }
    return robots;
  }

  /** One URL, no redirect following; retried on 429/5xx and dropped connections. */
  private async withRetries(url: URL, accept: string, maxBytes = this.config.maxBytes) {
    for (let attempt = 0; ; attempt++) {
      let retryAfter: number | null = null;
      try {
        const res = await this.onHost(url.host, () => this.once(url, accept, maxBytes));
        if (res.status === 429 || res.status >= 500) {
          if (attempt >= this.config.retries) throw new FetchError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""} (after ${attempt + 1} attempts)`);
          retryAfter = res.retryAfterMs;
        } else if (res.status >= 400) {
          throw new FetchError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`);
        } else {
          return res;
        }
      } catch (err) {
        if (err instanceof FetchError) throw err;
        const reason = networkReason(err, this.config.timeoutMs);
        const transient = !reason.startsWith("timed out") && attempt < this.config.retries;
        if (!transient) throw new FetchError(reason);
      }
      const backoff = this.config.backoffMs * 2 ** attempt;
      await sleep(Math.min(Math.max(retryAfter ?? 0, backoff), MAX_RETRY_AFTER_MS));
    }
  }

  private async once(url: URL, accept: string, maxBytes: number) {
    const signal = AbortSignal.timeout(this.config.timeoutMs);
    const res = await fetch(url, {
      headers: { "user-agent": this.config.userAgent, accept, "accept-language": "zh-CN,zh;q=0.9,en;q=0.5" },
      redirect: "manual",
      signal,
    });
    const location = res.status >= 300 && res.status < 400 ? res.headers.get("location") : null;
    const type = res.headers.get("content-type") ?? "";
    const [media, ...params] = type.split(";");
    const charset = params
      .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1])
      .find((c): c is string => Boolean(c));
    const base = {
      status: res.status,
      statusText: res.statusText,
      location,
      retryAfterMs: retryAfterMs(res.headers.get("retry-after")),
    };
    if (res.status >= 300) {
      await res.body?.cancel().catch(() => {});
      return { ...base, fetched: { status: res.status, contentType: "", bytes: new Uint8Array(0), fetchedAt: new Date().toISOString() } };
    }
    const declared = Number(res.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await res.body?.cancel().catch(() => {});
      throw new FetchError(tooLarge(declared, maxBytes));
    }
    const bytes = await readCapped(res, maxBytes);
    return {
      ...base,
      fetched: { status: res.status, contentType: media.trim().toLowerCase(), charset: charset?.toLowerCase(), bytes, fetchedAt: new Date().toISOString() },
    };
  }
}

export function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError("not a URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchError(`not an http(s) URL (${url.protocol})`);
  url.hash = "";
  return url;
}

const tooLarge = (size: number, max: number) =>
  `too large: ${(size / 1048576).toFixed(1)} MB, the limit is ${(max / 1048576).toFixed(1)} MB (INGEST_MAX_BYTES)`;

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new FetchError(tooLarge(size, maxBytes));
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** Retry-After in milliseconds: seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function networkReason(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === "TimeoutError" || e?.name === "AbortError") return `timed out after ${(timeoutMs / 1000).toFixed(timeoutMs % 1000 ? 1 : 0)} s`;
  const code = e?.cause?.code;
  switch (code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "host not found";
    case "ECONNREFUSED":
      return "connection refused";
    case "ECONNRESET":
    case "UND_ERR_SOCKET":
      return "connection reset";
    case "UND_ERR_HEADERS_TIMEOUT":
    case "UND_ERR_BODY_TIMEOUT":
      return `timed out after ${(timeoutMs / 1000).toFixed(0)} s`;
    default:
      return (e?.cause?.message ?? e?.message ?? String(err)).replace(/\s+/g, " ");
  }
}
