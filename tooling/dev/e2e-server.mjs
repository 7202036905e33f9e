// Starts Atelier for the Playwright run: a fresh data directory and embedded database on free
// ports, then the production build (built here unless E2E_SKIP_BUILD=1 and a build exists).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const dataDir = path.join(root, ".data", `e2e-${process.env.E2E_PORT ?? "3100"}`);
fs.rmSync(dataDir, { recursive: true, force: true });
const env = {
  ...process.env,
  ATELIER_DATA_DIR: dataDir,
  EMBEDDED_DB_PORT: process.env.E2E_DB_PORT ?? "54339",
  PORT: process.env.E2E_PORT ?? "3100",
  // a production build with the demo accounts and the payments sandbox
  ATELIER_DEMO: "1",
  // payments always go to a fresh local sandbox here, whatever the shell has configured
  STRIPE_SANDBOX_PORT: process.env.E2E_SANDBOX_PORT ?? "12199",
  // and print orders to a fresh local print lab on the next port, moving every 2 s (tests advance it at will)
  PRINT_LAB_PORT: process.env.E2E_PRINT_LAB_PORT ?? String(Number(process.env.E2E_SANDBOX_PORT ?? "12199") + 1),
  PRINT_LAB_STEP_SECONDS: process.env.PRINT_LAB_STEP_SECONDS ?? "2",
  // every browser test signs up from 127.0.0.1 (nothing may pretend otherwise: X-Forwarded-For is not
  // believed); the limit itself is covered by integration tests and e2e/security.spec.ts, which starts
  // a second server on this build with a limit of 3
  RATE_LIMIT_SIGN_UPS_PER_HOUR: "10000",
  // the same for the assistants; their limits are covered by the chat route tests
  ASSISTANT_REQUESTS_PER_MINUTE: "10000",
  ASSISTANT_VISITOR_REQUESTS_PER_DAY: "10000",
  // the demo catalogue's product mockups are not backfilled here (~350 drawings would compete with the tests);
  // works published or edited during a test still get theirs
  ATELIER_MOCKUP_BACKFILL: process.env.ATELIER_MOCKUP_BACKFILL ?? "0",
};
// the offline assistant, whatever the shell has configured
delete env.GOOGLE_GENERATIVE_AI_API_KEY;
delete env.AI_BASE_URL;
delete env.DATABASE_URL;
delete env.STRIPE_SECRET_KEY;
delete env.STRIPE_WEBHOOK_SECRET;
delete env.PRINTFUL_API_KEY;
delete env.PRINTFUL_WEBHOOK_SECRET;
delete env.PRINT_LAB_URL;
delete env.PRINT_LAB_WEBHOOK_SECRET;
const args = [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), path.join(root, "tooling", "dev", "src", "dev.ts")];
args.push(process.env.E2E_SKIP_BUILD === "1" && fs.existsSync(path.join(root, "apps", "web", ".next", "BUILD_ID")) ? "--start-only" : "--production");
const child = spawn(process.execPath, args, { stdio: "inherit", env, cwd: root });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
