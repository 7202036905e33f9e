import { readProductCatalogue } from "@atelier/core/products/read";
import { productCatalogueSchema } from "@atelier/core/schemas/licensing";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

/** The licensed-product catalogue with the platform's price table (production cost, suggested price) in one currency. */
export const productRouter = createTRPCRouter({
  catalogue: publicProcedure.input(productCatalogueSchema).query(({ ctx, input }) => readProductCatalogue(ctx.db, input.currency)),
});
