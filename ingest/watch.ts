// The watch command's pure parts (cli/watch.ts runs them): durations and sources files.
import { isUrl } from "./sources/index";

/** "90s", "15m", "1h", "500ms" or plain seconds → milliseconds; null when unreadable. */
export function parseDuration(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/i.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? "s").toLowerCase();
  return Math.round(n * (unit === "ms" ? 1 : unit === "s" ? 1000 : unit === "m" ? 60_000 : 3_600_000));
}

/** URLs of a sources file: one per line, blank lines and # comments skipped. */
export function parseSourcesFile(text: string): { urls: string[]; errors: string[] } {
  const urls: string[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const s = line.replace(/#.*$/, "").trim();
    if (!s) return;
    if (isUrl(s)) urls.push(s);
    else errors.push(`line ${i + 1}: not an http(s) URL: ${s.slice(0, 80)}`);
  });
  return { urls, errors };
}
