import type { Db } from "@atelier/db";
import { eventsWithTransaction, licensingTermsChangedEvent, type EventSender } from "@atelier/events";
import { findOwnedArtwork, requireArtistProfile } from "../artwork/owned.ts";
import type { ArtworkLicensingOverride } from "../schemas/licensing.ts";
import type { LicensingTermsValues } from "./defaults.ts";

export interface LicensingWriteDeps {
  db: Db;
  events: EventSender;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Saves the artist's terms for all their works (values parsed by licensingTermsSchema). Unchanged terms write
 * nothing; a change bumps `version` and announces atelier/licensing-terms.changed, so listings that no longer
 * comply are paused. Sold items are untouched: they keep the snapshot of the terms they were sold under.
 */
export async function updateArtistTerms(deps: LicensingWriteDeps, userId: string, values: LicensingTermsValues) {
  const profile = await requireArtistProfile(deps.db, userId);
  const current = await deps.db.artistLicensingTerms.findUnique({ where: { artistId: profile.id } });
  if (
    current &&
    current.royaltyBps === values.royaltyBps &&
    current.minimumPriceAmount === values.minimumPriceAmount &&
    current.minimumPriceCurrency === values.minimumPriceCurrency &&
    current.maxDiscountBps === values.maxDiscountBps &&
    current.allowThirdPartyStores === values.allowThirdPartyStores &&
    sameList(current.allowedProductTypes, values.allowedProductTypes)
  ) {
    return { version: current.version, changed: false };
  }
  // the change and its announcement commit together (in-process queue), or the announcement follows the commit
  const { version, afterCommit } = await deps.db.$transaction(async (tx) => {
    const saved = await tx.artistLicensingTerms.upsert({
      where: { artistId: profile.id },
      create: { artistId: profile.id, ...values },
      update: { ...values, version: { increment: 1 } },
      select: { version: true },
    });
    return { version: saved.version, afterCommit: await eventsWithTransaction(deps.events, tx, licensingTermsChangedEvent(profile.id, null, saved.version)) };
  });
  await afterCommit();
  return { version, changed: true };
}

/**
 * Saves one artwork's override (parsed by artworkLicensingTermsSchema). Only the artwork's artist may: anyone
 * else's id answers NOT_FOUND. An override that sets nothing makes the work follow the artist again; the row
 * stays (all fields null) so its version keeps counting and every change is announced once.
 */
export async function updateArtworkTerms(deps: LicensingWriteDeps, userId: string, input: ArtworkLicensingOverride) {
  const artwork = await findOwnedArtwork(deps.db, userId, input.artworkId);
  const { artworkId, ...values } = input;
  const current = await deps.db.artworkLicensingTerms.findUnique({ where: { artworkId } });
  const empty =
    values.royaltyBps === null &&
    values.minimumPriceAmount === null &&
    values.maxDiscountBps === null &&
    values.allowThirdPartyStores === null &&
    !values.productTypesOverridden;
  if (empty && !current) return { version: null, changed: false, overridden: false };
  if (
    current &&
    current.royaltyBps === values.royaltyBps &&
    current.minimumPriceAmount === values.minimumPriceAmount &&
    current.minimumPriceCurrency === values.minimumPriceCurrency &&
    current.maxDiscountBps === values.maxDiscountBps &&
    current.allowThirdPartyStores === values.allowThirdPartyStores &&
    current.productTypesOverridden === values.productTypesOverridden &&
    sameList(current.allowedProductTypes, values.allowedProductTypes)
  ) {
    return { version: current.version, changed: false, overridden: !empty };
  }
  const { version, afterCommit } = await deps.db.$transaction(async (tx) => {
    const saved = await tx.artworkLicensingTerms.upsert({
      where: { artworkId },
      create: { artworkId, ...values },
      update: { ...values, version: { increment: 1 } },
      select: { version: true },
    });
    return {
      version: saved.version,
      afterCommit: await eventsWithTransaction(deps.events, tx, licensingTermsChangedEvent(artwork.artistId, artworkId, saved.version)),
    };
  });
  await afterCommit();
  return { version, changed: true, overridden: !empty };
}
