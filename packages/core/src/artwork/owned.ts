import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";

/** The caller's artist profile, or a clear precondition error. */
export async function requireArtistProfile(db: Db, userId: string) {
  const profile = await db.artistProfile.findUnique({ where: { userId }, select: { id: true, slug: true, displayName: true } });
  if (!profile) throw new AppError("PRECONDITION_FAILED", "Set up your artist profile (Studio → Profile) before adding artworks.");
  return profile;
}

/** An artwork owned by `userId`; anyone else's id (or an unknown one) is NOT_FOUND, so ids cannot be probed. */
export async function findOwnedArtwork(db: Db, userId: string, id: string) {
  const artwork = await db.artwork.findFirst({ where: { id, artist: { userId } } });
  if (!artwork) throw new AppError("NOT_FOUND", "Artwork not found");
  return artwork;
}
