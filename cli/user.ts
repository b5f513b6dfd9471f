// npm run user -- add NAME EMAIL --role admin|editor   (password asked on a terminal, else the first line of stdin)
//                 list | disable EMAIL | enable EMAIL | role EMAIL admin|editor
// Accounts without a browser: how a new deployment gets its first admin.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { AccountError, createAccount, disableAccount, enableAccount, listAccounts, setRole, type AccountRow } from "@/accounts/manage";
import { runCommand } from "./run";

const USAGE = `usage: npm run user -- add NAME EMAIL --role admin|editor
       npm run user -- list
       npm run user -- disable EMAIL      (signed out everywhere at once)
       npm run user -- enable EMAIL
       npm run user -- role EMAIL admin|editor
The password of 'add' is asked for on a terminal, or read from the first line of standard input:
       printf '%s\\n' "$PASSWORD" | npm run --silent user -- add 张三 zhang@example.org --role editor`;

/** Reads a line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await askHidden("password: ");
    const again = await askHidden("password again: ");
    if (first !== again) throw new AccountError("the two passwords differ");
    return first;
  }
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0] ?? "";
}

const describe = (a: AccountRow) => `${a.email}\t${a.name}\t${a.role}\t${a.disabled ? "disabled" : "active"}`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { role: { type: "string" }, help: { type: "boolean", short: "h" } } });
  } catch (err) {
    console.error(`user: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  const arity: Record<string, number> = { add: 2, list: 0, disable: 1, enable: 1, role: 2 };
  if (parsed.values.help || !command || !(command in arity) || rest.length !== arity[command] || (command === "add" && !parsed.values.role)) {
    console.error(USAGE);
    return parsed.values.help ? 0 : 2;
  }
  // Read the password before opening the database: PGlite's folder is held no longer than needed.
  const password = command === "add" ? await readPassword() : "";
  const database = await openDatabase();
  try {
    switch (command) {
      case "add": {
        const a = await createAccount(database.db, { name: rest[0], email: rest[1], password, role: parsed.values.role });
        console.log(`user: added ${a.role} ${a.name} <${a.email}>`);
        break;
      }
      case "list": {
        const all = await listAccounts(database.db);
        if (all.length === 0) console.error("user: no accounts yet; add the first admin with npm run user -- add NAME EMAIL --role admin");
        for (const a of all) console.log(describe(a));
        break;
      }
      case "disable":
        console.log(`user: disabled ${describe(await disableAccount(database.db, rest[0]))} (signed out everywhere)`);
        break;
      case "enable":
        console.log(`user: enabled ${describe(await enableAccount(database.db, rest[0]))}`);
        break;
      case "role":
        console.log(`user: ${describe(await setRole(database.db, rest[0], rest[1]))}`);
        break;
    }
    return 0;
  } catch (err) {
    if (err instanceof AccountError) {
      console.error(`user: ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    await database.close();
  }
}

runCommand("user", () => main(process.argv.slice(2)));
