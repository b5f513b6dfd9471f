// A PDF edition → one text per page, in reading order (pdfjs-dist reads the
// text layer; this module orders it).
//
// A PDF's text comes in drawing order, which for a newspaper page is often not
// the order a person reads: a layout program may draw column 2 before column
// 1, or the masthead last. So the text items are first joined into line
// fragments (same baseline, touching), then ordered by recursive XY-cut: split
// the page at its widest gutter (a vertical band with no text: columns, read
// left to right) or its widest horizontal gap (bands, read top to bottom),
// whichever is wider relative to the type size, and so on inside each part.
// A page with no text items has no text layer (a scan): it needs OCR first.
import { existsSync } from "node:fs";
import path from "node:path";

export const NO_TEXT_LAYER = "no text layer: OCR needed";

export interface PdfPage {
  /** 1-based. */
  page: number;
  /** The page's text in reading order, or null when it has no text layer. */
  text: string | null;
}

export class PdfError extends Error {}

interface Item {
  str: string;
  x0: number;
  x1: number;
  /** Baseline (PDF space: up is larger). */
  y: number;
  size: number;
}

interface Fragment {
  x0: number;
  x1: number;
  /** Bottom and top of the line box. */
  y0: number;
  y1: number;
  size: number;
  text: string;
}

/**
 * pdfjs-dist's folder: resolved by Node from here, else under the working
 * directory's node_modules. Node's own module API is fetched at run time:
 * Next's server build would otherwise turn the lookup into a module id.
 */
function pdfjsRoot(): string | null {
  try {
    const nodeModule = (process as unknown as { getBuiltinModule?: (id: string) => typeof import("node:module") }).getBuiltinModule?.("node:module");
    const resolved: unknown = nodeModule?.createRequire(import.meta.url).resolve("pdfjs-dist/package.json");
    if (typeof resolved === "string") return path.dirname(resolved);
  } catch {
    /* fall through */
  }
  const guess = path.join(process.cwd(), "node_modules", "pdfjs-dist");
  return existsSync(guess) ? guess : null;
}

/** pdfjs-dist's own CMaps and standard fonts: CJK PDFs that use predefined CMaps need them to yield text. */
function pdfjsAssets() {
  const root = pdfjsRoot();
  if (!root) return {};
  return { cMapUrl: path.join(root, "cmaps") + path.sep, standardFontDataUrl: path.join(root, "standard_fonts") + path.sep };
}

/** Text of every page. Throws PdfError when the file is not a readable PDF. */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of (detaches) the buffer it is given.
    data: new Uint8Array(bytes),
    ...pdfjsAssets(),
    cMapPacked: true,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    const name = (err as Error)?.name;
    if (name === "PasswordException") throw new PdfError("the PDF is password-protected");
    throw new PdfError(`not a readable PDF: ${((err as Error)?.message ?? String(err)).replace(/\s+/g, " ")}`);
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        // Spaces stay: they bridge the words of one line (今日衢江　2025年…) that a gutter would not.
        if (!("str" in raw) || raw.str === "") continue;
        const [a, b, c, d, e, f] = raw.transform as number[];
        // Horizontal text only: rotated items keep drawing order at the end.
        const size = Math.hypot(c, d) || Math.hypot(a, b) || raw.height || 10;
        items.push({ str: raw.str, x0: e, x1: e + (raw.width || size * raw.str.length), y: f, size });
      }
      page.cleanup();
      const hasText = items.some((i) => i.str.trim() !== "");
      pages.push({ page: n, text: hasText ? pageText(items) : null });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** The page's items in reading order, one line per line fragment, a blank line between blocks. */
export function pageText(items: Item[]): string {
  const fragments = toFragments(items);
  const blocks = xyCut(fragments, medianSize(fragments));
  return blocks
    .map((block) => linesOf(block).join("\n"))
    .join("\n\n")
    .trim();
}

function medianSize(fragments: Fragment[]): number {
  const sizes = fragments.map((f) => f.size).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] || 10;
}

const isWide = (ch: string) => /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch);

/** Items on one baseline that touch become one fragment; a wide space (a gutter) starts another. */
function toFragments(items: Item[]): Fragment[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x0 - q.x0);
  const out: Fragment[] = [];
  let cur: Fragment | null = null;
  let lastY = NaN;
  for (const it of sorted) {
    const blank = it.str.trim() === "";
    const sameLine = cur !== null && Math.abs(it.y - lastY) <= 0.3 * Math.min(it.size, cur.size);
    const gap = cur ? it.x0 - cur.x1 : Infinity;
    if (cur && sameLine && gap <= 0.9 * Math.max(it.size, cur.size) && gap > -0.5 * it.size) {
      const spaced = gap > 0.2 * it.size && !(isWide(cur.text.at(-1) ?? "") || isWide(it.str[0] ?? ""));
      cur.text += blank ? " " : (spaced ? " " : "") + it.str;
      cur.x1 = Math.max(cur.x1, it.x1);
      cur.y0 = Math.min(cur.y0, it.y - 0.2 * it.size);
      cur.y1 = Math.max(cur.y1, it.y + 0.8 * it.size);
      cur.size = Math.max(cur.size, it.size);
      continue;
    }
    if (blank) continue; // a space that starts nothing
    cur = { x0: it.x0, x1: it.x1, y0: it.y - 0.2 * it.size, y1: it.y + 0.8 * it.size, size: it.size, text: it.str };
    lastY = it.y;
    out.push(cur);
  }
  return out;
}

/** Widest empty band of a projection: [gap width, cut position], or null. */
function widestGap(spans: Array<[number, number]>): { width: number; at: number } | null {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let best: { width: number; at: number } | null = null;
  let reach = sorted[0]?.[1] ?? 0;
  for (let i = 1; i < sorted.length; i++) {
    const [start, end] = sorted[i];
    if (start > reach) {
      const width = start - reach;
      if (!best || width > best.width) best = { width, at: (start + reach) / 2 };
    }
    reach = Math.max(reach, end);
  }
  return best;
}

/** Recursive XY-cut; returns blocks (fragments that read as one run) in reading order. */
function xyCut(fragments: Fragment[], em: number, depth = 0): Fragment[][] {
  if (fragments.length <= 1 || depth > 200) return [fragments];
  const column = widestGap(fragments.map((f) => [f.x0, f.x1]));
  const band = widestGap(fragments.map((f) => [f.y0, f.y1]));
  // A gutter must be about a character wide; a band gap wider than line spacing.
  const columnScore = column && column.width >= 0.8 * em ? column.width / em : 0;
  const bandScore = band && band.width >= 0.25 * em ? band.width / em : 0;
  if (columnScore === 0 && bandScore === 0) return [fragments];
  if (columnScore >= bandScore) {
    const left = fragments.filter((f) => f.x1 <= column!.at);
    const right = fragments.filter((f) => f.x1 > column!.at);
    return [...xyCut(left, em, depth + 1), ...xyCut(right, em, depth + 1)];
  }
  const top = fragments.filter((f) => f.y0 >= band!.at);
  const bottom = fragments.filter((f) => f.y0 < band!.at);
  const lineGapOnly = bandScore < 0.8;
  const parts = [...xyCut(top, em, depth + 1), ...xyCut(bottom, em, depth + 1)];
  // Cutting at ordinary line spacing splits lines of one block, not blocks: join them back.
  return lineGapOnly ? [parts.flat()] : parts;
}

function linesOf(block: Fragment[]): string[] {
  return block.map((f) => f.text.trim()).filter(Boolean);
}
