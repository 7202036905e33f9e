import { resolveDatabaseUrl } from "../connection.ts";
import { applyMigrations } from "../migrate/apply-migrations.ts";

const url = resolveDatabaseUrl();
const { applied, skipped } = await applyMigrations(url);
console.log(`[db] migrations: ${applied.length} applied${applied.length ? ` (${applied.join(", ")})` : ""}, ${skipped.length} already applied`);
