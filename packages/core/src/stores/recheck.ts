import type { Db } from "@atelier/db";
import { emailEvent, type EmailRequestedEvent } from "@atelier/events";
import { noncompliantListings } from "../licensing/compliance.ts";
import { effectiveTerms } from "../licensing/effective.ts";
import { readArtistTerms, readArtworkOverride } from "../licensing/read.ts";
import { ensureProductCatalogue } from "../products/sync.ts";

export interface RecheckDeps {
  db: Db;
  platformFeeBps: number;
  now: () => Date;
  appUrl: string;
}

/**
 * After an artist's terms changed (one artwork's, or all their works'): every ACTIVE listing of those works is
 * checked against the terms as they are now; those that no longer comply are PAUSED with the reason, and each
 * store with a paused listing gets one mail saying which and why. Sales already made are not touched (they keep
 * their snapshot). Idempotent: a listing is paused only while ACTIVE; the mail's id is the event's and the store's.
 */
export async function pauseNoncompliantListings(deps: RecheckDeps, change: { artistId: string; artworkId: string | null; version: number }) {
  const { db } = deps;
  await ensureProductCatalogue(db);
  const listings = await db.listing.findMany({
    where: { status: "ACTIVE", artwork: { artistId: change.artistId, ...(change.artworkId ? { id: change.artworkId } : {}) } },
    select: {
      id: true,
      seller: true,
      artworkId: true,
      currency: true,
      unitAmount: true,
      discountBps: true,
      artwork: { select: { title: true } },
      store: { select: { id: true, name: true, owner: { select: { email: true } } } },
      variant: {
        select: {
          name: true,
          productTypeCode: true,
          productType: { select: { name: true } },
          prices: { select: { currency: true, productionCostAmount: true } },
        },
      },
    },
  });
  const artistTerms = await readArtistTerms(db, change.artistId);
  const overrides = new Map<string, Awaited<ReturnType<typeof readArtworkOverride>>>();
  for (const id of new Set(listings.map((l) => l.artworkId))) overrides.set(id, await readArtworkOverride(db, id));

  const paused: { listingId: string; reason: string }[] = [];
  for (const [artworkId, override] of overrides) {
    const terms = effectiveTerms(artistTerms, override);
    const ofWork = listings
      .filter((l) => l.artworkId === artworkId)
      .map((l) => ({
        ...l,
        productTypeCode: l.variant.productTypeCode,
        // a currency the price table lacks cannot be produced: a cost no price covers pauses it
        productionCostAmount: l.variant.prices.find((p) => p.currency === l.currency)?.productionCostAmount ?? Number.MAX_SAFE_INTEGER,
      }));
    for (const { listing, reason } of noncompliantListings(ofWork, terms, { platformFeeBps: deps.platformFeeBps })) {
      const r = await db.listing.updateMany({
        where: { id: listing.id, status: "ACTIVE" },
        data: { status: "PAUSED", pauseReason: reason, pausedAt: deps.now() },
      });
      if (r.count === 1) paused.push({ listingId: listing.id, reason });
    }
  }

  const byStore = new Map<string, { to: string; storeName: string; items: { title: string; product: string; reason: string }[] }>();
  for (const p of paused) {
    const l = listings.find((x) => x.id === p.listingId)!;
    if (!l.store) continue; // the artist's own shop: they changed the terms themselves, the studio shows it
    const entry = byStore.get(l.store.id) ?? { to: l.store.owner.email, storeName: l.store.name, items: [] };
    entry.items.push({ title: l.artwork.title, product: `${l.variant.productType.name}, ${l.variant.name}`, reason: p.reason });
    byStore.set(l.store.id, entry);
  }
  const mails: EmailRequestedEvent[] = [...byStore.entries()].map(([storeId, m]) =>
    emailEvent(
      { template: "listings-paused", to: m.to, props: { storeName: m.storeName, listings: m.items, storeUrl: `${deps.appUrl}/store` } },
      `listings-paused:${storeId}:${change.artistId}:${change.artworkId ?? "all"}:v${change.version}`,
    ),
  );
  return { checked: listings.length, paused, mails };
}
