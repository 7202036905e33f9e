import type { PGlite } from "@electric-sql/pglite";

/** Prisma's folder format, read by the same function `pnpm db:migrate` uses. */
export { readMigrations, type MigrationFile as Migration } from "@atelier/db/migrations";
import type { MigrationFile as Migration } from "@atelier/db/migrations";

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
