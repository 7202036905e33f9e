import { createApiToken, createTokenSchema, listApiTokens, revokeApiToken, revokeTokenSchema } from "@atelier/core/accounts/api-tokens";
import { createTRPCRouter, protectedProcedure } from "../trpc.ts";

export const tokenRouter = createTRPCRouter({
  create: protectedProcedure.input(createTokenSchema).mutation(({ ctx, input }) => createApiToken(ctx.db, ctx.identity.id, input)),
  list: protectedProcedure.query(({ ctx }) => listApiTokens(ctx.db, ctx.identity.id)),
  revoke: protectedProcedure.input(revokeTokenSchema).mutation(({ ctx, input }) => revokeApiToken(ctx.db, ctx.identity.id, input)),
});
