import type { Db } from "@atelier/db";
import { AppError } from "@atelier/db/errors";
import { findOwnedArtwork } from "./owned.ts";
import { applyTransition } from "./transition.ts";

/** DRAFT/REJECTED → IN_REVIEW; needs at least one image. */
export async function submitArtwork(db: Db, userId: string, id: string) {
  const artwork = await findOwnedArtwork(db, userId, id);
  const images = await db.artworkImage.count({ where: { artworkId: id } });
  if (images === 0) throw new AppError("PRECONDITION_FAILED", "Add at least one image before submitting the artwork for review.");
  const status = await applyTransition(db, artwork, "submit", { submittedAt: new Date(), reviewNote: null, rejectionReason: null });
  return { id, status };
}

export async function unpublishArtwork(db: Db, userId: string, id: string) {
  const artwork = await findOwnedArtwork(db, userId, id);
  return { id, status: await applyTransition(db, artwork, "unpublish") };
}

export async function republishArtwork(db: Db, userId: string, id: string) {
  const artwork = await findOwnedArtwork(db, userId, id);
  return { id, status: await applyTransition(db, artwork, "republish") };
}

export async function archiveArtwork(db: Db, userId: string, id: string) {
  const artwork = await findOwnedArtwork(db, userId, id);
  return { id, status: await applyTransition(db, artwork, "archive") };
}
