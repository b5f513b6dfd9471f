// What one extraction worker does with one input: bytes → prepared document
// (decode, extract, shape). Pure, no database: the writer stays in the main thread.
import { prepareDocument, type IngestInput, type PrepareOptions, type PreparedDocument } from "./prepare";

export interface PrepareTask {
  input: IngestInput;
  hash: string;
  options?: PrepareOptions;
}

export type PrepareResult = { ok: true; prepared: PreparedDocument } | { ok: false; error: string; source: boolean };

export function prepareTask(task: PrepareTask): PrepareResult {
  try {
    return { ok: true, prepared: prepareDocument(task.input, task.hash, task.options) };
  } catch (err) {
    // Errors do not keep their class across threads: say whether it was the input's fault.
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: message, source: err instanceof Error && err.name === "SourceError" };
  }
}
