import type { Db } from "@atelier/db";
import { expect } from "vitest";
import { callerAs, makeUser } from "../harness.ts";
import type { PaymentsWorld } from "../payments/world.ts";

let n = 0;

/** An approved artist Stripe can pay (complete Connect account row), working in `country`. */
export async function makeSeller(db: Db, country = "IE", name = "Seller") {
  const user = await makeUser(db, ["ARTIST", "BUYER"], { name });
  const k = ++n;
  const profile = await db.artistProfile.create({
    data: { userId: user.id, displayName: `${name} ${k}`, slug: `seller-${k}-${user.id.slice(-8)}`, country },
  });
  await db.connectAccount.create({
    data: {
      userId: user.id,
      stripeAccountId: `acct_shop_${k}_${user.id.slice(-8)}`,
      country,
      detailsSubmitted: true,
      chargesEnabled: true,
      payoutsEnabled: true,
    },
  });
  return { user, profile };
}

export interface WorkOptions {
  priceAmount?: number;
  currency?: string;
  kind?: "ORIGINAL" | "EDITION";
  editionSize?: number;
  status?: "PUBLISHED" | "DRAFT" | "UNPUBLISHED" | "SOLD";
  shippingDomestic?: number;
  shippingInternational?: number | null;
  title?: string;
}

export async function makeWork(db: Db, profileId: string, o: WorkOptions = {}) {
  const k = ++n;
  return db.artwork.create({
    data: {
      artistId: profileId,
      slug: `work-${k}-${profileId.slice(-6)}-${Date.now()}`,
      title: o.title ?? `Work ${k}`,
      medium: "Oil on canvas",
      widthTenths: 500,
      heightTenths: 700,
      priceAmount: o.priceAmount ?? 123_457,
      currency: o.currency ?? "EUR",
      kind: o.kind ?? "ORIGINAL",
      editionSize: o.kind === "EDITION" ? (o.editionSize ?? 10) : null,
      status: o.status ?? "PUBLISHED",
      publishedAt: new Date(),
      shippingDomestic: o.shippingDomestic ?? 2_500,
      shippingInternational: o.shippingInternational === undefined ? 6_000 : o.shippingInternational,
    },
  });
}

/** A signed-in buyer's caller wired to the world's sandbox and job queue. */
export async function buyerIn(world: PaymentsWorld, db: Db, userId?: string) {
  const id = userId ?? (await makeUser(db, ["BUYER"], { name: "Collector" })).id;
  const caller = await callerAs(
    db,
    id,
    {},
    { payments: world.payments, events: world.jobDeps.events, clientIp: `198.51.100.${(++n % 250) + 1}`, clock: world.jobDeps.now },
  );
  return { id, caller };
}

/** Pays an open session through the sandbox's helper (what the hosted page's Pay button does). */
export async function payInSandbox(world: PaymentsWorld, checkoutUrl: string, card = "4242424242424242") {
  const sessionId = checkoutUrl.split("/").pop()!;
  const res = await fetch(`${world.sandbox.url}/__sandbox/checkout/sessions/${sessionId}/pay`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    // the hosted page collects a shipping address (shipping_address_collection)
    body: new URLSearchParams({
      card_number: card,
      shipping_name: "Nora Collector",
      shipping_line1: "12 Harbour Road",
      shipping_city: "Dublin",
      shipping_postal_code: "D02 X285",
      shipping_country: "IE",
    }).toString(),
  });
  return { status: res.status, body: (await res.json()) as { error?: { message: string } } };
}

/** Units held / sold of an artwork, and its status. */
export async function stock(db: Db, artworkId: string) {
  return db.artwork.findUniqueOrThrow({ where: { id: artworkId }, select: { unitsHeld: true, editionsSold: true, status: true } });
}

/** Ledger invariants of one paid order (commerce.md): total = commission + artists' shares; platform net = commission − fee. */
export async function expectLedgerAddsUp(db: Db, orderId: string) {
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { items: true, ledgerEntries: true } });
  const sum = (f: (e: (typeof order.ledgerEntries)[number]) => boolean) => order.ledgerEntries.filter(f).reduce((s, e) => s + e.amount, 0);
  const artists = sum((e) => e.payee === "ARTIST" && e.kind === "SALE");
  const commission = sum((e) => e.payee === "PLATFORM" && e.kind === "SALE");
  const fee = -sum((e) => e.kind === "STRIPE_FEE");
  expect(artists + commission).toBe(order.totalAmount);
  expect(commission).toBe(order.commissionAmount);
  expect(fee).toBe(order.stripeFeeAmount);
  expect(sum((e) => e.payee === "PLATFORM")).toBe(order.commissionAmount - order.stripeFeeAmount!);
  expect(order.ledgerEntries.filter((e) => e.kind === "SALE")).toHaveLength(order.items.length * 2);
  for (const item of order.items) {
    expect(order.ledgerEntries.find((e) => e.orderItemId === item.id && e.payee === "ARTIST")).toMatchObject({
      payeeId: item.sellerId,
      amount: item.artistAmount,
    });
  }
  return order;
}
