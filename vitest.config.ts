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
          include: ["{packages,apps,tooling}/**/*.int.test.ts"],
          exclude: ["**/node_modules/**"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
