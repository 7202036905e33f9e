import { defineConfig } from "vitest/config";

// Two tiers by file suffix: `*.test.ts` are unit tests (no database); `*.int.test.ts` are
// integration tests against a real database (embedded PGlite per file, or the PostgreSQL
// server named by TEST_DATABASE_URL).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["{packages,apps,tooling}/**/*.test.ts"],
          exclude: ["**/node_modules/**", "**/*.int.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          // one migrated database for the run, copied per file (packages/db/src/testing/template.ts)
          globalSetup: ["packages/db/src/testing/global-setup.ts"],
          // one module graph per worker, not per file: importing the app and instantiating PGlite's WASM for each of
          // ~80 files was most of the pass (421 s → 176 s on PGlite). Files share nothing else: each makes its own
          // database, and no integration test uses vi.mock, vi.stubEnv or vi.stubGlobal (keep it so).
          isolate: false,
          include: ["{packages,apps,tooling}/**/*.int.test.ts"],
          exclude: ["**/node_modules/**"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
