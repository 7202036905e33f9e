/** `pnpm db:seed`: migrate (embedded DB started if needed) and load the demo data. */
import { ensureDatabase } from "./database.ts";
import { stopAll } from "./processes.ts";
import { seed } from "./seeding.ts";

const url = await ensureDatabase(process.env);
const admin = await seed(url, process.env);
console.log(`[seed] done. Admin: ${admin.adminEmail} / ${admin.adminPassword}`);
await stopAll(0);
