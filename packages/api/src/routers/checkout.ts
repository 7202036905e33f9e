import { cancelCheckout } from "@atelier/core/checkout/cancel";
import { createCheckout } from "@atelier/core/checkout/create";
import { checkoutStatus } from "@atelier/core/checkout/status";
import { checkoutCreateSchema, orderRefSchema } from "@atelier/core/schemas/cart";
import type { Context } from "../context.ts";
import { buyerProcedure, createTRPCRouter, protectedProcedure } from "../trpc.ts";

const deps = (ctx: Context) => ({ db: ctx.db, payments: ctx.payments, events: ctx.events, now: ctx.now, appUrl: ctx.appUrl, settings: ctx.settings });

/** Opening, following and abandoning the payment of one currency of the buyer's cart (own orders only). */
export const checkoutRouter = createTRPCRouter({
  create: buyerProcedure.input(checkoutCreateSchema).mutation(({ ctx, input }) => createCheckout(deps(ctx), ctx.identity.id, input)),
  status: protectedProcedure.input(orderRefSchema).query(({ ctx, input }) => checkoutStatus(ctx.db, ctx.identity.id, input.orderId)),
  cancel: protectedProcedure.input(orderRefSchema).mutation(({ ctx, input }) => cancelCheckout(deps(ctx), ctx.identity.id, input.orderId)),
});
