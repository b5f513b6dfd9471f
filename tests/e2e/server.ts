// A browser-test server: the README path (`npm start`'s script, cli/start.ts)
// after the test accounts are made with `npm run user -- add`, password on
// stdin, exactly as a new deployment gets its first admin. Accounts are made
// before the server starts: PGlite's folder has one owner at a time.
import { spawn, spawnSync } from "node:child_process";
import { E2E_ACCOUNTS, E2E_PASSWORD } from "./accounts";

for (const a of E2E_ACCOUNTS) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "cli/user.ts", "add", a.name, a.email, "--role", a.role], {
    input: `${E2E_PASSWORD}\n`,
    env: process.env,
    encoding: "utf8",
  });
  if (r.status !== 0 && !/exists already/.test(r.stderr)) {
    console.error(`e2e server: ${r.stderr.trim()}`);
    process.exit(1);
  }
}

const child = spawn(process.execPath, ["--import", "tsx", "cli/start.ts"], { stdio: "inherit", env: process.env });
for (const s of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(s, () => child.kill(s));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
