import { auditListSchema } from "@atelier/core/schemas/admin-audit";
import { listAuditLog } from "@atelier/core/admin/audit-log";
import { adminProcedure, createTRPCRouter } from "../../trpc.ts";

export const adminAuditRouter = createTRPCRouter({
  list: adminProcedure.input(auditListSchema).query(({ ctx, input }) => listAuditLog(ctx.db, input)),
});
