import { requestIdFrom, withLogFields } from "@atelier/core/observability/logger";

/**
 * Runs a route handler with its request id (the incoming `x-request-id` when valid, else a new one)
 * on every log line, and returns that id in the response's `x-request-id`.
 */
export async function inRequestScope(req: Request, handle: () => Promise<Response>): Promise<Response> {
  const requestId = requestIdFrom(req.headers.get("x-request-id"));
  const res = await withLogFields({ requestId }, handle);
  try {
    res.headers.set("x-request-id", requestId);
    return res;
  } catch {
    // immutable headers (a fetched response passed through): copy it
    const copy = new Response(res.body, res);
    copy.headers.set("x-request-id", requestId);
    return copy;
  }
}
