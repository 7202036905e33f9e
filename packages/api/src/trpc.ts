import type { Role } from "@atelier/db";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import type { Context } from "./context.ts";
import { fieldErrorsOf, toTRPCError } from "./errors.ts";
import { observeProcedureCall } from "./observe-procedure.ts";
import { enforceRateLimit } from "@atelier/core/rate-limit";
import { auditableInput, missingScopes, tokenRateLimits } from "./token-scopes.ts";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      // Never leak internals of unexpected failures to callers.
      message: error.code === "INTERNAL_SERVER_ERROR" ? "Something went wrong on our side. Please try again." : shape.message,
      data: {
        ...shape.data,
        stack: undefined,
        fieldErrors: fieldErrorsOf(cause),
        retryAfterSeconds:
          cause && typeof cause === "object" && "retryAfterSeconds" in cause ? ((cause.retryAfterSeconds as number | undefined) ?? null) : null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const mergeRouters = t.mergeRouters;
export const createCallerFactory = t.createCallerFactory;

/** Turns AppError / ZodError thrown by domain functions into tRPC errors with the right code. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause);
    if (mapped instanceof TRPCError) throw mapped;
  }
  return result;
});

/** Outermost, so it times everything: a span and latency stats per call (observe-procedure.ts). */
const observeProcedure = t.middleware(({ path, type, next }) => observeProcedureCall(path, type, next));

/**
 * Calls made with an API token: the token's scopes must cover the procedure (token-scopes.ts), each
 * token has its own rate limits, and every write is in the audit log under the token's name. Sessions
 * and visitors pass untouched. The MCP tools call procedures, so this holds for agents too.
 */
const guardTokenCalls = t.middleware(async ({ ctx, path, type, getRawInput, next }) => {
  const token = ctx.apiToken;
  if (!token) return next();
  const missing = missingScopes(path, token.scopes);
  if (missing.length) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: `The API token "${token.name}" lacks the ${missing.join(", ")} scope${missing.length > 1 ? "s" : ""} this needs. Make a token with ${missing.length > 1 ? "them" : "it"} on /account.`,
    });
  }
  const limits = tokenRateLimits(ctx.settings);
  await enforceRateLimit(ctx.db, limits.calls, token.tokenId, ctx.now());
  if (type !== "mutation") return next();
  await enforceRateLimit(ctx.db, limits.writes, token.tokenId, ctx.now());
  const result = await next();
  await ctx.db.auditLog.create({
    data: {
      actorId: token.userId,
      action: "api_token.write",
      targetType: "ApiToken",
      targetId: token.tokenId,
      data: {
        tokenName: token.name,
        procedure: path,
        surface: ctx.surface,
        input: auditableInput(await getRawInput().catch(() => null)),
        outcome: result.ok ? "ok" : outcomeCode(result.error),
      },
    },
  });
  return result;
});

/** The code the caller gets for a failed call (a domain error is mapped only further out, by mapDomainErrors). */
function outcomeCode(error: TRPCError): string {
  const mapped = toTRPCError(error.cause);
  return mapped instanceof TRPCError ? mapped.code : error.code;
}

export const publicProcedure = t.procedure.use(observeProcedure).use(mapDomainErrors).use(guardTokenCalls);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.identity) {
    throw new TRPCError({
      code: "UNAUTHORIZED",
      message: ctx.tokenRejected ? "This API token is invalid or has been revoked." : "Sign in to continue.",
    });
  }
  return next({ ctx: { ...ctx, identity: ctx.identity } });
});

/** What a signed-in person without the role is told (see README, "Accounts and roles"). */
const MISSING_ROLE: Record<Role, string> = {
  BUYER: "Your account does not have buyer access, so it cannot favourite, follow or buy. An admin removed it; contact the Atelier team to restore it.",
  ARTIST: "This needs artist access. Apply to sell on Atelier (also if your artist access was removed).",
  ADMIN: "This needs the admin role.",
  STORE_OWNER: "This needs a store on Atelier. Apply for one at /store/apply.",
  ORGANIZER: "This needs organiser access: artists host events from their studio; galleries and educators apply to organise.",
};

function roleProcedure(role: Role) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (!ctx.identity.roles.includes(role)) {
      throw new TRPCError({ code: "FORBIDDEN", message: MISSING_ROLE[role] });
    }
    return next();
  });
}

export const buyerProcedure = roleProcedure("BUYER");
export const artistProcedure = roleProcedure("ARTIST");
export const adminProcedure = roleProcedure("ADMIN");
export const storeOwnerProcedure = roleProcedure("STORE_OWNER");
