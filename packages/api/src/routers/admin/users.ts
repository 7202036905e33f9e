import { listUsers, listUsersSchema, setRoleSchema, setUserRole } from "@atelier/core/admin/users";
import { adminProcedure, createTRPCRouter } from "../../trpc.ts";

export const adminUserRouter = createTRPCRouter({
  list: adminProcedure.input(listUsersSchema).query(({ ctx, input }) => listUsers(ctx.db, input)),
  setRole: adminProcedure.input(setRoleSchema).mutation(({ ctx, input }) => setUserRole(ctx, ctx.identity.id, input)),
});
