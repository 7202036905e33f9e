import { platformHealth } from "@atelier/core/admin/health";
import { procedureStats } from "@atelier/core/observability/procedure-stats";
import { adminProcedure } from "../../trpc.ts";

/** /admin/health: queue, failures of the last day, parked work, slow procedures, operational errors. */
export const adminHealthProcedure = adminProcedure.query(({ ctx }) =>
  platformHealth({ db: ctx.db, now: ctx.now, procedureLatency: () => procedureStats().snapshot() }),
);
