import type { Db } from "@atelier/db";
import crypto from "node:crypto";

/** "Blue Hour, No. 3" → "blue-hour-no-3" (ASCII, ≤ 60 chars). */
export function slugify(text: string, fallback = "artwork"): string {
  const s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return s || fallback;
}

/** A free artwork slug: the plain slug if unused, else with a short random suffix (the unique index is the final judge). */
export async function freeArtworkSlug(db: Db, title: string): Promise<string> {
  const base = slugify(title);
  const taken = await db.artwork.findUnique({ where: { slug: base }, select: { id: true } });
  return taken ? `${base}-${crypto.randomBytes(3).toString("hex")}` : base;
}
