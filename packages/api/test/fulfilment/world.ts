import { type FulfilmentDeps, type PrintLabAdapter } from "@atelier/core/fulfilment";
import { missingStripe } from "@atelier/core/payments";
import type { PrintSpec } from "@atelier/core/schemas/fulfilment";
import type { Db } from "@atelier/db";
import { allFunctions, createInProcessSender, drainJobs, outboxMailer } from "@atelier/jobs";
import { makeUser } from "../harness.ts";
import { makeArtist, makeArtwork, paidOrder } from "../orders/fixtures.ts";

/** The shipping details as checkout stores them (Stripe's collected_information.shipping_details). */
export const STRIPE_SHIPPING = {
  name: "Ada Buyer",
  address: { line1: "1 Quay Street", line2: "Flat 2", city: "Galway", state: null, postal_code: "H91 X2Y3", country: "IE" },
};

export const PRINT: PrintSpec = {
  variantCode: "giclee-a3",
  quantity: 1,
  printFileUrl: "https://atelier.example/media/prints/sea.png",
  productName: "Sea at Dusk — giclée A3",
};

/** A paid order with one item, as checkout leaves it (the licensed-product items of the terms work will look the same to fulfilment). */
export async function paidItem(db: Db, title = "Sea at Dusk") {
  const artist = await makeArtist(db, `Print Artist ${Math.random().toString(36).slice(2, 7)}`);
  const buyer = await makeUser(db, ["BUYER"], { name: "Ada Buyer" });
  const order = await paidOrder(db, {
    buyerId: buyer.id,
    items: [{ artwork: await makeArtwork(db, artist, { title, kind: "EDITION" }), sellerId: artist.id }],
    shippingAddress: STRIPE_SHIPPING as unknown as Record<string, string>,
  });
  return { artist, buyer, order, item: order.items[0]! };
}

export function fulfilmentDeps(db: Db, lab: PrintLabAdapter | null, now = () => new Date()): FulfilmentDeps {
  return { db, lab, events: createInProcessSender(db, { functions: allFunctions }), now };
}

/** Runs every queued job in-process (apply-print-lab-event, notify-item-shipped, send-email…) with the lab in the deps. */
export function drainWith(db: Db, lab: PrintLabAdapter | null) {
  return drainJobs(db, {
    deps: {
      db,
      mailer: outboxMailer,
      stripe: missingStripe,
      appUrl: "http://atelier.test",
      events: createInProcessSender(db, { functions: allFunctions }),
      deliveryAutoConfirmDays: 21,
      printLab: lab,
    },
  });
}
