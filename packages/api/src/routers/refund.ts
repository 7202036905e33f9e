import { createRefundSchema, listRefundsSchema } from "@atelier/core/refunds/schemas";
import { requestRefund } from "@atelier/core/refunds/request";
import { listOrderRefunds } from "@atelier/core/refunds/list";
import { createTRPCRouter, protectedProcedure } from "../trpc.ts";

/** Refunds: admins refund any paid item, artists their own items before they ship; the order's buyer, its artists and admins see them. */
export const refundRouter = createTRPCRouter({
  create: protectedProcedure.input(createRefundSchema).mutation(({ ctx, input }) => requestRefund(ctx, ctx.identity, input)),
  list: protectedProcedure.input(listRefundsSchema).query(({ ctx, input }) => listOrderRefunds(ctx.db, ctx.identity, input.orderId)),
});
