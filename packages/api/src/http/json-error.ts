import type { AppErrorCode } from "@atelier/core/errors";

/** The HTTP status of each domain error code (for the route handlers outside tRPC). */
export const STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** `{ error: { code, message, field } }` with that status: what the upload routes answer when they refuse. */
export function fail(status: number, code: string, message: string, field: string | null = null, headers: Record<string, string> = {}) {
  return Response.json({ error: { code, message, field } }, { status, headers });
}

export function waitPhrase(seconds: number): string {
  return seconds < 90 ? `${seconds} s` : `${Math.ceil(seconds / 60)} minutes`;
}
