import { enforceRateLimit, rateLimits, readAuthEnv, registerUser, signUpSchema } from "@atelier/auth";
import { getProfile, updateProfile, updateProfileSchema } from "../services/profile.ts";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc.ts";

export const accountRouter = createTRPCRouter({
  signUp: publicProcedure.input(signUpSchema).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, rateLimits().signUp, ctx.clientIp, ctx.now());
    return registerUser(ctx.db, input, { adminEmail: readAuthEnv().ADMIN_EMAIL });
  }),
  profile: protectedProcedure.query(({ ctx }) => getProfile(ctx.db, ctx.identity.id)),
  updateProfile: protectedProcedure.input(updateProfileSchema).mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.identity.id, input)),
});
