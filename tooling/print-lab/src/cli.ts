/** `pnpm --filter @atelier/print-lab start`: the lab as its own process, configured from the environment. */
import { startPrintLab } from "./index.ts";

/* eslint-disable no-restricted-properties -- a CLI reads its settings from the environment */
const env = process.env;
const lab = await startPrintLab({
  port: Number(env.PRINT_LAB_PORT ?? 12299),
  host: "127.0.0.1",
  publicUrl: env.PRINT_LAB_PUBLIC_URL || undefined,
  stateFile: env.PRINT_LAB_STATE_FILE || undefined,
  stepMs: env.PRINT_LAB_STEP_SECONDS ? Number(env.PRINT_LAB_STEP_SECONDS) * 1000 : undefined,
  webhooks: env.PRINT_LAB_WEBHOOK_URL && env.PRINT_LAB_WEBHOOK_SECRET ? [{ url: env.PRINT_LAB_WEBHOOK_URL, secret: env.PRINT_LAB_WEBHOOK_SECRET }] : [],
});
console.log(`print lab listening on ${lab.url}`);
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    void lab.close().then(() => process.exit(0));
  });
}
