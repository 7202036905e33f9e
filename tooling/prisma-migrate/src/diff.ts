import fs from "node:fs";
import path from "node:path";
import { createDatabase } from "./database.ts";
import { createEngine } from "./engine.ts";
import { applyMigrations, readMigrations } from "./migrations.ts";
import { neutraliseUnmodelled } from "./unmodelled.ts";

export interface DiffOptions {
  /** schema.prisma, or a folder of `.prisma` files (multi-file schema). */
  schemaPath: string;
  /** Prisma's migrations folder. */
  migrationsDir: string;
  /** As prisma.config.ts `tables.external` / `enums.external`: left alone by the diff. */
  externalTables?: string[];
  externalEnums?: string[];
  /** As prisma.config.ts `migrations.initShadowDb`: run before the migrations. */
  initScript?: string;
}

export interface DiffOutcome {
  /** True when the migrations already produce the schema. */
  empty: boolean;
  /** The SQL that takes the migrated database to the schema ("" when empty). */
  sql: string;
  /** The migrations that were applied, in order. */
  migrations: string[];
  /** Objects from hand-written SQL that were taken out of the comparison (see unmodelled.ts). */
  neutralised: string[];
  ms: number;
}

export function readSchemaFiles(schemaPath: string): [string, string][] {
  const files: string[] = [];
  const walk = (p: string) => {
    if (fs.statSync(p).isDirectory()) {
      for (const entry of fs.readdirSync(p).sort()) walk(path.join(p, entry));
    } else if (p.endsWith(".prisma")) {
      files.push(p);
    }
  };
  walk(schemaPath);
  if (files.length === 0) throw new Error(`No .prisma files at ${schemaPath}`);
  return files.map((f) => [f, fs.readFileSync(f, "utf8")]);
}

/**
 * Applies every migration in `migrationsDir` to a fresh in-memory PGlite, takes out what Prisma
 * cannot model, and asks Prisma's schema engine for the SQL from that database to the schema:
 * the same comparison `prisma migrate dev` makes against its shadow database.
 */
export async function diffMigrationsToSchema(opts: DiffOptions): Promise<DiffOutcome> {
  const started = performance.now();
  const schemaFiles = readSchemaFiles(opts.schemaPath);
  const migrations = readMigrations(opts.migrationsDir);
  const db = await createDatabase();
  try {
    if (opts.initScript) await db.exec(opts.initScript);
    await applyMigrations(db, migrations);
    const neutralised = await neutraliseUnmodelled(db);
    const engine = await createEngine(db, createDatabase, schemaFiles);
    try {
      const files = schemaFiles.map(([p, content]) => ({ path: p, content }));
      const schemaDir = fs.statSync(opts.schemaPath).isDirectory() ? opts.schemaPath : path.dirname(opts.schemaPath);
      const result = await engine.diff({
        from: { tag: "schemaDatasource", files, configDir: schemaDir },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: true,
        filters: {
          externalTables: opts.externalTables ?? [],
          externalEnums: opts.externalEnums ?? [],
        },
      });
      // With exitCode set, the engine answers 2 for a non-empty diff and 0 for an empty one.
      const empty = result.exitCode === 0;
      return {
        empty,
        sql: empty ? "" : (result.stdout ?? ""),
        migrations: migrations.map((m) => m.name),
        neutralised,
        ms: Math.round(performance.now() - started),
      };
    } finally {
      engine.dispose();
    }
  } finally {
    await db.close();
  }
}
