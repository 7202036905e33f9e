/**
 * `pnpm test`: the whole suite, as CI runs it. typecheck → lint → unit → integration (embedded
 * PGlite, then a real PostgreSQL server) → end-to-end in Chromium. Prints one closing line:
 * "N passed, N failed".
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "@atelier/db";
import { ensureChromium } from "./chromium.ts";
import { startPostgresServer, type PostgresServer } from "./postgres-server.ts";
import { run } from "./processes.ts";

const log = (l: string) => console.log(`\n[test] ${l}`);
const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const want = (step: string) => only.length === 0 || only.includes(step);
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-reports-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
const timings: string[] = [];
const bin = (pkg: string, rel: string) => path.join(repoRoot, "node_modules", pkg, rel);

async function step(name: string, fn: () => Promise<void>) {
  log(name);
  const t = Date.now();
  try {
    await fn();
  } finally {
    timings.push(`${name} ${((Date.now() - t) / 1000).toFixed(0)} s`);
  }
}

function countVitest(file: string) {
  const r = JSON.parse(fs.readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + r.numTodoTests;
}

async function vitest(project: string, tag: string, env: Record<string, string | undefined> = {}) {
  const out = path.join(reports, `${tag}.json`);
  try {
    await run(
      process.execPath,
      [bin("vitest", "vitest.mjs"), "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`],
      {
        cwd: repoRoot,
        env: { ...process.env, ...env },
      },
    );
  } finally {
    if (fs.existsSync(out)) countVitest(out);
  }
}

let pg: PostgresServer | null = null;
let failure: unknown = null;
const started = Date.now();
try {
  if (want("typecheck")) await step("typecheck", () => run("pnpm", ["typecheck"], { cwd: repoRoot }));
  if (want("lint")) await step("lint", () => run("pnpm", ["lint"], { cwd: repoRoot }));
  if (want("unit")) await step("unit tests", () => vitest("unit", "unit"));
  if (want("integration")) {
    await step("integration tests on embedded PGlite", () => vitest("integration", "int-pglite", { ATELIER_TEST_DB: "pglite", TEST_DATABASE_URL: "" }));
    pg = process.env.TEST_DATABASE_URL ? { url: process.env.TEST_DATABASE_URL, stop() {} } : await startPostgresServer(log);
    if (pg)
      await step("integration tests on PostgreSQL", () => vitest("integration", "int-postgres", { TEST_DATABASE_URL: pg!.url, ATELIER_TEST_DB: "postgres" }));
    else if (process.env.CI) throw new Error("CI must run the integration tests on a real PostgreSQL server, and none could be started");
    else log("no PostgreSQL server binaries found: skipped the PostgreSQL pass (CI always runs it)");
  }
  if (want("e2e")) {
    await step("end-to-end tests in Chromium", async () => {
      const chromium = ensureChromium(log);
      const out = path.join(reports, "e2e.json");
      try {
        await run(process.execPath, [bin("@playwright/test", "cli.js"), "test"], {
          cwd: repoRoot,
          env: { ...process.env, CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: out, PW_REPORTERS: "json" },
        });
      } finally {
        if (fs.existsSync(out)) {
          const s = (JSON.parse(fs.readFileSync(out, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }).stats;
          totals.passed += s.expected + s.flaky;
          totals.failed += s.unexpected;
          totals.skipped += s.skipped;
        }
      }
    });
  }
} catch (error) {
  failure = error;
} finally {
  pg?.stop();
}
log(`steps: ${timings.join(" · ")} · total ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (failure) {
  console.error(`\n[test] FAILED: ${(failure as Error).message}`);
  if (totals.failed === 0) totals.failed = 1;
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(failure || totals.failed ? 1 : 0);
