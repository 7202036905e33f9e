/** `pnpm ai:backfill`: embed every public artwork that is missing an up-to-date embedding (embedded DB started if needed). */
import { ensureDatabase } from "./database.ts";
import { embedCatalogue } from "./embeddings.ts";
import { stopAll } from "./processes.ts";

let code = 0;
try {
  const url = await ensureDatabase(process.env);
  await embedCatalogue(url, process.env, (l) => console.log(`[ai:backfill] ${l}`));
} catch (e) {
  console.error(`[ai:backfill] failed: ${e instanceof Error ? e.message : String(e)}`);
  code = 1;
}
await stopAll(code);
