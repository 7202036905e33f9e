import crypto from "node:crypto";

/** The header the local print lab signs its webhooks with. */
export const LAB_SIGNATURE_HEADER = "atelier-print-lab-signature";
/** Like Stripe: a signature older (or further in the future) than five minutes is refused, so a captured delivery cannot be replayed later. */
export const LAB_SIGNATURE_TOLERANCE_SECONDS = 300;

/** Signs like the local lab does: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>` (for tests and tools). */
export function signLabPayload(payload: string, secret: string, timestamp: number): string {
  return `t=${timestamp},v1=${hmacHex(secret, `${timestamp}.${payload}`)}`;
}

export type SignatureCheck = { ok: true; timestamp: number } | { ok: false; error: string };

/**
 * Checks a `t=…,v1=…` header over the raw body: a missing or malformed header, no matching v1
 * (several may be sent while a secret is rotated), or a timestamp outside the tolerance window are refused.
 */
export function verifyLabSignature(
  payload: string,
  header: string | null,
  secret: string,
  now: Date,
  toleranceSeconds = LAB_SIGNATURE_TOLERANCE_SECONDS,
): SignatureCheck {
  if (!header) return { ok: false, error: `Missing ${LAB_SIGNATURE_HEADER} header` };
  const parts = header.split(",").map((p) => p.trim().split("="));
  const t = parts.find(([k]) => k === "t")?.[1];
  const signatures = parts.filter(([k, v]) => k === "v1" && v).map(([, v]) => v!);
  const timestamp = t && /^\d{1,12}$/.test(t) ? Number(t) : NaN;
  if (!Number.isFinite(timestamp) || signatures.length === 0) return { ok: false, error: "Malformed signature header" };
  const expected = Buffer.from(hmacHex(secret, `${timestamp}.${payload}`), "utf8");
  const matches = signatures.some((s) => {
    const given = Buffer.from(s, "utf8");
    return given.length === expected.length && crypto.timingSafeEqual(given, expected);
  });
  if (!matches) return { ok: false, error: "No signature matches the body" };
  if (Math.abs(Math.floor(now.getTime() / 1000) - timestamp) > toleranceSeconds)
    return { ok: false, error: "Signature timestamp is outside the tolerance window" };
  return { ok: true, timestamp };
}

function hmacHex(secret: string, message: string): string {
  return crypto.createHmac("sha256", secret).update(message, "utf8").digest("hex");
}
