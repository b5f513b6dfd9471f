// Entry of an extraction worker thread (ingest/pool.ts). Plain JavaScript so
// Node can start it from any host (the tsx CLI, vitest, a bench child): it
// registers tsx itself, then loads the TypeScript task. The worker only
// extracts: it never opens the database.
import { register } from "tsx/esm/api";

register();
const { prepareTask } = await import("./prepare-task.ts");

export default prepareTask;
