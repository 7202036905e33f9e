import path from "node:path";
import { pathToFileURL } from "node:url";
import type { DiffOptions } from "./diff.ts";
import { dbPackageDir } from "./paths.ts";

interface PrismaConfigSubset {
  schema?: string;
  migrations?: { path?: string; initShadowDb?: string };
  tables?: { external?: string[] };
  enums?: { external?: string[] };
}

/**
 * Reads packages/db/prisma.config.ts (the config the project's Prisma 7 CLI uses), so the diff
 * uses the same schema, migrations folder, external tables/enums and shadow-database init script
 * as `prisma migrate dev` would. Paths in it are relative to packages/db.
 */
export async function loadDbProject(dir = dbPackageDir): Promise<DiffOptions> {
  const mod = (await import(pathToFileURL(path.join(dir, "prisma.config.ts")).href)) as {
    default: PrismaConfigSubset;
  };
  const config = mod.default;
  return {
    schemaPath: path.resolve(dir, config.schema ?? path.join("prisma", "schema.prisma")),
    migrationsDir: path.resolve(dir, config.migrations?.path ?? path.join("prisma", "migrations")),
    externalTables: config.tables?.external ?? [],
    externalEnums: config.enums?.external ?? [],
    initScript: config.migrations?.initShadowDb ?? "",
  };
}
