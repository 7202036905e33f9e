/**
 * Long-running embedded PostgreSQL (PGlite + pgvector) persisted under .data/pglite,
 * started by `pnpm dev` / `pnpm start` when DATABASE_URL is not set.
 */
import path from "node:path";
import { readDbEnv } from "../env.ts";
import { startEmbeddedPostgres } from "../embedded/server.ts";
import { dataDir } from "../paths.ts";

const env = readDbEnv();
const dir = path.join(dataDir(env.ATELIER_DATA_DIR), "pglite");
const server = await startEmbeddedPostgres({ dataDir: dir, port: env.EMBEDDED_DB_PORT });
console.log(`[db] embedded PostgreSQL (PGlite) on 127.0.0.1:${server.port}, data in ${dir}`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await server.stop().catch((e: unknown) => console.error("[db] stop failed", e));
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
