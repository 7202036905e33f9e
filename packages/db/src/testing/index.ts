import crypto from "node:crypto";
import pg from "pg";
import { createDb, type Db } from "../client.ts";
import { readDbEnv } from "../env.ts";
import { startEmbeddedPostgres } from "../embedded/server.ts";
import { applyMigrations } from "../migrate/apply-migrations.ts";
import { pgliteSnapshot } from "./template.ts";

export interface TestDatabase {
  url: string;
  db: Db;
  kind: "pglite" | "postgres";
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: a new database on the PostgreSQL server named by
 * TEST_DATABASE_URL when set (CI always sets it), else an in-memory PGlite behind a socket. Under the
 * integration project's global setup it is a copy of the run's migrated template (template.ts);
 * without it (a script, a single file run another way) it is migrated here.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const env = readDbEnv();
  if (env.TEST_DATABASE_URL && env.ATELIER_TEST_DB !== "pglite") {
    return createOnServer(env.TEST_DATABASE_URL, env.ATELIER_TEST_TEMPLATE_DATABASE);
  }
  const snapshot = env.ATELIER_TEST_PGLITE_SNAPSHOT;
  const embedded = await startEmbeddedPostgres(snapshot ? { loadDataDir: pgliteSnapshot(snapshot) } : {});
  if (!snapshot) await applyMigrations(embedded.url);
  const db = createDb({ connectionString: embedded.url, max: 4 });
  return {
    url: embedded.url,
    db,
    kind: "pglite",
    async dispose() {
      await db.$disconnect();
      await embedded.stop();
    },
  };
}

async function createOnServer(serverUrl: string, template: string | undefined): Promise<TestDatabase> {
  const name = `atelier_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  if (!template) await applyMigrations(url.toString());
  const db = createDb({ connectionString: url.toString(), max: 10 });
  return {
    url: url.toString(),
    db,
    kind: "postgres",
    async dispose() {
      await db.$disconnect();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
