import { confirmDelivery } from "@atelier/core/orders/delivery";
import { getBuyerOrder, listBuyerOrders } from "@atelier/core/orders/read";
import { listMyOrdersSchema, orderIdSchema, orderItemIdSchema } from "@atelier/core/schemas/orders";
import { createTRPCRouter, protectedProcedure } from "../trpc.ts";

/** The signed-in buyer's own orders (anyone's id but theirs → NOT_FOUND). */
export const orderRouter = createTRPCRouter({
  list: protectedProcedure.input(listMyOrdersSchema).query(({ ctx, input }) => listBuyerOrders(ctx.db, ctx.identity.id, input)),
  byId: protectedProcedure.input(orderIdSchema).query(({ ctx, input }) => getBuyerOrder(ctx.db, ctx.identity.id, input)),
  confirmDelivery: protectedProcedure.input(orderItemIdSchema).mutation(({ ctx, input }) => confirmDelivery(ctx, ctx.identity.id, input)),
});
