import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PRINTFUL_SIGNATURE_HEADER, signPrintfulPayload, verifyPrintfulWebhook } from "./printful-webhook.ts";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "printful");
const raw = (name: string) => fs.readFileSync(path.join(dir, `${name}.json`), "utf8");
const SECRET = "a01376f30766acf7f706cc84beb57b79f9779e4a3e79d5519b3a9069c2156807";
const AT = new Date("2026-12-05T14:03:00Z");
/** a minute after the event happened */
const soonAfter = (body: string) => new Date(new Date((JSON.parse(body) as { occurred_at: string }).occurred_at).getTime() + 60_000);
const headers = (sig: string | null) => new Headers(sig ? { [PRINTFUL_SIGNATURE_HEADER]: sig } : {});

describe("Printful webhooks (v2 signing)", () => {
  it("accepts a body signed with the hex-decoded secret key and normalises shipment_sent", () => {
    const body = raw("webhook-shipment-sent");
    const v = verifyPrintfulWebhook(body, headers(signPrintfulPayload(body, SECRET)), SECRET, AT);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.event).toMatchObject({
      provider: "printful",
      type: "shipment_sent",
      occurredAt: new Date("2026-12-05T14:02:05Z"),
      externalOrderId: "atl-cm0printtest000000000001",
      status: "SHIPPED",
      shipment: {
        carrier: null,
        trackingNumber: "05222014567890",
        trackingUrl: "https://tracking.dpd.de/status/en_US/parcel/05222014567890",
        shippedAt: new Date("2026-12-05T14:02:00Z"),
      },
    });
    expect(v.event.id).toMatch(/^pf_[0-9a-f]{40}$/);
  });

  it("keys the HMAC with the decoded bytes, not the hex text (what Printful documents)", () => {
    const body = raw("webhook-shipment-sent");
    const withText = signPrintfulPayload(body, Buffer.from(SECRET, "utf8").toString("hex"));
    expect(verifyPrintfulWebhook(body, headers(withText), SECRET, AT)).toEqual({ ok: false, error: "No signature matches the body" });
  });

  it("refuses unsigned, wrongly signed, tampered and stale deliveries", () => {
    const body = raw("webhook-shipment-sent");
    const good = signPrintfulPayload(body, SECRET);
    expect(verifyPrintfulWebhook(body, headers(null), SECRET, AT)).toEqual({ ok: false, error: `Missing ${PRINTFUL_SIGNATURE_HEADER} header` });
    expect(verifyPrintfulWebhook(body, headers(signPrintfulPayload(body, "cd".repeat(32))), SECRET, AT).ok).toBe(false);
    expect(verifyPrintfulWebhook(body.replace("05222014567890", "05222014567891"), headers(good), SECRET, AT).ok).toBe(false);
    expect(verifyPrintfulWebhook(body, headers("zz"), SECRET, AT).ok).toBe(false);
    const threeDaysLater = new Date(AT.getTime() + 3 * 86_400_000);
    expect(verifyPrintfulWebhook(body, headers(good), SECRET, threeDaysLater)).toEqual({ ok: false, error: "Event time is outside the accepted window" });
  });

  it("gives a retry (only `retries` differs) the same event id, and another event another id", () => {
    const first = raw("webhook-shipment-sent");
    const retry = first.replace('"retries": 0', '"retries": 3');
    expect(retry).not.toBe(first);
    const a = verifyPrintfulWebhook(first, headers(signPrintfulPayload(first, SECRET)), SECRET, AT);
    const b = verifyPrintfulWebhook(retry, headers(signPrintfulPayload(retry, SECRET)), SECRET, AT);
    const other = raw("webhook-order-failed");
    const c = verifyPrintfulWebhook(other, headers(signPrintfulPayload(other, SECRET)), SECRET, soonAfter(other));
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (a.ok && b.ok && c.ok) {
      expect(b.event.id).toBe(a.event.id);
      expect(c.event.id).not.toBe(a.event.id);
    }
  });

  it("maps order events to our states, and holds to nothing", () => {
    const cases: [string, string | null, string | null][] = [
      ["webhook-order-updated-inprocess", "IN_PRODUCTION", null],
      ["webhook-order-failed", "FAILED", "Print file could not be downloaded"],
      ["webhook-order-put-hold", null, "Address needs to be verified"],
    ];
    for (const [name, status, reason] of cases) {
      const body = raw(name);
      const v = verifyPrintfulWebhook(body, headers(signPrintfulPayload(body, SECRET)), SECRET, soonAfter(body));
      expect(v.ok && { status: v.event.status, reason: v.event.reason }).toEqual({ status, reason });
    }
  });
});
