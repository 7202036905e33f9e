import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../embedded/server.ts";
import { applyMigrations } from "../migrate/apply-migrations.ts";

/**
 * One migrated database per test run, copied for each test file instead of migrating every file's
 * database from nothing (most of an integration file's time was initdb and the migrations):
 * - PGlite: the migrated cluster's data directory as a tarball, which a new PGlite loads without initdb;
 * - a PostgreSQL server: a migrated database that `CREATE DATABASE … TEMPLATE` copies.
 * The run's global setup makes it (testing/global-setup.ts), hands it to the workers through the
 * environment, and removes it at the end. Always built from this checkout's migrations, so it is never stale.
 */
export interface TestTemplate {
  env: Record<string, string>;
  dispose(): Promise<void>;
}

export async function preparePgliteSnapshot(): Promise<TestTemplate> {
  const embedded = await startEmbeddedPostgres();
  try {
    await applyMigrations(embedded.url);
    const dump = await embedded.pglite.dumpDataDir("none");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-test-template-"));
    const file = path.join(dir, "migrated.tar");
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    return {
      env: { ATELIER_TEST_PGLITE_SNAPSHOT: file },
      async dispose() {
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } finally {
    await embedded.stop();
  }
}

export async function prepareServerTemplate(serverUrl: string): Promise<TestTemplate> {
  const name = `atelier_template_${crypto.randomBytes(6).toString("hex")}`;
  const run = async (sql: string) => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString()); // closes its connections: a template must have none while it is copied
  return {
    env: { ATELIER_TEST_TEMPLATE_DATABASE: name },
    dispose: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/** The snapshot's bytes, read once per worker. */
let snapshot: { file: string; blob: Blob } | null = null;
export function pgliteSnapshot(file: string): Blob {
  if (snapshot?.file !== file) snapshot = { file, blob: new Blob([fs.readFileSync(file)]) };
  return snapshot.blob;
}
