import type { Db } from "@atelier/db";

const PUBLIC_WORKS = { status: { in: ["PUBLISHED" as const, "SOLD" as const] } };

/** One sitemap's worth (the protocol allows 50,000 URLs a file). */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * What search engines may list: the public works (published and sold) and the artists who have at least one,
 * with when each last changed. Drafts, works in review, unpublished and archived work never appear.
 */
export async function publicSitemapEntries(db: Db) {
  const [artworks, artists] = await Promise.all([
    db.artwork.findMany({ where: PUBLIC_WORKS, select: { slug: true, updatedAt: true }, orderBy: { id: "asc" }, take: SITEMAP_MAX_URLS - 1000 }),
    db.artistProfile.findMany({ where: { artworks: { some: PUBLIC_WORKS } }, select: { slug: true, updatedAt: true }, orderBy: { id: "asc" }, take: 990 }),
  ]);
  return { artworks, artists };
}
