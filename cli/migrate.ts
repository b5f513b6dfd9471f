// npm run db:migrate — apply migrations/ (every command and npm start also do, under the same lock).
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { runCommand } from "./run";

async function main(): Promise<number> {
  const database = await openDatabase({ migrate: false });
  try {
    const applied = await runMigrations(database.db);
    console.log(`migrations: ${applied} applied on ${database.kind} (${database.location})`);
  } finally {
    await database.close();
  }
  return 0;
}

runCommand("db:migrate", main);
