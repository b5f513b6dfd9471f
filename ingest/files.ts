// Paths on the command line → a stream of file contents, never holding more
// than one file in memory. Folders are walked recursively in name order;
// symlinked folders are followed once (a loop is noticed by real path, not
// walked forever); anything that cannot be read becomes an error item that the
// batch reports and steps over.
import { open, opendir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { IngestItem } from "./index";
import { pdfItems } from "./sources/index";

export const INGEST_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm", ".pdf"]);

// The size limit lives in ./limits (sources/config reads it too, without importing this module back).
import { DEFAULT_MAX_BYTES } from "./limits";
export { DEFAULT_MAX_BYTES, maxBytesFromEnv } from "./limits";

export type InputEntry =
  | { kind: "stdin" }
  | { kind: "file"; path: string }
  | { kind: "error"; path: string; error: string };

const ingestable = (p: string) => INGEST_EXTENSIONS.has(path.extname(p).toLowerCase());

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "symlink loop";
    case "EISDIR":
      return "is a directory";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    default:
      return err instanceof Error ? err.message.replace(/\s+/g, " ") : String(err);
  }
}

/** Expands the arguments into the files to ingest; `-` is standard input. */
export async function listInputs(args: string[]): Promise<InputEntry[]> {
  const out: InputEntry[] = [];
  const visited = new Set<string>();
  for (const arg of args) {
    if (arg === "-") {
      out.push({ kind: "stdin" });
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (err) {
      out.push({ kind: "error", path: arg, error: describeFsError(err) });
      continue;
    }
    // A file named explicitly is ingested whatever its extension; folders only yield known ones.
    if (info.isDirectory()) await walk(arg, visited, out);
    else if (info.isFile()) out.push({ kind: "file", path: arg });
    else out.push({ kind: "error", path: arg, error: "not a regular file" });
  }
  return out;
}

async function walk(dir: string, visited: Set<string>, out: InputEntry[]): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (err) {
    out.push({ kind: "error", path: dir, error: describeFsError(err) });
    return;
  }
  if (visited.has(real)) return; // reached again through a symlink: a loop or a duplicate
  visited.add(real);
  let names: Array<{ name: string; isDir: boolean; isFile: boolean; isLink: boolean }>;
  try {
    names = [];
    for await (const d of await opendir(dir)) {
      names.push({ name: d.name, isDir: d.isDirectory(), isFile: d.isFile(), isLink: d.isSymbolicLink() });
    }
  } catch (err) {
    out.push({ kind: "error", path: dir, error: `cannot read folder: ${describeFsError(err)}` });
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const full = path.join(dir, entry.name);
    let isDir = entry.isDir;
    let isFile = entry.isFile;
    if (entry.isLink) {
      try {
        const target = await stat(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (err) {
        // A dangling or looping link only matters if it looks like an article.
        if (ingestable(full)) out.push({ kind: "error", path: full, error: describeFsError(err) });
        continue;
      }
    }
    if (isDir) await walk(full, visited, out);
    else if (!ingestable(full)) continue;
    else if (isFile) out.push({ kind: "file", path: full });
    else out.push({ kind: "error", path: full, error: "not a regular file" });
  }
}

/** Reads the entries one at a time; too-large and unreadable files become error items; a PDF becomes its pages. */
export async function* readInputs(
  entries: InputEntry[],
  maxBytes = DEFAULT_MAX_BYTES,
  stdin: NodeJS.ReadableStream = process.stdin,
): AsyncGenerator<IngestItem> {
  for (const entry of entries) {
    if (entry.kind === "error") {
      yield { fileName: path.basename(entry.path), sourcePath: entry.path, error: entry.error };
    } else if (entry.kind === "stdin") {
      yield await readStdin(stdin, maxBytes);
    } else {
      const item = await readFileBounded(entry.path, maxBytes);
      if ("bytes" in item && isPdf(entry.path, item.bytes)) yield* pdfItems(item.bytes, { name: item.fileName, sourcePath: entry.path });
      else yield item;
    }
  }
}

/** A .pdf file, or any file that starts like one (a PDF saved without its extension). */
const isPdf = (file: string, bytes: Uint8Array) =>
  path.extname(file).toLowerCase() === ".pdf" || (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d);

const tooLarge = (size: number, max: number) =>
  `too large: ${(size / 1048576).toFixed(1)} MB, the limit is ${(max / 1048576).toFixed(1)} MB (INGEST_MAX_BYTES)`;

export async function readFileBounded(file: string, maxBytes: number): Promise<IngestItem> {
  const base = { fileName: path.basename(file), sourcePath: file };
  let handle;
  try {
    handle = await open(file, "r");
  } catch (err) {
    return { ...base, error: describeFsError(err) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ...base, error: "not a regular file" };
    if (info.size > maxBytes) return { ...base, error: tooLarge(info.size, maxBytes) };
    const bytes = await handle.readFile();
    // The file may have grown between stat and read.
    if (bytes.length > maxBytes) return { ...base, error: tooLarge(bytes.length, maxBytes) };
    return { ...base, bytes };
  } catch (err) {
    return { ...base, error: describeFsError(err) };
  } finally {
    await handle.close();
  }
}

async function readStdin(stdin: NodeJS.ReadableStream, maxBytes: number): Promise<IngestItem> {
  const base = { fileName: "stdin", sourcePath: "-" };
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stdin) {
      const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      // Stop reading at the limit instead of buffering an unbounded stream.
      if (size > maxBytes) return { ...base, error: tooLarge(size, maxBytes) };
      parts.push(buf);
    }
  } catch (err) {
    return { ...base, error: describeFsError(err) };
  }
  return { ...base, bytes: Buffer.concat(parts) };
}
