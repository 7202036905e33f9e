import type { Db } from "@atelier/db";
import { artworkPublishedEvent, type EventSender } from "@atelier/events";
import { AppError } from "../errors.ts";
import { announceArtworkChange } from "./changed.ts";
import { findOwnedArtwork } from "./owned.ts";
import { applyTransition } from "./transition.ts";

/** DRAFT/REJECTED → IN_REVIEW; needs at least one image. */
export async function submitArtwork(db: Db, userId: string, id: string) {
  const artwork = await findOwnedArtwork(db, userId, id);
  const images = await db.artworkImage.count({ where: { artworkId: id } });
  if (images === 0) throw new AppError("PRECONDITION_FAILED", "Add at least one image before submitting the artwork for review.");
  if (!artwork.category) throw AppError.field("PRECONDITION_FAILED", "category", "Choose a category (Details) before submitting the artwork for review.");
  const status = await applyTransition(db, artwork, "submit", { submittedAt: new Date(), reviewNote: null, rejectionReason: null });
  return { id, status };
}

export async function unpublishArtwork(db: Db, userId: string, id: string, events: EventSender) {
  const artwork = await findOwnedArtwork(db, userId, id);
  const status = await applyTransition(db, artwork, "unpublish");
  await announceArtworkChange(events, id);
  return { id, status };
}

export async function republishArtwork(db: Db, userId: string, id: string, events: EventSender) {
  const artwork = await findOwnedArtwork(db, userId, id);
  const status = await applyTransition(db, artwork, "republish");
  await announceArtworkChange(events, id);
  // back in the catalogue: saved searches made while it was away may be waiting for it
  await events.send(artworkPublishedEvent(id));
  return { id, status };
}

export async function archiveArtwork(db: Db, userId: string, id: string, events: EventSender) {
  const artwork = await findOwnedArtwork(db, userId, id);
  const status = await applyTransition(db, artwork, "archive");
  await announceArtworkChange(events, id);
  return { id, status };
}
