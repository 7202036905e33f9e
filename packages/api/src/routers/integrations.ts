import { connectIntegration, disconnectIntegration, testIntegration } from "@atelier/core/integrations/credentials";
import { integrationHub } from "@atelier/core/integrations/hub";
import { connectIntegrationSchema, integrationProviderSchema } from "@atelier/core/schemas/integrations";
import type { Context } from "../context.ts";
import { artistProcedure, createTRPCRouter } from "../trpc.ts";

const deps = (ctx: Context) => ({ db: ctx.db, stripe: ctx.payments?.stripe ?? null, now: ctx.now, keyring: ctx.credentialKeyring() });

/** The integrations hub at /studio/integrations: the artist's own tiles and credentials only (secrets never leave the server). */
export const integrationsRouter = createTRPCRouter({
  hub: artistProcedure.query(({ ctx }) => integrationHub(ctx.db, ctx.identity.id)),
  connect: artistProcedure.input(connectIntegrationSchema).mutation(({ ctx, input }) => connectIntegration(deps(ctx), ctx.identity.id, input)),
  test: artistProcedure.input(integrationProviderSchema).mutation(({ ctx, input }) => testIntegration(deps(ctx), ctx.identity.id, input.provider)),
  disconnect: artistProcedure.input(integrationProviderSchema).mutation(({ ctx, input }) => disconnectIntegration(ctx.db, ctx.identity.id, input.provider)),
});
