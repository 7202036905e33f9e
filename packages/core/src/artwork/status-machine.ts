import type { ArtworkStatus } from "../schemas/artwork.ts";

/**
 * Every status change of an artwork, in one pure table. Callers apply the result with a conditional
 * update (`where: { id, status: from }`), so two racing changes can never skip a state.
 */
export type ArtworkEvent =
  | "submit" // artist: DRAFT/REJECTED → IN_REVIEW
  | "approve" // admin: IN_REVIEW → PUBLISHED
  | "requestChanges" // admin: IN_REVIEW → DRAFT
  | "reject" // admin: IN_REVIEW → REJECTED
  | "unpublish" // artist: PUBLISHED → UNPUBLISHED
  | "republish" // artist: UNPUBLISHED → PUBLISHED
  | "archive" // artist: anything but SOLD (and ARCHIVED) → ARCHIVED
  | "materialEdit"; // artist changed title, price/currency or kind after approval

const TABLE: Record<ArtworkEvent, Partial<Record<ArtworkStatus, ArtworkStatus>>> = {
  submit: { DRAFT: "IN_REVIEW", REJECTED: "IN_REVIEW" },
  approve: { IN_REVIEW: "PUBLISHED" },
  requestChanges: { IN_REVIEW: "DRAFT" },
  reject: { IN_REVIEW: "REJECTED" },
  unpublish: { PUBLISHED: "UNPUBLISHED" },
  republish: { UNPUBLISHED: "PUBLISHED" },
  archive: { DRAFT: "ARCHIVED", IN_REVIEW: "ARCHIVED", PUBLISHED: "ARCHIVED", REJECTED: "ARCHIVED", UNPUBLISHED: "ARCHIVED" },
  // A published work goes back to review; an unpublished one becomes a draft (republishing must not skip review).
  materialEdit: { DRAFT: "DRAFT", IN_REVIEW: "IN_REVIEW", REJECTED: "REJECTED", PUBLISHED: "IN_REVIEW", UNPUBLISHED: "DRAFT" },
};

/** The next status, or null when the event is not allowed from `from`. */
export function nextStatus(from: ArtworkStatus, event: ArtworkEvent): ArtworkStatus | null {
  return TABLE[event][from] ?? null;
}

/** SOLD and ARCHIVED artworks are read-only. */
export function isEditable(status: ArtworkStatus): boolean {
  return status !== "SOLD" && status !== "ARCHIVED";
}

const EVENT_LABEL: Record<ArtworkEvent, string> = {
  submit: "submitted for review",
  approve: "approved",
  requestChanges: "sent back for changes",
  reject: "rejected",
  unpublish: "unpublished",
  republish: "republished",
  archive: "archived",
  materialEdit: "edited",
};

/** A clear message for a refused transition. */
export function transitionRefusal(from: ArtworkStatus, event: ArtworkEvent): string {
  return `An artwork that is ${from.toLowerCase().replace("_", " ")} cannot be ${EVENT_LABEL[event]}.`;
}
