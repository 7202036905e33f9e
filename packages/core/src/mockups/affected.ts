import type { Db } from "@atelier/db";
import { MOCKUP_PUBLIC_STATUSES } from "./plan.ts";

/** The public works whose mockups a change of terms may touch: the one artwork, or every public work of the artist. */
export async function artworksAffectedByTerms(db: Db, change: { artistId: string; artworkId: string | null }): Promise<string[]> {
  const rows = await db.artwork.findMany({
    where: { artistId: change.artistId, status: { in: [...MOCKUP_PUBLIC_STATUSES] }, ...(change.artworkId ? { id: change.artworkId } : {}) },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => r.id);
}
