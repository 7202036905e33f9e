import { isAppError, type AppErrorCode, type FieldErrors } from "@atelier/core/errors";
import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { z } from "zod";

const CODE_MAP: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  PRECONDITION_FAILED: "PRECONDITION_FAILED",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

/** The one place domain failures become tRPC errors. */
export function toTRPCError(error: unknown): unknown {
  if (isAppError(error)) return new TRPCError({ code: CODE_MAP[error.code], message: error.message, cause: error });
  // zod errors thrown inside domain functions (they re-validate their input) are bad input, not a 500.
  if (error instanceof z.ZodError) return new TRPCError({ code: "BAD_REQUEST", message: firstMessage(error), cause: error });
  return error;
}

function firstMessage(e: z.ZodError): string {
  return e.issues[0]?.message ?? "Invalid input";
}

/** Field errors for the client, from zod input validation or from an AppError. */
export function fieldErrorsOf(cause: unknown): FieldErrors | null {
  if (cause instanceof z.ZodError) {
    const out: FieldErrors = {};
    for (const issue of cause.issues) {
      const key = issue.path.length ? issue.path.join(".") : "_form";
      (out[key] ??= []).push(issue.message);
    }
    return out;
  }
  if (isAppError(cause) && cause.fieldErrors) return cause.fieldErrors;
  return null;
}
