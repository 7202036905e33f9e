import type { Db } from "@atelier/db";
import type { EventSender } from "@atelier/events";
import { AppError } from "../errors.ts";
import { Prisma } from "@atelier/db";
import crypto from "node:crypto";
import type { ArtworkFields } from "../schemas/artwork.ts";
import { announceArtworkChange } from "./changed.ts";
import { findOwnedArtwork, requireArtistProfile } from "./owned.ts";
import { freeArtworkSlug } from "./slug.ts";
import { isEditable } from "./status-machine.ts";
import { applyTransition } from "./transition.ts";

function isUniqueViolation(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}

/** (`fields` come parsed by artworkFieldsSchema.) A new DRAFT artwork for the caller's artist profile, with a unique slug from its title. */
export async function createArtwork(db: Db, userId: string, fields: ArtworkFields) {
  const profile = await requireArtistProfile(db, userId);
  let slug = await freeArtworkSlug(db, fields.title);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.artwork.create({ data: { ...fields, artistId: profile.id, slug, status: "DRAFT" }, select: { id: true, slug: true, status: true } });
    } catch (e) {
      if (!isUniqueViolation(e) || attempt >= 3) throw e;
      slug = `${slug.replace(/-[0-9a-f]{6}$/, "")}-${crypto.randomBytes(3).toString("hex")}`;
    }
  }
}

/** Title, price/currency and kind (incl. edition size) are what a buyer relies on: changing them after approval needs a new review. */
export function isMaterialChange(before: ArtworkFields, after: ArtworkFields): boolean {
  return (
    before.title !== after.title ||
    before.priceAmount !== after.priceAmount ||
    before.currency !== after.currency ||
    before.kind !== after.kind ||
    before.editionSize !== after.editionSize
  );
}

/**
 * Saves the form. Editing a PUBLISHED artwork's title, price/currency or kind sends it back to IN_REVIEW
 * (an UNPUBLISHED one back to DRAFT); other edits keep the status. SOLD and ARCHIVED are read-only.
 * Edits to a published artwork are announced (its search embedding follows the new text, or goes).
 */
export async function updateArtwork(db: Db, userId: string, { id, fields }: { id: string; fields: ArtworkFields }, events: EventSender) {
  const existing = await findOwnedArtwork(db, userId, id);
  if (!isEditable(existing.status)) {
    throw new AppError("PRECONDITION_FAILED", `This artwork is ${existing.status.toLowerCase()} and can no longer be edited.`);
  }
  const taken = existing.editionsSold + existing.unitsHeld;
  if (existing.kind === "EDITION" && fields.kind === "EDITION" && fields.editionSize !== null && fields.editionSize < taken) {
    throw AppError.field("BAD_REQUEST", "editionSize", `${taken} prints are already sold or in open checkouts; the edition cannot be smaller.`);
  }
  const material = isMaterialChange(existing as ArtworkFields, fields);
  if (!material) {
    const r = await db.artwork.updateMany({ where: { id, status: existing.status }, data: fields });
    if (r.count === 0) throw new AppError("CONFLICT", "This artwork changed in the meantime. Reload and try again.");
    if (existing.status === "PUBLISHED") await announceArtworkChange(events, id);
    return { id, status: existing.status, sentToReview: false };
  }
  const backToReview = existing.status === "PUBLISHED";
  const status = await applyTransition(db, existing, "materialEdit", {
    ...fields,
    ...(backToReview ? { submittedAt: new Date(), reviewNote: null, rejectionReason: null } : {}),
  });
  if (backToReview) await announceArtworkChange(events, id);
  return { id, status, sentToReview: backToReview };
}
