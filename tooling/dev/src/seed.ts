/** `pnpm db:seed`: migrate (embedded DB started if needed) and load the demo data (production: only the admin). */
import { ensureDatabase } from "./database.ts";
import { stopAll } from "./processes.ts";
import { seed } from "./seeding.ts";
import { startupPlan } from "./startup-plan.ts";

const plan = startupPlan(process.env, process.env.NODE_ENV === "production");
for (const n of plan.notices) console.log(`[seed] ${n}`);
if (plan.errors.some((e) => e.includes("ADMIN_"))) {
  for (const e of plan.errors) console.error(`[seed] ${e}`);
  await stopAll(1);
}
const url = await ensureDatabase(process.env);
const { admin } = await seed(url, process.env, plan);
console.log(`[seed] done.${admin ? ` Admin: ${admin.email} / ${admin.password}` : ""}`);
await stopAll(0);
