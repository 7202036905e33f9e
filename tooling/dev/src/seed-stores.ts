/**
 * Demo stores (packages/db/src/seed/catalogue/stores.ts): two artists who allow stores, an approved store with
 * listings, a store application waiting for review, and products in artists' own shops. Every listing is checked
 * against its artwork's terms exactly as the listing form checks it (a seed that breaks the terms fails loudly).
 * Idempotent: what exists is left alone.
 */
import { assertListingCompliant } from "@atelier/core/stores/listing-check";
import { PLATFORM_LICENSING_DEFAULTS } from "@atelier/core/licensing/defaults";
import type { Db } from "@atelier/db";
import {
  DEMO_SHOP_LISTINGS,
  DEMO_STORE,
  DEMO_STORE_APPLICANT,
  DEMO_STORE_FRIENDLY_ARTISTS,
  DEMO_STORE_LISTINGS,
  DEMO_STORE_PASSWORD,
} from "@atelier/db/seed/catalogue";

interface StoreSeedDeps {
  hashPassword: (password: string) => Promise<string>;
  log: (line: string) => void;
  /** COMMISSION_LICENSED_BPS (the setting's default: 1000) */
  platformFeeBps?: number;
}

async function ensureUser(db: Db, email: string, name: string, passwordHash: string) {
  const user =
    (await db.user.findUnique({ where: { email }, select: { id: true } })) ??
    (await db.user.create({ data: { email, name, passwordHash, emailVerified: new Date() }, select: { id: true } }));
  await db.userRole.createMany({ data: [{ userId: user.id, role: "BUYER" }], skipDuplicates: true });
  return user;
}

export async function seedStores(db: Db, deps: StoreSeedDeps) {
  const fee = deps.platformFeeBps ?? 1_000;
  for (const a of DEMO_STORE_FRIENDLY_ARTISTS) {
    const profile = await db.artistProfile.findUnique({ where: { slug: a.slug }, select: { id: true } });
    if (!profile || (await db.artistLicensingTerms.findUnique({ where: { artistId: profile.id }, select: { artistId: true } }))) continue;
    await db.artistLicensingTerms.create({
      data: {
        artistId: profile.id,
        royaltyBps: a.royaltyBps,
        minimumPriceAmount: a.minimumPriceAmount,
        minimumPriceCurrency: PLATFORM_LICENSING_DEFAULTS.minimumPriceCurrency,
        maxDiscountBps: a.maxDiscountBps,
        allowThirdPartyStores: true,
        allowedProductTypes: a.productTypes,
      },
    });
  }

  const passwordHash = await deps.hashPassword(DEMO_STORE_PASSWORD);
  const owner = await ensureUser(db, DEMO_STORE.email, DEMO_STORE.ownerName, passwordHash);
  let store = await db.store.findUnique({ where: { ownerUserId: owner.id }, select: { id: true } });
  if (!store) {
    await db.storeApplication.create({
      data: {
        userId: owner.id,
        status: "APPROVED",
        name: DEMO_STORE.name,
        description: DEMO_STORE.description,
        website: DEMO_STORE.website,
        reason: DEMO_STORE.reason,
        country: DEMO_STORE.country,
        reviewedAt: new Date(),
      },
    });
    await db.userRole.createMany({ data: [{ userId: owner.id, role: "STORE_OWNER" }], skipDuplicates: true });
    store = await db.store.create({
      data: {
        ownerUserId: owner.id,
        slug: DEMO_STORE.slug,
        name: DEMO_STORE.name,
        description: DEMO_STORE.description,
        website: DEMO_STORE.website,
        country: DEMO_STORE.country,
      },
      select: { id: true },
    });
  }

  const applicant = await ensureUser(db, DEMO_STORE_APPLICANT.email, DEMO_STORE_APPLICANT.name, passwordHash);
  if (!(await db.storeApplication.findFirst({ where: { userId: applicant.id }, select: { id: true } }))) {
    await db.storeApplication.create({
      data: {
        userId: applicant.id,
        name: DEMO_STORE_APPLICANT.storeName,
        description: DEMO_STORE_APPLICANT.description,
        reason: DEMO_STORE_APPLICANT.reason,
        country: "NL",
      },
    });
  }

  let listed = 0;
  const list = async (seller: "STORE" | "ARTIST_SHOP", l: (typeof DEMO_STORE_LISTINGS)[number]) => {
    const artwork = await db.artwork.findUnique({ where: { slug: l.artworkSlug }, select: { id: true, currency: true, status: true } });
    if (!artwork || !["PUBLISHED", "SOLD"].includes(artwork.status)) return;
    const storeId = seller === "STORE" ? store.id : null;
    if (
      await db.listing.findFirst({
        where: { seller, storeId, artworkId: artwork.id, variantCode: l.variantCode, status: { not: "REMOVED" } },
        select: { id: true },
      })
    )
      return;
    const row = { seller, artworkId: artwork.id, variantCode: l.variantCode, currency: artwork.currency, unitAmount: l.unitAmount, discountBps: l.discountBps };
    await assertListingCompliant(db, fee, row);
    await db.listing.create({ data: { ...row, storeId } });
    listed++;
  };
  for (const l of DEMO_STORE_LISTINGS) await list("STORE", l);
  for (const l of DEMO_SHOP_LISTINGS) await list("ARTIST_SHOP", l);
  deps.log(`stores: ${DEMO_STORE.name} (${DEMO_STORE.email} / ${DEMO_STORE_PASSWORD}), a pending store application, ${listed} listings added`);
}
