import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// The dev-only migration tooling (not a dependency of @atelier/db, so imported by path).
import { diffMigrationsToSchema, engineHash, expectedEngineHash, loadDbProject, paths, readMigrations } from "../../../tooling/prisma-migrate/src/index.ts";

/**
 * schema.prisma and prisma/migrations/ must describe the same database. The migrations are applied
 * to a fresh in-memory PGlite and Prisma's own schema engine (the version packages/db's prisma
 * bundles, as WebAssembly) diffs that database against schema.prisma; any pending SQL fails the
 * test. Offline, about 5 s. See tooling/prisma-migrate/README.md.
 */
describe("prisma migrations", () => {
  it("produce exactly the database described by schema.prisma", async () => {
    const project = await loadDbProject();
    const outcome = await diffMigrationsToSchema(project);

    expect(outcome.migrations.length, "no migrations found").toBeGreaterThan(0);
    if (!outcome.empty) {
      expect.fail(
        [
          `packages/db/prisma/schema.prisma and packages/db/prisma/migrations/ disagree.`,
          `Applying the migrations and then this SQL would give the schema:`,
          ``,
          outcome.sql.trim(),
          ``,
          `- Changed schema.prisma? Run \`pnpm db:diff <migration_name>\` and commit the new migration.`,
          `- Wrote SQL by hand? If the SQL above undoes it, declare what Prisma can express in`,
          `  schema.prisma (e.g. \`search Unsupported("tsvector")?\`, \`@@index([search], type: Gin)\`).`,
          `  See tooling/prisma-migrate/README.md.`,
        ].join("\n"),
      );
    }
  });

  it("are diffed with the schema engine of packages/db's prisma version", () => {
    const expected = expectedEngineHash(paths.dbPackageDir);
    expect(expected, "could not read @prisma/engines-version of packages/db's prisma").not.toBeNull();
    expect(engineHash(), "bump @prisma/schema-engine-wasm in tooling/prisma-migrate/package.json to the version packages/db's prisma pins").toBe(expected);
  });

  it("are in Prisma's folder format with a postgresql lock file", async () => {
    const { migrationsDir } = await loadDbProject();
    const lock = fs.readFileSync(path.join(migrationsDir, "migration_lock.toml"), "utf8");
    expect(lock).toMatch(/^provider = "postgresql"$/m);
    const folders = fs
      .readdirSync(migrationsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders.map((f) => fs.existsSync(path.join(migrationsDir, f, "migration.sql")) && f)).toEqual(folders);
    for (const f of folders) expect(f).toMatch(/^\d{14}_\w+$/);
    expect(readMigrations(migrationsDir).map((m) => m.name)).toEqual([...folders].sort());
  });
});
