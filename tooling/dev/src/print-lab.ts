import path from "node:path";
import { dataDir, repoRoot } from "@atelier/db";
import { isPortOpen } from "@atelier/db/embedded";
import { LOCAL_LAB_WEBHOOK_SECRET } from "@atelier/core/fulfilment";
import { startChild } from "./processes.ts";
import { waitForHttp } from "./wait-for.ts";

/**
 * The print lab for `./atelier dev`, a demo start and the e2e server: with PRINTFUL_API_KEY set, Printful
 * itself (nothing to start). Otherwise the local print lab (tooling/print-lab) as its own process, with its
 * state under the data directory, moving orders on every PRINT_LAB_STEP_SECONDS (15) and delivering
 * signed webhooks to this app. Sets PRINT_LAB_URL (and the shared webhook secret) in `env`. Returns the lab URL.
 */
export async function ensurePrintLab(env: Record<string, string | undefined>, appPort: string): Promise<string | null> {
  if (env.PRINTFUL_API_KEY) return null;
  const port = Number(env.PRINT_LAB_PORT ?? 12299);
  const url = `http://127.0.0.1:${port}`;
  env.PRINT_LAB_WEBHOOK_SECRET ??= LOCAL_LAB_WEBHOOK_SECRET;
  if (await isPortOpen(port)) {
    console.log(`[dev] using the print lab already running on port ${port}`);
  } else {
    startChild(
      "print lab",
      process.execPath,
      [path.join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs"), path.join(repoRoot, "tooling", "print-lab", "src", "cli.ts")],
      {
        env: {
          ...env,
          PRINT_LAB_PORT: String(port),
          PRINT_LAB_PUBLIC_URL: url,
          PRINT_LAB_STATE_FILE: path.join(dataDir(env.ATELIER_DATA_DIR), "print-lab", "state.json"),
          PRINT_LAB_WEBHOOK_URL: `http://localhost:${appPort}/api/webhooks/print-lab`,
        },
      },
    );
    await waitForHttp(`${url}/__lab/health`, 60_000);
  }
  env.PRINT_LAB_URL = url;
  return url;
}
