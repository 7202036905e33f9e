import type { Db } from "@atelier/db";
import { localLabAdapter } from "@atelier/core/fulfilment";
import { accountSnapshot } from "@atelier/core/payments";
import { startPrintLab, type PrintLab } from "@atelier/print-lab";
import { callerAs } from "../harness.ts";
import type { PaymentsWorld } from "../payments/world.ts";
import { makeSeller, makeWork } from "../checkout/shop.ts";
import { approvedStoreOwner, withPicture } from "../stores/helpers.ts";

const LAB_SECRET = "plsec_licensed_checkout_secret";

/** The local print lab (no webhooks: tests read its orders), wired into the world's jobs. */
export async function withPrintLab(world: PaymentsWorld): Promise<PrintLab> {
  const lab = await startPrintLab({ stepMs: 3_600_000, retryScheduleMs: [50], webhooks: [], log: () => {} });
  world.jobDeps.printLab = localLabAdapter({ url: lab.url, webhookSecret: LAB_SECRET });
  return lab;
}

let n = 0;

/**
 * The cast: an artist (payable) whose terms allow stores — royalty 10%, floor €20, discounts up to 20%,
 * giclée prints, posters and downloads — with one published original that has an image; a store owner (payable)
 * whose store lists an A3 giclée at €45 less 10%; and the artist's own shop selling an A3 poster at €24.
 */
/** A Connect account the sandbox knows and has onboarded, as the user's ConnectAccount (so transfers to them go through). */
async function payableInSandbox(db: Db, world: PaymentsWorld, userId: string) {
  const stripe = world.payments.stripe;
  const created = await stripe.accounts.create({
    type: "express",
    country: "IE",
    capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
  });
  await fetch(`${world.sandbox.url}/__sandbox/accounts/${created.id}/complete_onboarding`, { method: "POST" });
  const account = await stripe.accounts.retrieve(created.id);
  const data = { stripeAccountId: account.id, country: "IE", ...accountSnapshot(account), syncedAt: new Date() };
  await db.connectAccount.upsert({ where: { userId }, create: { userId, ...data }, update: data });
}

export async function licensedCast(db: Db, world: PaymentsWorld) {
  const artist = await makeSeller(db, "IE", "Róisín");
  const artistApi = await callerAs(db, artist.user.id);
  await artistApi.licensing.update({
    royalty: "10",
    minimumPrice: "20",
    currency: "EUR",
    maxDiscount: "20",
    allowThirdPartyStores: true,
    productTypes: ["giclee-print", "poster", "digital-download"],
  });
  const artwork = await makeWork(db, artist.profile.id, { title: `Harbour at Dusk ${++n}`, priceAmount: 90_000 });
  await withPicture(db, artwork.id);
  const owner = await approvedStoreOwner(db, `Harbour Prints ${n}`);
  await payableInSandbox(db, world, artist.user.id);
  await payableInSandbox(db, world, owner.user.id);
  const storeListing = await owner.api.store.createListing({ artworkId: artwork.id, variantCode: "giclee-a3", price: "45", discount: "10" });
  const shopListing = await artistApi.shop.create({ artworkId: artwork.id, variantCode: "poster-a3", price: "24" });
  return { artist, artistApi, artwork, owner, storeListing, shopListing };
}
