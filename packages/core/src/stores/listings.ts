import type { Db, Prisma } from "@atelier/db";
import type { z } from "zod";
import { isUniqueViolation } from "../applications/unique-violation.ts";
import { AppError } from "../errors.ts";
import type { listingCreateSchema, listingStatusSchema, listingUpdateSchema } from "../schemas/stores.ts";
import { assertListingCompliant, parseListingPrice } from "./listing-check.ts";
import { listingSelect, toListingView } from "./listing-view.ts";

export interface ListingDeps {
  db: Db;
  /** the platform's fee on licensed products (settings: COMMISSION_LICENSED_BPS) */
  platformFeeBps: number;
  now: () => Date;
}

/** Who is selling: a store (its owner is the caller) or an artist's own shop (the caller is the artist). */
export type SellerRef = { seller: "STORE"; storeId: string } | { seller: "ARTIST_SHOP"; artistId: string; userId: string };

const PUBLIC_STATUSES = ["PUBLISHED", "SOLD"] as const;
const ONE_LIVE = "Listing_one_live_per_seller_variant";

/** The caller's store; a store owner whose store is gone (or someone without one) cannot list. */
export async function requireMyStore(db: Db, userId: string) {
  const store = await db.store.findUnique({ where: { ownerUserId: userId }, select: { id: true, slug: true, name: true } });
  if (!store) throw new AppError("PRECONDITION_FAILED", "You have no store yet: apply for one first.");
  return store;
}

export async function storeSeller(db: Db, userId: string): Promise<SellerRef> {
  return { seller: "STORE", storeId: (await requireMyStore(db, userId)).id };
}

export async function artistShopSeller(db: Db, userId: string): Promise<Extract<SellerRef, { seller: "ARTIST_SHOP" }>> {
  const profile = await db.artistProfile.findUnique({ where: { userId }, select: { id: true } });
  if (!profile) throw new AppError("PRECONDITION_FAILED", "Set up your artist profile (Studio → Profile) before opening your shop.");
  return { seller: "ARTIST_SHOP", artistId: profile.id, userId };
}

/** The listings this seller may touch: a store's own, or the artist's own shop's on their own works. Anything else is NOT_FOUND. */
function ownedBy(s: SellerRef): Prisma.ListingWhereInput {
  return s.seller === "STORE" ? { seller: "STORE", storeId: s.storeId } : { seller: "ARTIST_SHOP", artwork: { artistId: s.artistId } };
}

async function listableArtwork(db: Db, s: SellerRef, artworkId: string) {
  const artwork = await db.artwork.findFirst({
    where: { id: artworkId, ...(s.seller === "ARTIST_SHOP" ? { artistId: s.artistId } : { status: { in: [...PUBLIC_STATUSES] } }) },
    select: { id: true, status: true, currency: true },
  });
  if (!artwork) throw new AppError("NOT_FOUND", "Artwork not found");
  if (!(PUBLIC_STATUSES as readonly string[]).includes(artwork.status))
    throw AppError.field("BAD_REQUEST", "artworkId", "Only published works can be sold in your shop: publish this work first.");
  return artwork;
}

/** (Inputs are the schemas' parsed output: the router validates.) Lists one variant of a published artwork at a price in the artwork's currency, if the artwork's terms allow it. */
export async function createListing(deps: ListingDeps, s: SellerRef, input: z.output<typeof listingCreateSchema>) {
  const artwork = await listableArtwork(deps.db, s, input.artworkId);
  const unitAmount = parseListingPrice(input.price, artwork.currency);
  const l = { seller: s.seller, artworkId: artwork.id, variantCode: input.variantCode, currency: artwork.currency, unitAmount, discountBps: input.discount };
  await assertListingCompliant(deps.db, deps.platformFeeBps, l);
  try {
    const row = await deps.db.listing.create({ data: { ...l, storeId: s.seller === "STORE" ? s.storeId : null }, select: listingSelect });
    return toListingView(row);
  } catch (e) {
    if (isUniqueViolation(e, ONE_LIVE) || isUniqueViolation(e))
      throw AppError.field("CONFLICT", "variantCode", "You already sell this product of this work: change that listing instead.");
    throw e;
  }
}

async function ownedListing(db: Db, s: SellerRef, listingId: string) {
  const row = await db.listing.findFirst({ where: { id: listingId, ...ownedBy(s) }, select: listingSelect });
  if (!row) throw new AppError("NOT_FOUND", "Listing not found");
  return row;
}

const removedError = () => new AppError("PRECONDITION_FAILED", "This listing was removed; list the product again instead.");

/** Reprices a listing (its status stays); the new price and discount must keep the artwork's terms as they are now. */
export async function updateListing(deps: ListingDeps, s: SellerRef, input: z.output<typeof listingUpdateSchema>) {
  const row = await ownedListing(deps.db, s, input.listingId);
  if (row.status === "REMOVED") throw removedError();
  const unitAmount = parseListingPrice(input.price, row.currency);
  await assertListingCompliant(deps.db, deps.platformFeeBps, { ...row, seller: s.seller, unitAmount, discountBps: input.discount });
  const r = await deps.db.listing.updateMany({ where: { id: row.id, status: { not: "REMOVED" } }, data: { unitAmount, discountBps: input.discount } });
  if (r.count === 0) throw removedError();
  return toListingView(await deps.db.listing.findUniqueOrThrow({ where: { id: row.id }, select: listingSelect }));
}

/** Pause, resume (only if it keeps the terms as they are now; clears the pause reason) or remove for good. */
export async function setListingStatus(deps: ListingDeps, s: SellerRef, input: z.output<typeof listingStatusSchema>) {
  const { listingId, status } = input;
  const row = await ownedListing(deps.db, s, listingId);
  if (row.status === "REMOVED") throw removedError();
  if (status === "ACTIVE") await assertListingCompliant(deps.db, deps.platformFeeBps, { ...row, seller: s.seller });
  const data =
    status === "ACTIVE"
      ? { status, pauseReason: null, pausedAt: null }
      : status === "PAUSED"
        ? { status, pauseReason: null, pausedAt: deps.now() }
        : { status };
  const r = await deps.db.listing.updateMany({ where: { id: row.id, status: { not: "REMOVED" } }, data });
  if (r.count === 0) throw removedError();
  return toListingView(await deps.db.listing.findUniqueOrThrow({ where: { id: row.id }, select: listingSelect }));
}

/** The seller's listings that are not removed, newest first. */
export async function myListings(db: Db, s: SellerRef) {
  const rows = await db.listing.findMany({
    where: { ...ownedBy(s), status: { not: "REMOVED" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: listingSelect,
  });
  return rows.map(toListingView);
}
