import { publicSitemapEntries } from "@atelier/core/discovery/sitemap";
import type { MetadataRoute } from "next";
import { db } from "~/server/db";
import { publicAppUrl } from "~/server/payments";

// read at request time (the catalogue changes), never at build time
export const dynamic = "force-dynamic";

/** sitemap.xml: the home page, the gallery, the artists' index, every public artwork and every artist who has one. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = publicAppUrl();
  const { artworks, artists } = await publicSitemapEntries(db);
  return [
    { url: `${origin}/`, changeFrequency: "daily", priority: 1 },
    { url: `${origin}/gallery`, changeFrequency: "daily", priority: 0.9 },
    { url: `${origin}/artists`, changeFrequency: "weekly", priority: 0.6 },
    ...artworks.map((a) => ({ url: `${origin}/artworks/${a.slug}`, lastModified: a.updatedAt, changeFrequency: "weekly" as const, priority: 0.8 })),
    ...artists.map((a) => ({ url: `${origin}/artists/${a.slug}`, lastModified: a.updatedAt, changeFrequency: "weekly" as const, priority: 0.7 })),
  ];
}
