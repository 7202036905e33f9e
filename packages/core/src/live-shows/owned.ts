import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";

const SHOW_NOT_FOUND = "We couldn't find that show.";

/** The caller's artist profile id, or a clear precondition error. */
export async function requireShowArtist(db: Db, userId: string): Promise<string> {
  const profile = await db.artistProfile.findUnique({ where: { userId }, select: { id: true } });
  if (!profile) throw new AppError("PRECONDITION_FAILED", "Set up your artist profile (Studio → Profile) before running a live show.");
  return profile.id;
}

/** Throws NOT_FOUND unless the show belongs to the artist `userId` (another artist's id looks like an unknown one). */
export async function requireOwnedShow(db: Db, userId: string, showId: string): Promise<void> {
  const show = await db.liveShow.findFirst({ where: { id: showId, artist: { userId } }, select: { id: true } });
  if (!show) throw new AppError("NOT_FOUND", SHOW_NOT_FOUND);
}

/** Throws NOT_FOUND unless the claim is on a show of the artist `userId`. */
export async function requireOwnedClaim(db: Db, userId: string, claimId: string): Promise<void> {
  const claim = await db.liveClaim.findFirst({ where: { id: claimId, show: { artist: { userId } } }, select: { id: true } });
  if (!claim) throw new AppError("NOT_FOUND", "We couldn't find that claim.");
}

export { SHOW_NOT_FOUND };
