import path from "node:path";
import { applyMigrations, embeddedDatabaseUrl, repoRoot } from "@atelier/db";
import { isPortOpen } from "@atelier/db/embedded";
import { startChild } from "./processes.ts";
import { waitForPort } from "./wait-for.ts";

/**
 * Makes sure a migrated database is reachable and returns its URL: DATABASE_URL when set,
 * otherwise the embedded PGlite server (started here unless one is already running).
 */
export async function ensureDatabase(env: Record<string, string | undefined>): Promise<string> {
  let url = env.DATABASE_URL;
  if (!url) {
    const port = Number(env.EMBEDDED_DB_PORT ?? 54329);
    url = embeddedDatabaseUrl(port);
    if (await isPortOpen(port)) {
      console.log(`[dev] using the embedded database already running on port ${port}`);
    } else {
      startChild("embedded database", process.execPath, [
        path.join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs"),
        path.join(repoRoot, "packages", "db", "src", "cli", "embedded-server.ts"),
      ]);
      await waitForPort(port);
    }
  }
  const { applied } = await applyMigrations(url);
  if (applied.length) console.log(`[dev] applied migrations: ${applied.join(", ")}`);
  return url;
}
