// PGlite takes no lock on its folder, and two processes writing one folder
// corrupt it silently (the server and an `npm run ingest` beside it, say).
// So whoever opens a folder leaves `<folder>.lock` with its pid beside it; a
// second live process is refused with a message saying what to do. A lock
// whose process is gone (killed, crashed) is stale and taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";

export class FolderInUseError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else — still alive.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock for this process; returns the function that releases it. */
export function lockFolder(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(lockPath, "utf8").trim() === String(process.pid)) rmSync(lockPath, { force: true });
        } catch {
          // already gone
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const holder = Number(readFileSync(lockPath, "utf8").trim());
    // The same process opening again (e.g. a test reopening after close) is its own business.
    if (holder === process.pid) return () => {};
    if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
      throw new FolderInUseError(
        `the embedded database ${dataDir} is in use by process ${holder} (npm start?): PGlite allows one process per folder. ` +
          `Stop that process first, upload through the running app (POST /api/ingest), or use a PostgreSQL server (DATABASE_URL).`,
      );
    }
    rmSync(lockPath, { force: true }); // stale: its process is gone
  }
  throw new FolderInUseError(`could not lock ${dataDir}`);
}
