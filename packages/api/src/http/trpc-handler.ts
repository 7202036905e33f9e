import { logger } from "@atelier/core/observability/logger";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Context } from "../context.ts";
import { appRouter } from "../root.ts";
import { BODY_LIMITS, boundedRequest } from "./body-limit.ts";
import { inRequestScope } from "./request-scope.ts";

/** Calls one HTTP request may batch; the web client's httpBatchLink sends at most this many (maxItems). */
export const MAX_BATCH_SIZE = 20;

/**
 * GET/POST /api/trpc/<path>: bodies over 1 MB answer 413 before more is read, batches over
 * MAX_BATCH_SIZE calls answer 400, and only unexpected failures are logged (with the request id);
 * a successful call logs nothing.
 *
 * Cross-site forgery: a mutation is a POST, and only `application/json` POSTs are accepted. That
 * content type is not one a form can send or a cross-origin page can send without a CORS preflight,
 * which this server never answers; so another site's page cannot make a signed-in browser call a
 * mutation. (tRPC itself would also take multipart/form-data and octet-stream bodies, which a form
 * can send; we use neither.) The session cookie being SameSite=Lax is the second lock.
 */
export async function handleTrpcRequest(
  req: Request,
  endpoint: string,
  createContext: (req: Request, resHeaders: Headers) => Promise<Context>,
): Promise<Response> {
  return inRequestScope(req, async () => {
    if (req.method === "POST" && !isJson(req)) {
      return Response.json({ error: { code: "UNSUPPORTED_MEDIA_TYPE", message: "Send tRPC calls as application/json.", field: null } }, { status: 415 });
    }
    const bounded = await boundedRequest(req, BODY_LIMITS.trpc);
    if (bounded instanceof Response) return bounded;
    return fetchRequestHandler({
      endpoint,
      req: bounded,
      router: appRouter,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: ({ resHeaders }) => createContext(bounded, resHeaders),
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") logger().error(`trpc: ${path ?? "?"} failed`, { path, err: error.cause ?? error });
      },
    });
  });
}

function isJson(req: Request): boolean {
  return req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() === "application/json";
}
