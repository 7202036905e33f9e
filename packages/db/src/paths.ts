import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

/** packages/db */
const packageRoot = path.resolve(here, "..");
/** the repository root */
export const repoRoot = path.resolve(packageRoot, "..", "..");
export const migrationsDir = path.join(packageRoot, "prisma", "migrations");

export function dataDir(override?: string): string {
  return override ? path.resolve(override) : path.join(repoRoot, ".data");
}
