import { registerUser, resendVerification, verifyEmail } from "@atelier/core/accounts/users";
import { requestPasswordReset, resetPassword, RESET_REQUESTED_ANSWER } from "@atelier/core/accounts/password-reset";
import { enforceRateLimit, hitRateLimit, rateLimits } from "@atelier/core/rate-limit";
import { requestPasswordResetSchema, resetPasswordSchema, signUpSchema, verifyEmailSchema } from "@atelier/core/schemas/accounts";
import { getProfile, updateProfile, updateProfileSchema } from "@atelier/core/accounts/profile";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc.ts";

export const accountRouter = createTRPCRouter({
  signUp: publicProcedure.input(signUpSchema).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, rateLimits(ctx.settings).signUp, ctx.clientIp, ctx.now());
    return registerUser(ctx, input);
  }),
  verifyEmail: publicProcedure.input(verifyEmailSchema).mutation(({ ctx, input }) => verifyEmail(ctx, input, { adminEmail: ctx.settings.ADMIN_EMAIL })),
  resendVerification: protectedProcedure.mutation(({ ctx }) => resendVerification(ctx, ctx.identity.id)),
  requestPasswordReset: publicProcedure.input(requestPasswordResetSchema).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, rateLimits(ctx.settings).passwordResetByAddress, ctx.clientIp, ctx.now());
    // past the per-account limit nothing more is sent, and the answer stays the same
    const perAccount = await hitRateLimit(ctx.db, rateLimits(ctx.settings).passwordResetByAccount, input.email, ctx.now());
    return perAccount.allowed ? requestPasswordReset(ctx, input) : RESET_REQUESTED_ANSWER;
  }),
  resetPassword: publicProcedure.input(resetPasswordSchema).mutation(({ ctx, input }) => resetPassword(ctx, input)),
  profile: protectedProcedure.query(({ ctx }) => getProfile(ctx.db, ctx.identity.id)),
  updateProfile: protectedProcedure.input(updateProfileSchema).mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.identity.id, input)),
});
