import { logger } from "@atelier/core/observability/logger";
import { ingestPrintLabWebhook, type PrintLabWebhookDeps } from "@atelier/core/fulfilment";
import { boundedRequest } from "./body-limit.ts";
import { inRequestScope } from "./request-scope.ts";

/** Print-lab events are small JSON documents (an order and its shipment). */
export const PRINT_LAB_WEBHOOK_BODY_LIMIT = 256 * 1024;

/**
 * The route handler body of POST /api/webhooks/print-lab: reads the raw body (the signature covers the
 * exact bytes), answers 400 for anything unverifiable (nothing is stored) and 200 once the event is
 * stored. Any other failure answers 500, so the lab delivers it again.
 */
export async function handlePrintLabWebhook(req: Request, deps: PrintLabWebhookDeps | null): Promise<Response> {
  return inRequestScope(req, async () => {
    if (!deps) return Response.json({ error: "No print lab is configured on this server" }, { status: 503 });
    const bounded = await boundedRequest(req, PRINT_LAB_WEBHOOK_BODY_LIMIT);
    if (bounded instanceof Response) return bounded;
    const raw = await bounded.text();
    try {
      const r = await ingestPrintLabWebhook(deps, raw, bounded.headers);
      if (!r.ok) {
        logger().warn("print-lab webhook: refused", { status: r.status, error: r.error });
        return Response.json({ error: r.error }, { status: r.status });
      }
      return Response.json({ received: true, id: r.eventId, duplicate: r.outcome === "duplicate", handled: r.handled });
    } catch (e) {
      logger().error("print-lab webhook: could not store the event", { err: e });
      return Response.json({ error: "Could not store the event; the lab will retry" }, { status: 500 });
    }
  });
}
