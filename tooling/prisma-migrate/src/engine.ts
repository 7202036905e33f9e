import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DiffParams, DiffResult, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { debug } from "./env.ts";

/**
 * Prisma's schema engine (the Rust code behind `prisma migrate diff`), compiled to WebAssembly and
 * published by Prisma as `@prisma/schema-engine-wasm`. The version pinned in package.json is the
 * exact one the `prisma` CLI of packages/db bundles (see `expectedEngineHash()`), so the SQL it
 * renders is what `prisma migrate dev` would write on a machine that has the native engine.
 *
 * The package's own entry point uses an ESM `import … from "./x.wasm"`, which Node 20 cannot load,
 * so the module is instantiated here the way the Prisma CLI does it.
 */
let initialised = false;

function initWasm(): void {
  if (initialised) return;
  const require = createRequire(import.meta.url);
  const bgJs = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const module = new WebAssembly.Module(fs.readFileSync(path.join(path.dirname(bgJs), "schema_engine_bg.wasm")));
  const instance = new WebAssembly.Instance(module, {
    "./schema_engine_bg.js": wasmBindings as unknown as WebAssembly.ModuleImports,
  });
  wasmBindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  initialised = true;
}

/** The prisma-engines commit hash of the loaded engine, e.g. `0edf323e…`. */
export function engineHash(): string {
  initWasm();
  return wasmBindings.version();
}

/**
 * pglite-prisma-adapter's `executeScript` does not await PGlite's `exec` (errors are lost and the
 * engine reads the database before the script ran), and its shadow database has no extensions.
 * This factory wraps its adapters to fix both.
 */
class PGliteMigrationFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@atelier/prisma-migrate (pglite)";

  constructor(
    private readonly db: PGlite,
    private readonly createShadow: () => Promise<PGlite>,
  ) {}

  async connect(): Promise<SqlDriverAdapter> {
    return fixAdapter(await new PrismaPGlite(this.db).connect(), this.db, false);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await this.createShadow();
    return fixAdapter(await new PrismaPGlite(shadow).connect(), shadow, true);
  }
}

function fixAdapter(adapter: unknown, db: PGlite, closeOnDispose: boolean): SqlDriverAdapter {
  const a = adapter as SqlDriverAdapter & { onError?: (e: unknown) => never };
  a.executeScript = async (script: string) => {
    try {
      await db.exec(script);
    } catch (error) {
      if (a.onError) a.onError(error);
      throw error;
    }
  };
  if (closeOnDispose) a.dispose = () => db.close();
  return a;
}

interface Engine {
  diff(params: DiffParams): Promise<DiffResult>;
  dispose(): void;
}

/**
 * A schema engine whose database connection (used for `schemaDatasource` diff targets, i.e.
 * introspection) is the given in-process PGlite.
 */
export async function createEngine(db: PGlite, createShadow: () => Promise<PGlite>, schemaFiles: [string, string][]): Promise<Engine> {
  initWasm();
  const factory = bindMigrationAwareSqlAdapterFactory(new PGliteMigrationFactory(db, createShadow));
  const log = (line: string) => {
    if (debug) process.stderr.write(`[schema-engine] ${line}\n`);
  };
  const engine: SchemaEngine = await wasmBindings.SchemaEngine.new({ datamodels: schemaFiles }, log, factory);
  return {
    diff: (params) => engine.diff(params),
    dispose: () => engine.free(),
  };
}

/**
 * The engine hash that the `prisma` CLI of packages/db was built with (from its
 * `@prisma/engines-version`), or null if it cannot be found. When packages/db moves to a new
 * Prisma release, bump `@prisma/schema-engine-wasm` here to the version that release pins.
 */
export function expectedEngineHash(dbPackageDir: string): string | null {
  try {
    const fromDb = createRequire(path.join(dbPackageDir, "package.json"));
    const fromPrisma = createRequire(fromDb.resolve("prisma/package.json"));
    const fromEngines = createRequire(fromPrisma.resolve("@prisma/engines/package.json"));
    const { version } = JSON.parse(fs.readFileSync(fromEngines.resolve("@prisma/engines-version/package.json"), "utf8")) as {
      version: string;
    };
    return version.slice(version.lastIndexOf(".") + 1);
  } catch {
    return null;
  }
}
