/**
 * `pnpm dev` (and `pnpm start` with --production): everything Atelier needs, on embedded defaults
 * unless the environment names production services. Database → migrations → seed → Next.js.
 */
import path from "node:path";
import { dataDir, repoRoot } from "@atelier/db";
import { ensureDatabase } from "./database.ts";
import { ensurePaymentsSandbox } from "./payments-sandbox.ts";
import { ensurePrintLab } from "./print-lab.ts";
import { run, startChild } from "./processes.ts";
import { seedPayments } from "./seed-payments.ts";
import { seed } from "./seeding.ts";
import { startupPlan } from "./startup-plan.ts";
import { waitForHttp } from "./wait-for.ts";

const startOnly = process.argv.includes("--start-only");
const production = startOnly || process.argv.includes("--production");
const started = Date.now();
const env: Record<string, string | undefined> = { NEXT_TELEMETRY_DISABLED: "1", ...process.env };
const port = env.PORT ?? "3000";
const plan = startupPlan(env, production);
for (const notice of plan.notices) console.log(`[dev] ${notice}`);
if (plan.errors.length) {
  console.error(`[dev] a production start needs:\n${plan.errors.map((e) => `  - ${e}`).join("\n")}`);
  process.exit(1);
}
// development is a demo; the app reads the flag (generated AUTH_SECRET, the sandbox's published webhook secret)
if (plan.demo) env.ATELIER_DEMO = "1";
const url = await ensureDatabase(env);
const { admin } = await seed(url, env, plan);
if (!env.DATABASE_URL) env.DATABASE_URL = url;
const sandboxUrl = plan.sandbox ? await ensurePaymentsSandbox(env, port) : null;
const printLabUrl = plan.printLab ? await ensurePrintLab(env, port) : null;
if (sandboxUrl && plan.catalogue) {
  await seedPayments(url, sandboxUrl, env.APP_URL ?? `http://localhost:${port}`, (l) => console.log(`[seed] ${l}`));
}

const webDir = path.join(repoRoot, "apps", "web");
const nextBin = path.join(webDir, "node_modules", "next", "dist", "bin", "next");
if (production && !startOnly) {
  await run(process.execPath, [nextBin, "build"], { cwd: webDir, env: { ...env, NODE_ENV: "production" } });
}
const devArgs = process.argv.includes("--webpack") ? ["--webpack"] : [];
startChild("next", process.execPath, [nextBin, ...(production ? ["start"] : ["dev", ...devArgs]), "--port", port], {
  cwd: webDir,
  env: { ...env, NODE_ENV: production ? "production" : "development" },
});
await waitForHttp(`http://localhost:${port}/api/trpc/health`);
console.log(`
  Atelier is running at http://localhost:${port}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)
  Database: ${process.env.DATABASE_URL ? "DATABASE_URL" : `embedded PGlite in ${path.join(dataDir(env.ATELIER_DATA_DIR), "pglite")}`}
  Payments: ${sandboxUrl ? `local Stripe sandbox at ${sandboxUrl} (test cards: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined)` : "Stripe (STRIPE_SECRET_KEY)"}
  Prints:   ${printLabUrl ? `local print lab at ${printLabUrl} (orders move on every ${env.PRINT_LAB_STEP_SECONDS ?? 15} s; parcels are simulated)` : env.PRINTFUL_API_KEY ? "Printful (PRINTFUL_API_KEY)" : "no print lab (set PRINTFUL_API_KEY)"}
  Jobs:     ${env.INNGEST_EVENT_KEY || env.INNGEST_DEV || env.INNGEST_BASE_URL ? "Inngest" : "in-process (no Inngest server configured)"}
  ${admin ? `Sign in as admin: ${admin.email} / ${admin.password}` : "No admin account (set ADMIN_EMAIL + ADMIN_PASSWORD, or sign up with ADMIN_EMAIL and confirm it)"}
`);
