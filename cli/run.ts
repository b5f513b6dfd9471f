// How every command ends: its exit code, or — when it throws — one line on
// stderr. A database failure (no server, a refused login, a missing database,
// migrations not applied) becomes the line of db/errors.ts with exit code 1;
// anything else is `<command>: <message>` with the command's own code. Never
// a stack trace: the person running the command cannot act on one.
import { explainDatabaseError } from "@/db/errors";
import { readDatabaseUrl } from "@/db/env";

/** An error's message on one line. */
function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/\s+/g, " ").trim();
}

/** The line for an error a command did not handle, and its exit code. */
export function failureLine(command: string, err: unknown, otherCode = 1): { line: string; code: number } {
  const explained = explainDatabaseError(err, readDatabaseUrl());
  if (explained) return { line: `${command}: ${explained}`, code: 1 };
  return { line: `${command}: ${oneLine(err)}`, code: otherCode };
}

/** Runs a command's main and exits with its code; `otherCode` is the exit code of an unexpected error. */
export function runCommand(command: string, main: () => Promise<number>, otherCode = 1): void {
  main().then(
    (code) => process.exit(code),
    (err) => {
      const { line, code } = failureLine(command, err, otherCode);
      console.error(line);
      process.exit(code);
    },
  );
}
