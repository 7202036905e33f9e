import { createDb, type Db } from "./client.ts";
import { resolveDatabaseUrl } from "./connection.ts";

export { createDb, type Db, type CreateDbOptions } from "./client.ts";
export { prepared, preparedStatementName } from "./prepared.ts";
export { dataDir, repoRoot } from "./paths.ts";
export { dbEnv, dbEnvSchema, type DbEnv } from "./env.ts";
export { resolveDatabaseUrl, embeddedDatabaseUrl, isEmbedded } from "./connection.ts";
export { applyMigrations, readMigrations } from "./migrate/apply-migrations.ts";
export { Prisma, Role } from "./generated/prisma/client.ts";
export type { PayoutStatus, StripeEventStatus, JobStatus, CertificateTransferKind } from "./generated/prisma/enums.ts";
export type * from "./generated/prisma/models.ts";

const globalForDb = globalThis as unknown as { atelierDb?: Db };

/** The process-wide client (kept across hot reloads in development). */
export function getDb(): Db {
  globalForDb.atelierDb ??= createDb({ connectionString: resolveDatabaseUrl() });
  return globalForDb.atelierDb;
}
