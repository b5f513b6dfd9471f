// npm run import -- FILE   (an export of `npm run export`; `-` reads standard input)
// Restores into an empty database only, in one transaction.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { openDatabase } from "@/db/client";
import { databaseChecksum, importDatabase } from "@/db/transfer";

const source = process.argv[2];
if (!source) {
  console.error("usage: npm run import -- FILE");
  process.exit(2);
}
// Lazily: readline starts reading at creation, and lines emitted before
// anyone iterates (importDatabase first checks the database is empty) are lost.
async function* lines(): AsyncGenerator<string> {
  const input = source === "-" ? process.stdin : createReadStream(source!, { encoding: "utf8" });
  yield* createInterface({ input, crlfDelay: Infinity });
}

const database = await openDatabase();
try {
  const counts = await importDatabase(database.db, lines());
  const { checksum } = await databaseChecksum(database.db);
  console.error(
    `import: ${counts.documents} documents, ${counts.articles} articles, ${counts.claims} claims, ${counts.claimAudit} audit entries, ${counts.indicators} indicators, ${counts.metricMappings} metric mappings (sha256 of rows ${checksum})`,
  );
} catch (err) {
  console.error(`import: ${source}: ${err instanceof Error ? err.message.replace(/\s+/g, " ") : String(err)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
