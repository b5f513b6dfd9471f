// PLACEHOLDER until the extractor lands (issue 3): bytes of a .txt/.md/.html
// file → plain text + validated front matter, or a SourceError naming the problem.
import type { FrontMatter } from "./types";

export class SourceError extends Error {}

export interface Source {
  text: string;
  frontMatter: FrontMatter;
  /** Encoding the bytes were decoded from. */
  encoding: string;
}

export function readSource(bytes: Uint8Array, fileName: string): Source {
  if (bytes.length === 0) throw new SourceError("empty file");
  void fileName;
  return { text: new TextDecoder("utf-8").decode(bytes), frontMatter: {}, encoding: "utf-8" };
}
