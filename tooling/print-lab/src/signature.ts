import crypto from "node:crypto";

/** The header the lab signs its webhooks with (lower case, as Node's http hands headers over). */
export const SIGNATURE_HEADER = "atelier-print-lab-signature";

/**
 * Stripe's scheme, so the receiver can refuse old deliveries: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`.
 * The lab signs each attempt afresh with the wall clock, so a retry an hour later is still fresh.
 */
export function signPayload(payload: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const v1 = crypto.createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${v1}`;
}
