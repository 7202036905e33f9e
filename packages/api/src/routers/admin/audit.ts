import { auditListSchema } from "../../schemas/admin-audit.ts";
import { listAuditLog } from "../../services/admin/audit-log.ts";
import { adminProcedure, createTRPCRouter } from "../../trpc.ts";

export const adminAuditRouter = createTRPCRouter({
  list: adminProcedure.input(auditListSchema).query(({ ctx, input }) => listAuditLog(ctx.db, input)),
});
