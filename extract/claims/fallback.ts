// TEMPORARY stand-ins for extract/segment.ts and extract/pubdate.ts until they
// land (owned by the foundations engineer); replaced by the real modules.
import type { DateSource } from "../types";

export function segmentFallback(text: string): { title: string; start: number; end: number }[] {
  const starts: { at: number; title: string }[] = [{ at: 0, title: "" }];
  const re = /(?:^|\n)(#{1,4} *([^\n]+))|(?:^|\n)(本报讯)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + (text[m.index] === "\n" ? 1 : 0);
    if (at === 0) continue;
    starts.push({ at, title: m[2] ?? "" });
  }
  return starts.map((s, i) => ({ title: s.title, start: s.at, end: starts[i + 1]?.at ?? text.length }));
}

export function pubdateFallback(text: string, fm?: string): { date: string | null; source: DateSource } {
  if (fm) return { date: fm, source: "front_matter" };
  const m = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*星期/.exec(text.slice(0, 3000));
  if (m) return { date: `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`, source: "masthead" };
  return { date: null, source: "unknown" };
}
