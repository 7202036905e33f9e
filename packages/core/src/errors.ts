/**
 * The one error type for expected domain failures. Routers never build tRPC errors by hand:
 * the API maps `code` to a tRPC code in exactly one place and passes `fieldErrors` to the client.
 */
export type AppErrorCode =
  "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "PRECONDITION_FAILED" | "TOO_MANY_REQUESTS" | "SERVICE_UNAVAILABLE";

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;
  readonly retryAfterSeconds?: number;

  constructor(code: AppErrorCode, message: string, opts: { fieldErrors?: FieldErrors; retryAfterSeconds?: number; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = opts.fieldErrors;
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }

  static field(code: AppErrorCode, field: string, message: string): AppError {
    return new AppError(code, message, { fieldErrors: { [field]: [message] } });
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
