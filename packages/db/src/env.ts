import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/** Settings of the database package (composed into the web app's env). Nothing is required: with no DATABASE_URL the embedded PGlite is used. */
export const dbEnvSchema = {
  DATABASE_URL: z.url("DATABASE_URL must be a postgresql:// URL").optional(),
  ATELIER_DATA_DIR: z.string().min(1).optional(),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** integration tests create a fresh database per test file on this server */
  TEST_DATABASE_URL: z.url("TEST_DATABASE_URL must be a postgresql:// URL").optional(),
  /** force the embedded database in tests even when TEST_DATABASE_URL is set */
  ATELIER_TEST_DB: z.enum(["pglite", "postgres"]).optional(),
  /** set by the integration tests' global setup (testing/global-setup.ts): a migrated PGlite data directory to start each file's database from */
  ATELIER_TEST_PGLITE_SNAPSHOT: z.string().min(1).optional(),
  /** set by the same setup on a PostgreSQL server: a migrated database each file's database is copied from */
  ATELIER_TEST_TEMPLATE_DATABASE: z
    .string()
    .regex(/^atelier_template_[a-f0-9]+$/)
    .optional(),
};

export function dbEnv(runtimeEnv: Record<string, string | undefined> = process.env) {
  return createEnv({ server: dbEnvSchema, runtimeEnv, emptyStringAsUndefined: true, isServer: true });
}
export type DbEnv = ReturnType<typeof dbEnv>;

/** The same, for command-line tools and tests that are handed an environment. */
export const readDbEnv = dbEnv;
