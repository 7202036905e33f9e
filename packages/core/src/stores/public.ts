import type { Db, Prisma } from "@atelier/db";
import { AppError } from "../errors.ts";
import { listingSelect, toListingView } from "./listing-view.ts";

const PUBLIC_STATUSES = ["PUBLISHED", "SOLD"] as const;

/** A store whose owner holds the STORE_OWNER role: removing it (admin) closes the store's public page. */
const openStoreWhere: Prisma.StoreWhereInput = { owner: { roles: { some: { role: "STORE_OWNER" } } } };

/** What a buyer may see: an active listing of a work in the public catalogue, by the artist's shop or an open store. */
export const onSaleWhere: Prisma.ListingWhereInput = {
  status: "ACTIVE",
  artwork: { status: { in: [...PUBLIC_STATUSES] } },
  OR: [{ storeId: null }, { store: openStoreWhere }],
};

const order = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/** A store's public page: who they are and what they sell now. NOT_FOUND for an unknown slug or a closed store. */
export async function storeBySlug(db: Db, slug: string) {
  const store = await db.store.findFirst({
    where: { slug, ...openStoreWhere },
    select: { id: true, slug: true, name: true, description: true, website: true, createdAt: true },
  });
  if (!store) throw new AppError("NOT_FOUND", "Store not found");
  const rows = await db.listing.findMany({ where: { ...onSaleWhere, storeId: store.id }, orderBy: order, take: 200, select: listingSelect });
  const { id: _id, ...publicStore } = store;
  return { store: publicStore, listings: rows.map(toListingView) };
}

/** The stores with something on sale, for the stores index (most listings first). */
export async function listStores(db: Db) {
  const stores = await db.store.findMany({
    where: openStoreWhere,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 100,
    select: { slug: true, name: true, description: true, _count: { select: { listings: { where: onSaleWhere } } } },
  });
  return stores.map((s) => ({ slug: s.slug, name: s.name, description: s.description, listingCount: s._count.listings }));
}

/** Every licensed product on sale of one public artwork: the artist's own shop first, then the stores. */
export async function listingsOfArtwork(db: Db, artworkId: string) {
  const rows = await db.listing.findMany({ where: { ...onSaleWhere, artworkId }, orderBy: [{ seller: "asc" }, ...order], take: 100, select: listingSelect });
  return rows.map(toListingView).sort((a, b) => (a.seller === b.seller ? 0 : a.seller === "ARTIST_SHOP" ? -1 : 1));
}

/** The artist's own shop, on their public page. NOT_FOUND for an unknown artist. */
export async function artistShop(db: Db, artistSlug: string) {
  const artist = await db.artistProfile.findUnique({ where: { slug: artistSlug }, select: { id: true } });
  if (!artist) throw new AppError("NOT_FOUND", "Artist not found");
  const rows = await db.listing.findMany({
    where: { ...onSaleWhere, seller: "ARTIST_SHOP", artwork: { artistId: artist.id, status: { in: [...PUBLIC_STATUSES] } } },
    orderBy: order,
    take: 200,
    select: listingSelect,
  });
  return rows.map(toListingView);
}

/** For the artist: every store that sells (or sold, and was paused) their work, with those listings. */
export async function storesSellingMyWork(db: Db, userId: string) {
  const rows = await db.listing.findMany({
    where: { seller: "STORE", status: { not: "REMOVED" }, artwork: { artist: { userId } } },
    orderBy: order,
    take: 500,
    select: listingSelect,
  });
  const byStore = new Map<string, { store: { slug: string; name: string }; listings: ReturnType<typeof toListingView>[] }>();
  for (const l of rows.map(toListingView)) {
    const key = l.store!.slug;
    if (!byStore.has(key)) byStore.set(key, { store: l.store!, listings: [] });
    byStore.get(key)!.listings.push(l);
  }
  return [...byStore.values()].sort((a, b) => a.store.name.localeCompare(b.store.name));
}
