import { openDatabase } from "@/db/client";

const database = await openDatabase({ migrate: false });
try {
  const { runMigrations } = await import("@/db/migrate");
  const applied = await runMigrations(database.db);
  console.log(`migrations: ${applied} applied on ${database.kind} (${database.location})`);
} finally {
  await database.close();
}
