import type { Db } from "@atelier/db";
import { TRPCError } from "@trpc/server";
import { fieldErrorsOf } from "../../src/errors.ts";
import { callerAs } from "../harness.ts";
import { makeSeller, makeWork, type WorkOptions } from "../checkout/shop.ts";

export type Caller = Awaited<ReturnType<typeof callerAs>>;

/** An approved artist with a profile, and their caller. */
export async function showArtist(db: Db, name = "Live Artist") {
  const seller = await makeSeller(db, "IE", name);
  // live shows are a Pro feature (core/plans/features.ts)
  await db.sellerPlan.create({ data: { userId: seller.user.id, plan: "PRO", status: "active" } });
  const caller = await callerAs(db, seller.user.id);
  return { ...seller, caller };
}

/** A LIVE show of the artist with one original of theirs as item 1 and an ad-hoc item 2 (3 mugs at €12). */
export async function liveShowWithItems(db: Db, artist: Awaited<ReturnType<typeof showArtist>>, work: WorkOptions = {}) {
  const original = await makeWork(db, artist.profile.id, { title: "Indigo Hour", priceAmount: 200_000, ...work });
  const show = await artist.caller.liveShow.create({ title: "Friday studio live", startsAt: new Date(), platform: "INSTAGRAM", currency: "EUR" });
  const painting = await artist.caller.liveShow.addItem({ kind: "artwork", showId: show.id, artworkId: original.id });
  const mugs = await artist.caller.liveShow.addItem({ kind: "adhoc", showId: show.id, title: "Studio mug", price: "12", quantity: 3 });
  await artist.caller.liveShow.start({ showId: show.id });
  return { show, original, painting, mugs };
}

export async function artworkStock(db: Db, artworkId: string) {
  return db.artwork.findUniqueOrThrow({ where: { id: artworkId }, select: { unitsHeld: true, editionsSold: true, status: true } });
}

export async function claimsOf(db: Db, itemId: string) {
  return db.liveClaim.findMany({ where: { itemId }, orderBy: { position: "asc" }, select: { buyerHandle: true, status: true, position: true } });
}

/** The tRPC error a call fails with: its code, message and the field errors the client would get. */
export async function rejection(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    return { code: e.code, message: e.message, fieldErrors: fieldErrorsOf(e.cause) ?? {} };
  }
  throw new Error("expected the call to fail");
}
