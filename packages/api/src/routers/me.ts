import { protectedProcedure } from "../trpc.ts";

export const meProcedure = protectedProcedure.query(({ ctx }) => ({
  id: ctx.identity.id,
  email: ctx.identity.email,
  name: ctx.identity.name,
  roles: ctx.identity.roles,
  via: ctx.identity.via,
}));
