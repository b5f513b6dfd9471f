// The second browser-test server: `npm start`'s script against a fresh database
// on the real PostgreSQL server (DATABASE_URL), created here and dropped when
// Playwright stops the server (with SIGTERM: playwright.config.ts asks for a
// graceful shutdown), so the data-bearing specs run on both backends.
import { spawn } from "node:child_process";
import postgres from "postgres";

const server = process.env.E2E_PG_SERVER!;
const name = `e2e_${Date.now().toString(36)}_${process.pid}`;
const admin = postgres(server, { max: 1, onnotice: () => {} });
// A run that could not drop its database (killed, crashed) left it behind: its name says when it was
// made, and one older than a day belongs to no run still going
const STALE_MS = 24 * 3600_000;
for (const { datname } of await admin<{ datname: string }[]>`select datname from pg_database where datname like 'e2e\_%'`) {
  const made = parseInt(datname.split("_")[1] ?? "", 36);
  if (Number.isFinite(made) && Date.now() - made > STALE_MS) await admin.unsafe(`drop database if exists "${datname}" with (force)`).catch((e) => console.error(`pg-server: ${e}`));
}
await admin.unsafe(`create database ${name}`);
const url = new URL(server);
url.pathname = `/${name}`;
console.log(`pg-server: database ${name}`);

const child = spawn(process.execPath, ["--import", "tsx", "tests/e2e/server.ts"], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: url.toString() },
});
let dropping = false;
async function drop(code: number) {
  if (dropping) return;
  dropping = true;
  if (child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
  await admin.unsafe(`drop database if exists ${name} with (force)`).catch((e) => console.error(`pg-server: ${e}`));
  await admin.end();
  process.exit(code);
}
for (const s of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(s, () => void drop(0));
child.on("exit", (code) => void drop(code ?? 1));
