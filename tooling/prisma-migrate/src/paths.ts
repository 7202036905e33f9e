import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file is tooling/prisma-migrate/src/paths.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const dbPackageDir = path.join(repoRoot, "packages", "db");
