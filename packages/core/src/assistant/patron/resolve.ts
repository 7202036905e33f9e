import type { Db } from "@atelier/db";
import { AppError } from "../../errors.ts";

const PUBLIC = { in: ["PUBLISHED" as const, "SOLD" as const] };

/** An artwork the model named by slug or title ("Small Blue Study I") → its public id and slug. */
export async function resolvePublicArtwork(db: Db, ref: string): Promise<{ id: string; slug: string; title: string }> {
  const r = ref.trim().replace(/^\/?artworks\//, "");
  const select = { id: true, slug: true, title: true } as const;
  const found =
    (await db.artwork.findFirst({ where: { slug: r, status: PUBLIC }, select })) ??
    (await db.artwork.findFirst({ where: { title: { equals: r, mode: "insensitive" }, status: PUBLIC }, select, orderBy: { publishedAt: "desc" } })) ??
    (await db.artwork.findFirst({ where: { title: { contains: r, mode: "insensitive" }, status: PUBLIC }, select, orderBy: { publishedAt: "desc" } }));
  if (!found) throw new AppError("NOT_FOUND", `No public artwork is called "${ref}".`);
  return found;
}

/** An artist named by slug or display name → their slug. */
export async function resolveArtist(db: Db, ref: string): Promise<{ id: string; slug: string }> {
  const r = ref.trim().replace(/^\/?artists\//, "");
  const select = { id: true, slug: true } as const;
  const found =
    (await db.artistProfile.findUnique({ where: { slug: r }, select })) ??
    (await db.artistProfile.findFirst({ where: { displayName: { equals: r, mode: "insensitive" } }, select })) ??
    (await db.artistProfile.findFirst({ where: { displayName: { contains: r, mode: "insensitive" } }, select }));
  if (!found) throw new AppError("NOT_FOUND", `No artist is called "${ref}".`);
  return found;
}
