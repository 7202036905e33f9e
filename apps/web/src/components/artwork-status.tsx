import type { ArtworkStatus } from "@atelier/core/schemas/artwork";
import { Badge } from "@atelier/ui";

const LABEL: Record<ArtworkStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  PUBLISHED: "Published",
  REJECTED: "Rejected",
  UNPUBLISHED: "Unpublished",
  ARCHIVED: "Archived",
  SOLD: "Sold",
};

const TONE: Record<ArtworkStatus, "neutral" | "accent" | "ok" | "warn"> = {
  DRAFT: "neutral",
  IN_REVIEW: "warn",
  PUBLISHED: "ok",
  REJECTED: "accent",
  UNPUBLISHED: "neutral",
  ARCHIVED: "neutral",
  SOLD: "ok",
};

/** What each status means for the artist, shown on the edit page. */
export const STATUS_EXPLANATION: Record<ArtworkStatus, string> = {
  DRAFT: "Only you can see this draft. Add at least one image, then submit it for review.",
  IN_REVIEW: "Our curators are reviewing this artwork. You can still refine the description; it goes live once approved.",
  PUBLISHED: "Live in the gallery. Editing the description, medium or tags keeps it live; changing the title, price, currency or kind sends it back to review.",
  REJECTED: "This artwork was not accepted. Read the reason, make changes and submit it again if it fits.",
  UNPUBLISHED: "Hidden from the gallery. Republish whenever you like; changing the title, price or kind first turns it back into a draft for review.",
  ARCHIVED: "Archived and read-only. It no longer appears anywhere public.",
  SOLD: "Sold and read-only.",
};

export const statusLabel = (s: ArtworkStatus) => LABEL[s];

export function StatusBadge({ status }: { status: ArtworkStatus }) {
  return <Badge tone={TONE[status]}>{LABEL[status]}</Badge>;
}
