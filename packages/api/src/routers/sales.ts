import { getArtistSale, listArtistSales } from "@atelier/core/orders/read";
import { markItemShipped } from "@atelier/core/orders/shipping";
import { artistEarnings } from "@atelier/core/reporting/earnings";
import { statementYears, yearlyStatement } from "@atelier/core/reporting/statement";
import { listSalesSchema, markShippedSchema, orderItemIdSchema, statementSchema } from "@atelier/core/schemas/orders";
import { artistProcedure, createTRPCRouter } from "../trpc.ts";

/** The artist's own sales (their items only), shipping them, and their earnings. */
export const salesRouter = createTRPCRouter({
  list: artistProcedure.input(listSalesSchema).query(({ ctx, input }) => listArtistSales(ctx.db, ctx.identity.id, input)),
  byId: artistProcedure.input(orderItemIdSchema).query(({ ctx, input }) => getArtistSale(ctx.db, ctx.identity.id, input)),
  markShipped: artistProcedure.input(markShippedSchema).mutation(({ ctx, input }) => markItemShipped(ctx, ctx.identity.id, input)),
  earnings: artistProcedure.query(async ({ ctx }) => ({
    ...(await artistEarnings(ctx.db, ctx.identity.id)),
    statementYears: await statementYears(ctx.db, ctx.identity.id, ctx.now()),
  })),
  statement: artistProcedure.input(statementSchema).query(({ ctx, input }) => yearlyStatement(ctx.db, ctx.identity.id, input)),
});
