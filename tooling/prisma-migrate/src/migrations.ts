import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";

export interface Migration {
  /** Folder name, e.g. `20250101120000_init`. */
  name: string;
  sql: string;
}

/** Prisma's folder format: `<dir>/<timestamp>_<name>/migration.sql`, applied in name order. */
export function readMigrations(dir: string): Migration[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8") }));
}

/**
 * Runs each migration as one script in its own transaction, as `prisma migrate deploy` and
 * `pnpm db:migrate` do, so a migration that cannot run in a transaction fails here too.
 */
export async function applyMigrations(db: PGlite, migrations: Migration[]): Promise<void> {
  for (const m of migrations) {
    try {
      await db.transaction(async (tx) => {
        await tx.exec(m.sql);
      });
    } catch (error) {
      const message = (error as Error).message;
      const hint = /type "\w+" does not exist|extension "\w+" is not available/.test(message)
        ? " (a type from an extension needs `CREATE EXTENSION IF NOT EXISTS <name>;` earlier in the migrations;" +
          " PGlite only has the extensions listed in tooling/prisma-migrate/src/database.ts)"
        : "";
      throw new Error(`Migration ${m.name} failed on PGlite: ${message}${hint}`, { cause: error });
    }
  }
}
