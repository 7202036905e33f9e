import type { Role } from "@atelier/db";
import { procedureStats } from "@atelier/core/observability/procedure-stats";
import { tracer } from "@atelier/core/observability/tracing";
import { SpanStatusCode } from "@opentelemetry/api";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import type { Context } from "./context.ts";
import { fieldErrorsOf, toTRPCError } from "./errors.ts";

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
export const middleware = t.middleware;

/** Turns AppError / ZodError thrown by domain functions into tRPC errors with the right code. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause);
    if (mapped instanceof TRPCError) throw mapped;
  }
  return result;
});

/**
 * One span per procedure call (`trpc <path>`, with the tRPC code of a failure as `trpc.code`) and its
 * latency in the in-memory stats the admin health page shows. Outermost, so it times everything.
 */
const observeProcedure = t.middleware(async ({ path, type, next }) => {
  const started = performance.now();
  return tracer().startActiveSpan(`trpc ${path}`, { attributes: { "rpc.system": "trpc", "rpc.method": path, "trpc.type": type } }, async (span) => {
    try {
      const result = await next();
      const code = result.ok ? "OK" : result.error.code;
      span.setAttribute("trpc.code", code);
      if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR") span.setStatus({ code: SpanStatusCode.ERROR, message: result.error.message });
      return result;
    } finally {
      span.end();
      procedureStats().record(path, performance.now() - started);
    }
  });
});

export const publicProcedure = t.procedure.use(observeProcedure).use(mapDomainErrors);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.identity) {
    throw new TRPCError({
      code: "UNAUTHORIZED",
      message: ctx.tokenRejected ? "This API token is invalid or has been revoked." : "Sign in to continue.",
    });
  }
  return next({ ctx: { ...ctx, identity: ctx.identity } });
});

function roleProcedure(role: Role) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (!ctx.identity.roles.includes(role)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `This needs the ${role.toLowerCase()} role.` });
    }
    return next();
  });
}

export const buyerProcedure = roleProcedure("BUYER");
export const artistProcedure = roleProcedure("ARTIST");
export const adminProcedure = roleProcedure("ADMIN");
