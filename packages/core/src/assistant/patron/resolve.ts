import type { Db } from "@atelier/db";
import { AppError } from "../../errors.ts";

const PUBLIC = { in: ["PUBLISHED" as const, "SOLD" as const] };

export interface FoundArtwork {
  id: string;
  slug: string;
  title: string;
  /** how the reference matched: its slug or exact title, or a title that contains it */
  match: "exact" | "partial";
}

/** An artwork the model named by slug or title ("Small Blue Study I", "the-long-blue"), or null. */
export async function findPublicArtwork(db: Db, ref: string): Promise<FoundArtwork | null> {
  const r = ref
    .trim()
    .replace(/^\/?artworks\//, "")
    .replace(/^["'“‘]|["'”’]$/g, "");
  if (!r) return null;
  const select = { id: true, slug: true, title: true } as const;
  const exact =
    (await db.artwork.findFirst({ where: { slug: r, status: PUBLIC }, select })) ??
    (await db.artwork.findFirst({ where: { title: { equals: r, mode: "insensitive" }, status: PUBLIC }, select, orderBy: { publishedAt: "desc" } }));
  if (exact) return { ...exact, match: "exact" };
  const partial =
    r.length >= 4
      ? await db.artwork.findFirst({ where: { title: { contains: r, mode: "insensitive" }, status: PUBLIC }, select, orderBy: { publishedAt: "desc" } })
      : null;
  return partial ? { ...partial, match: "partial" } : null;
}

/** As findPublicArtwork, for tools that must act on one artwork: NOT_FOUND (in words for the user) when there is none. */
export async function resolvePublicArtwork(db: Db, ref: string): Promise<FoundArtwork> {
  const found = await findPublicArtwork(db, ref);
  if (!found) throw new AppError("NOT_FOUND", `I couldn't find a public artwork called “${ref}”.`);
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
  if (!found) throw new AppError("NOT_FOUND", `I couldn't find an artist called “${ref}”.`);
  return found;
}
