// Database failures a person can act on. A command that cannot reach its
// database (no server, a refused login, a missing database, migrations not
// applied) says so in one line that names DATABASE_URL (password masked), the
// host, and what to do — not a Node stack trace or a bare `connect ECONNREFUSED`.
// The rules are data (PROBLEMS); db/errors.cases.ts holds their examples.
import { FolderInUseError } from "./pglite-lock";

/** The URL with its password replaced by ***, or a placeholder if it does not parse. */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(not a URL)";
  }
}

/** What a message may say about the server: host:port, user and database, from the URL. */
export interface Target {
  /** The masked URL, as printed. */
  masked: string;
  host: string;
  user: string;
  database: string;
}

export function targetOf(url: string): Target {
  try {
    const u = new URL(url);
    return {
      masked: maskUrl(url),
      host: `${u.hostname || "localhost"}:${u.port || "5432"}`,
      user: decodeURIComponent(u.username) || "(default user)",
      database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "(default database)",
    };
  } catch {
    return { masked: maskUrl(url), host: "(unknown host)", user: "(unknown user)", database: "(unknown database)" };
  }
}

/** The fields of an error (and of its causes) that say what went wrong. */
interface ErrorFacts {
  code?: string;
  message: string;
}

/** The error and every error it wraps (drizzle wraps driver errors in `cause`; Node's happy-eyeballs in `errors`). */
function* chain(err: unknown, depth = 0): Generator<ErrorFacts> {
  if (depth > 5 || err === null || typeof err !== "object") return;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  yield { code: typeof e.code === "string" ? e.code : undefined, message: typeof e.message === "string" ? e.message : "" };
  if (e.cause) yield* chain(e.cause, depth + 1);
  if (Array.isArray(e.errors)) for (const inner of e.errors) yield* chain(inner, depth + 1);
}

interface Problem {
  /** Node errno codes or PostgreSQL SQLSTATEs this rule answers. */
  codes: string[];
  /** The line, given the server and the matching error. */
  say: (t: Target, e: ErrorFacts) => string;
}

const FIX_URL = "or correct DATABASE_URL (unset it to use the embedded database)";

/** First matching rule wins; order from the most specific. */
export const PROBLEMS: Problem[] = [
  {
    codes: ["ECONNREFUSED"],
    say: (t) => `cannot reach the database server at ${t.host}: connection refused (DATABASE_URL=${t.masked}). Start PostgreSQL there, ${FIX_URL}.`,
  },
  {
    codes: ["ENOTFOUND", "EAI_AGAIN"],
    say: (t) => `cannot reach the database server at ${t.host}: no such host (DATABASE_URL=${t.masked}). Check the host name, ${FIX_URL}.`,
  },
  {
    codes: ["ETIMEDOUT", "CONNECT_TIMEOUT", "EHOSTUNREACH", "ENETUNREACH", "ECONNRESET"],
    say: (t) =>
      `cannot reach the database server at ${t.host}: no answer (DATABASE_URL=${t.masked}). Check that PostgreSQL runs there and a firewall lets this machine in, ${FIX_URL}.`,
  },
  {
    // 28P01 wrong password; 28000 no such role, or no pg_hba.conf entry for this client.
    codes: ["28P01", "28000"],
    say: (t, e) =>
      `the database server at ${t.host} refused the login of ${t.user}: ${e.message} (DATABASE_URL=${t.masked}). Check the user and password in DATABASE_URL, or the server's pg_hba.conf.`,
  },
  {
    codes: ["3D000"],
    say: (t) =>
      `the database ${t.database} does not exist on the server at ${t.host} (DATABASE_URL=${t.masked}). Create it (createdb -h ${t.host.replace(/:\d+$/, "")} -p ${t.host.replace(/^.*:/, "")} -U ${t.user} ${t.database}) ${FIX_URL}.`,
  },
  {
    // An undefined table or column: the code expects a schema the database does not have yet.
    codes: ["42P01", "42703"],
    say: (t, e) =>
      `the database ${t.database} at ${t.host} is missing part of the schema (${e.message}): its migrations are not applied (DATABASE_URL=${t.masked}). Run npm run db:migrate.`,
  },
  {
    codes: ["42501"],
    say: (t, e) =>
      `the database user ${t.user} may not change the schema of ${t.database} at ${t.host} (${e.message}) (DATABASE_URL=${t.masked}). Run npm run db:migrate as the database's owner, or grant ${t.user} the rights.`,
  },
  {
    codes: ["57P03", "53300"],
    say: (t, e) => `the database server at ${t.host} cannot take a connection now: ${e.message} (DATABASE_URL=${t.masked}). Try again in a moment.`,
  },
];

export class DatabaseConfigError extends Error {}

/**
 * One line saying what is wrong with the database and what to do, or null when
 * the error is not one of the known database failures (then the caller reports
 * it as it would anyway). `databaseUrl` is the URL in use (DATABASE_URL); with
 * none, the embedded database is in use and only its own errors are explained.
 */
export function explainDatabaseError(err: unknown, databaseUrl: string | undefined): string | null {
  if (err instanceof DatabaseConfigError || err instanceof FolderInUseError) return err.message;
  if (!databaseUrl) return null;
  const target = targetOf(databaseUrl);
  for (const facts of chain(err)) {
    if (!facts.code) continue;
    const problem = PROBLEMS.find((p) => p.codes.includes(facts.code!));
    if (problem) return problem.say(target, { ...facts, message: facts.message.replace(/\s+/g, " ").trim() });
  }
  return null;
}
