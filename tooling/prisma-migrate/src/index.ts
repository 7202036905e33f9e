export { diffMigrationsToSchema, readSchemaFiles, type DiffOptions, type DiffOutcome } from "./diff.ts";
export { engineHash, expectedEngineHash } from "./engine.ts";
export { readMigrations, applyMigrations, type Migration } from "./migrations.ts";
export { createDatabase } from "./database.ts";
export { neutraliseUnmodelled } from "./unmodelled.ts";
export * as paths from "./paths.ts";
export { loadDbProject } from "./project.ts";
