import { logger } from "@atelier/core/observability/logger";
import { inRequestScope } from "./request-scope.ts";
import { ingestStripeWebhook, type WebhookDeps } from "@atelier/core/payments/webhook-ingest";

/**
 * The route handler body of POST /api/webhooks/stripe: reads the raw body (the signature covers the
 * exact bytes), answers 400 for anything unverifiable (Stripe then shows the failure) and 200 fast
 * once the event is stored. Any other failure answers 500, so Stripe delivers it again.
 */
export async function handleStripeWebhook(req: Request, deps: WebhookDeps | null): Promise<Response> {
  return inRequestScope(req, () => ingest(req, deps));
}

async function ingest(req: Request, deps: WebhookDeps | null): Promise<Response> {
  if (!deps) return Response.json({ error: "Payments are not configured on this server" }, { status: 503 });
  const raw = Buffer.from(await req.arrayBuffer());
  try {
    const r = await ingestStripeWebhook(deps, raw, req.headers.get("stripe-signature"));
    if (!r.ok) {
      logger().warn("stripe webhook: refused", { status: r.status, error: r.error });
      return Response.json({ error: r.error }, { status: r.status });
    }
    return Response.json({ received: true, id: r.eventId, duplicate: r.outcome === "duplicate", handled: r.handled });
  } catch (e) {
    logger().error("stripe webhook: could not store the event", { err: e });
    return Response.json({ error: "Could not store the event; Stripe will retry" }, { status: 500 });
  }
}
