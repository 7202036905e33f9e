/** `pnpm --filter @atelier/stripe-sandbox start`: the sandbox as its own process, configured from the environment. */
import { startStripeSandbox } from "./index.ts";

/* eslint-disable no-restricted-properties -- a CLI reads its settings from the environment */
const env = process.env;
const port = Number(env.STRIPE_SANDBOX_PORT ?? 12111);
const sandbox = await startStripeSandbox({
  port,
  host: "127.0.0.1",
  publicUrl: env.STRIPE_SANDBOX_PUBLIC_URL || undefined,
  stateFile: env.STRIPE_SANDBOX_STATE_FILE || undefined,
  webhooks: env.STRIPE_SANDBOX_WEBHOOK_URL && env.STRIPE_WEBHOOK_SECRET ? [{ url: env.STRIPE_SANDBOX_WEBHOOK_URL, secret: env.STRIPE_WEBHOOK_SECRET }] : [],
});
console.log(`stripe sandbox listening on ${sandbox.url}`);
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    void sandbox.close().then(() => process.exit(0));
  });
}
