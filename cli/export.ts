// npm run export -- FILE   (JSON Lines; `-` or no FILE writes to standard output)
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { openDatabase } from "@/db/client";
import { exportDatabase } from "@/db/transfer";

const target = process.argv[2] ?? "-";
const out = target === "-" ? process.stdout : createWriteStream(target);
const database = await openDatabase();
try {
  const { counts, checksum } = await exportDatabase(database.db, async (line) => {
    if (!out.write(line)) await once(out, "drain");
  });
  if (out !== process.stdout) {
    out.end();
    await once(out, "finish");
  }
  console.error(
    `export: ${counts.documents} documents, ${counts.articles} articles, ${counts.claims} claims, ${counts.claimAudit} audit entries, ${counts.indicators} indicators, ${counts.metricMappings} metric mappings → ${target} (sha256 of rows ${checksum})`,
  );
} catch (err) {
  console.error(`export: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
