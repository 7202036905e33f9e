import { getAdminOrder, listAdminOrders } from "@atelier/core/orders/read";
import { listAdminOrdersSchema, orderIdSchema } from "@atelier/core/schemas/orders";
import { adminProcedure, createTRPCRouter } from "../../trpc.ts";

export const adminOrderRouter = createTRPCRouter({
  list: adminProcedure.input(listAdminOrdersSchema).query(({ ctx, input }) => listAdminOrders(ctx.db, input)),
  byId: adminProcedure.input(orderIdSchema).query(({ ctx, input }) => getAdminOrder(ctx.db, input)),
});
