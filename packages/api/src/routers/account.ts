import { registerUser } from "@atelier/core/accounts/users";
import { enforceRateLimit, rateLimits } from "@atelier/core/rate-limit";
import { signUpSchema } from "@atelier/core/schemas/accounts";
import { getProfile, updateProfile, updateProfileSchema } from "@atelier/core/accounts/profile";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc.ts";

export const accountRouter = createTRPCRouter({
  signUp: publicProcedure.input(signUpSchema).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, rateLimits(ctx.settings).signUp, ctx.clientIp, ctx.now());
    return registerUser(ctx.db, input, { adminEmail: ctx.settings.ADMIN_EMAIL });
  }),
  profile: protectedProcedure.query(({ ctx }) => getProfile(ctx.db, ctx.identity.id)),
  updateProfile: protectedProcedure.input(updateProfileSchema).mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.identity.id, input)),
});
