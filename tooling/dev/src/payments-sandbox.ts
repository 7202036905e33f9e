import path from "node:path";
import { dataDir, repoRoot } from "@atelier/db";
import { isPortOpen } from "@atelier/db/embedded";
import { SANDBOX_WEBHOOK_SECRET } from "@atelier/core/payments";
import { startChild } from "./processes.ts";
import { waitForHttp } from "./wait-for.ts";

/**
 * Payments for `pnpm dev`, a demo start (ATELIER_DEMO=1) and the e2e server: with STRIPE_SECRET_KEY set,
 * Stripe itself (nothing to start). Otherwise the local sandbox (tooling/stripe-sandbox) as its own process, with
 * its state under the data directory, delivering signed webhooks to this app. Sets
 * STRIPE_SANDBOX_URL (and the shared webhook secret) in `env` for the app. Returns the sandbox URL.
 */
export async function ensurePaymentsSandbox(env: Record<string, string | undefined>, appPort: string): Promise<string | null> {
  if (env.STRIPE_SECRET_KEY) return null;
  const port = Number(env.STRIPE_SANDBOX_PORT ?? 12111);
  const url = `http://127.0.0.1:${port}`;
  env.STRIPE_WEBHOOK_SECRET ??= SANDBOX_WEBHOOK_SECRET;
  if (await isPortOpen(port)) {
    console.log(`[dev] using the payments sandbox already running on port ${port}`);
  } else {
    startChild(
      "payments sandbox",
      process.execPath,
      [path.join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs"), path.join(repoRoot, "tooling", "stripe-sandbox", "src", "cli.ts")],
      {
        env: {
          ...env,
          STRIPE_SANDBOX_PORT: String(port),
          STRIPE_SANDBOX_PUBLIC_URL: url,
          STRIPE_SANDBOX_STATE_FILE: path.join(dataDir(env.ATELIER_DATA_DIR), "stripe-sandbox", "state.json"),
          STRIPE_SANDBOX_WEBHOOK_URL: `http://localhost:${appPort}/api/webhooks/stripe`,
        },
      },
    );
    await waitForHttp(`${url}/__sandbox/health`, 60_000);
  }
  env.STRIPE_SANDBOX_URL = url;
  return url;
}
