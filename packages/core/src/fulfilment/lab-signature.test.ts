import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { LAB_SIGNATURE_TOLERANCE_SECONDS, signLabPayload, verifyLabSignature } from "./lab-signature.ts";

const SECRET = "plsec_test_secret_for_signatures";
const body = JSON.stringify({ id: "plev_1", type: "order.shipped", created: 1_796_000_000, data: { order: { id: "plo_1" } } });
const now = new Date(1_796_000_100 * 1000);
const t = 1_796_000_090;

describe("local print lab signatures (Stripe's scheme: t + body)", () => {
  it("is HMAC-SHA256 over `<t>.<body>` in hex, and verifies", () => {
    const header = signLabPayload(body, SECRET, t);
    expect(header).toBe(`t=${t},v1=${crypto.createHmac("sha256", SECRET).update(`${t}.${body}`).digest("hex")}`);
    expect(verifyLabSignature(body, header, SECRET, now)).toEqual({ ok: true, timestamp: t });
  });

  it("refuses a missing or malformed header, another secret and a changed body", () => {
    expect(verifyLabSignature(body, null, SECRET, now).ok).toBe(false);
    expect(verifyLabSignature(body, "v1=abc", SECRET, now)).toEqual({ ok: false, error: "Malformed signature header" });
    expect(verifyLabSignature(body, "t=abc,v1=abc", SECRET, now)).toEqual({ ok: false, error: "Malformed signature header" });
    expect(verifyLabSignature(body, signLabPayload(body, "another-secret-entirely", t), SECRET, now)).toEqual({
      ok: false,
      error: "No signature matches the body",
    });
    expect(verifyLabSignature(body.replace("shipped", "delivered"), signLabPayload(body, SECRET, t), SECRET, now).ok).toBe(false);
    // the timestamp is signed too: moving it breaks the signature
    expect(verifyLabSignature(body, signLabPayload(body, SECRET, t).replace(`t=${t}`, `t=${t + 1}`), SECRET, now).ok).toBe(false);
  });

  it("refuses signatures older or newer than five minutes (a replayed capture), accepts the edges", () => {
    const at = (offset: number) => signLabPayload(body, SECRET, Math.floor(now.getTime() / 1000) + offset);
    expect(verifyLabSignature(body, at(-LAB_SIGNATURE_TOLERANCE_SECONDS), SECRET, now).ok).toBe(true);
    expect(verifyLabSignature(body, at(-LAB_SIGNATURE_TOLERANCE_SECONDS - 1), SECRET, now)).toEqual({
      ok: false,
      error: "Signature timestamp is outside the tolerance window",
    });
    expect(verifyLabSignature(body, at(LAB_SIGNATURE_TOLERANCE_SECONDS + 1), SECRET, now).ok).toBe(false);
  });

  it("accepts any of several v1 signatures (a secret being rotated)", () => {
    const old = signLabPayload(body, "the-old-secret-value", t).split(",")[1]!;
    expect(verifyLabSignature(body, `${signLabPayload(body, SECRET, t)},${old}`, SECRET, now).ok).toBe(true);
    expect(verifyLabSignature(body, `t=${t},${old},${signLabPayload(body, SECRET, t).split(",")[1]}`, SECRET, now).ok).toBe(true);
  });
});
