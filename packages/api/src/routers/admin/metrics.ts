import { metricsMonthly, metricsSummary, topArtworks } from "@atelier/core/reporting/metrics";
import { metricsRangeSchema, topArtworksSchema } from "@atelier/core/schemas/orders";
import { adminProcedure, createTRPCRouter } from "../../trpc.ts";

/** Platform numbers, per currency. */
export const adminMetricsRouter = createTRPCRouter({
  summary: adminProcedure.input(metricsRangeSchema).query(({ ctx, input }) => metricsSummary(ctx, input)),
  monthly: adminProcedure.input(metricsRangeSchema).query(({ ctx, input }) => metricsMonthly(ctx, input)),
  topArtworks: adminProcedure.input(topArtworksSchema).query(({ ctx, input }) => topArtworks(ctx, input)),
});
