import { keyringOf } from "@atelier/core/integrations/credential-cipher";
import { readCredentials } from "@atelier/core/integrations/credentials";
import { rotateCredentials } from "@atelier/core/integrations/credential-rotation";
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { startPaymentsWorld, type PaymentsWorld } from "../payments/world.ts";

/** Bring-your-own Stripe keys: validated with field errors, tested against the API, stored sealed, shown masked, rotated. */
const h = useTestDatabase();
let world: PaymentsWorld;
beforeAll(async () => {
  world = await startPaymentsWorld(h.db);
});
afterAll(() => world?.close());

const oldKey = crypto.randomBytes(32);
const newKey = crypto.randomBytes(32);
// the sandbox accepts its own key: the "artist's own" key that works offline
const GOOD = "sk_test_atelier_sandbox";

async function proArtist(plan: "PRO" | "BUSINESS" | "FREE" = "PRO", keyring = keyringOf(oldKey)) {
  const user = await makeUser(h.db, ["ARTIST", "BUYER"]);
  if (plan !== "FREE") await h.db.sellerPlan.create({ data: { userId: user.id, plan, status: "active" } });
  const caller = await callerAs(h.db, user.id, {}, { payments: world.payments, credentialKeyring: keyring });
  return { user, caller };
}

const errorOf = (p: Promise<unknown>) =>
  p.then(() => null).catch((e: unknown) => e as { code: string; message: string; cause?: { fieldErrors?: Record<string, string[]> } });

describe("bring-your-own Stripe keys", () => {
  it("refuses malformed keys with field errors, and a key Stripe refuses on the key's field", async () => {
    const { caller } = await proArtist();
    const bad = await errorOf(caller.integrations.connect({ provider: "stripe-keys", credentials: { secretKey: "pk_test_123456789", webhookSecret: "nope" } }));
    expect(bad).toMatchObject({ code: "BAD_REQUEST" });
    expect(bad!.cause?.fieldErrors).toEqual({
      secretKey: ["That is a publishable key (pk_…): paste the secret key (sk_test_… or sk_live_…)."],
      webhookSecret: ["A webhook signing secret starts with whsec_ (leave it empty if you have none)."],
    });
    const refused = await errorOf(caller.integrations.connect({ provider: "stripe-keys", credentials: { secretKey: "sk_test_notTheSandboxKey1234" } }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST" });
    expect(refused!.cause?.fieldErrors?.secretKey?.[0]).toMatch(/^Stripe refused this key: Invalid API Key provided/);
    expect(await h.db.integrationCredential.count()).toBe(0);
    const soon = await errorOf(caller.integrations.connect({ provider: "shopify", credentials: {} }));
    expect(soon!.cause?.fieldErrors?.provider?.[0]).toMatch(/coming soon/);
  });

  it("stores the key sealed (no plaintext in the row), answers masked, tests it again, and disconnects", async () => {
    const { user, caller } = await proArtist();
    const view = await caller.integrations.connect({ provider: "stripe-keys", credentials: { secretKey: GOOD, webhookSecret: "whsec_abcdefgh1234" } });
    expect(view).toMatchObject({ provider: "stripe-keys", status: "CONNECTED", maskedHint: "sk_test_…dbox · webhook whsec_…1234", lastError: null });
    expect(JSON.stringify(view)).not.toContain(GOOD);
    const row = await h.db.integrationCredential.findUniqueOrThrow({ where: { userId_provider: { userId: user.id, provider: "stripe-keys" } } });
    expect(JSON.stringify(row)).not.toContain("atelier_sandbox");
    expect(JSON.stringify(row)).not.toContain("whsec_abcdefgh1234");
    expect(row.keyId).toBe(keyringOf(oldKey).current.id);

    const hub = await caller.integrations.hub();
    expect(JSON.stringify(hub)).not.toContain(GOOD);
    expect(hub.tiles.find((t) => t.id === "stripe-keys")).toMatchObject({ state: "connected", statusLabel: "Connected: sk_test_…dbox · webhook whsec_…1234" });
    expect(hub.tiles.filter((t) => t.state === "coming-soon").map((t) => t.id)).toEqual(["shopify", "square", "medusa"]);
    expect(hub.plan).toMatchObject({ id: "PRO", paymentIntegrationLimit: 1, paymentIntegrationsUsed: 1 });

    const tested = await caller.integrations.test({ provider: "stripe-keys" });
    expect(tested).toMatchObject({ status: "CONNECTED", detail: expect.stringMatching(/^Test mode key accepted/) });

    // a flipped bit in the stored ciphertext is refused and reported, never used
    const bytes = Buffer.from(row.ciphertext, "base64");
    bytes[0]! ^= 1;
    await h.db.integrationCredential.update({ where: { id: row.id }, data: { ciphertext: bytes.toString("base64") } });
    const tampered = await caller.integrations.test({ provider: "stripe-keys" });
    expect(tampered).toMatchObject({ status: "ERROR", lastError: expect.stringMatching(/failed its integrity check/) });

    expect(await caller.integrations.disconnect({ provider: "stripe-keys" })).toEqual({ disconnected: true });
    expect(await h.db.integrationCredential.count({ where: { userId: user.id } })).toBe(0);
  });

  it("Free shows the tile locked with the Pro badge; the plan's limit is enforced on the server", async () => {
    const { caller } = await proArtist("FREE");
    const tile = (await caller.integrations.hub()).tiles.find((t) => t.id === "stripe-keys");
    expect(tile).toMatchObject({ state: "locked", badge: "Available on Pro", action: { kind: "upgrade" }, fields: null });
    const connect = (await caller.integrations.hub()).tiles.find((t) => t.id === "stripe-connect");
    expect(connect).toMatchObject({ state: "not-connected", action: { kind: "connect", href: "/studio/payments" } });
  });

  it("rotation re-encrypts every row under the new key, and the old key is then no longer needed", async () => {
    const a = await proArtist("PRO", keyringOf(oldKey));
    const b = await proArtist("BUSINESS", keyringOf(oldKey));
    await a.caller.integrations.connect({ provider: "stripe-keys", credentials: { secretKey: GOOD } });
    await b.caller.integrations.connect({ provider: "stripe-keys", credentials: { secretKey: GOOD } });
    const before = await h.db.integrationCredential.findMany({ where: { userId: { in: [a.user.id, b.user.id] } } });

    const rotating = keyringOf(newKey, oldKey);
    const first = await rotateCredentials({ db: h.db, keyring: rotating });
    expect(first.rotated).toBeGreaterThanOrEqual(2);
    expect(first.failed).toEqual([]);
    expect(await rotateCredentials({ db: h.db, keyring: rotating })).toMatchObject({ rotated: 0 });

    const after = await h.db.integrationCredential.findMany({ where: { userId: { in: [a.user.id, b.user.id] } } });
    for (const row of after) {
      expect(row.keyId).toBe(rotating.current.id);
      expect(row.ciphertext).not.toBe(before.find((r) => r.id === row.id)!.ciphertext);
    }
    const newOnly = keyringOf(newKey);
    expect(await readCredentials({ db: h.db, stripe: null, now: () => new Date(), keyring: newOnly }, a.user.id, "stripe-keys")).toEqual({ secretKey: GOOD });
    const asNewOnly = await callerAs(h.db, b.user.id, {}, { payments: world.payments, credentialKeyring: newOnly });
    expect(await asNewOnly.integrations.test({ provider: "stripe-keys" })).toMatchObject({ status: "CONNECTED" });
  });
});
