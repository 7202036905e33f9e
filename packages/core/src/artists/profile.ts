import type { Db } from "@atelier/db";
import crypto from "node:crypto";
import type { ArtistProfileFields } from "../schemas/artist-profile.ts";
import { slugify } from "../artwork/slug.ts";

const select = {
  id: true,
  slug: true,
  displayName: true,
  bio: true,
  statement: true,
  location: true,
  website: true,
  instagram: true,
  avatarKey: true,
  updatedAt: true,
} as const;

/** The caller's artist profile, or null when they have none yet. */
export function myArtistProfile(db: Db, userId: string) {
  return db.artistProfile.findUnique({ where: { userId }, select });
}

/** Saves the caller's profile; creates it (with a unique slug from the display name) on first save. The slug never changes afterwards. */
export async function updateArtistProfile(db: Db, userId: string, fields: ArtistProfileFields) {
  const existing = await db.artistProfile.findUnique({ where: { userId }, select: { id: true } });
  if (existing) return db.artistProfile.update({ where: { userId }, data: fields, select });
  const base = slugify(fields.displayName, "artist");
  const taken = await db.artistProfile.findUnique({ where: { slug: base }, select: { id: true } });
  const slug = taken ? `${base}-${crypto.randomBytes(3).toString("hex")}` : base;
  return db.artistProfile.upsert({ where: { userId }, create: { ...fields, userId, slug }, update: fields, select });
}
