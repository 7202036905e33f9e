import { publicSitemapEntries } from "@atelier/core/discovery/sitemap";
import type { MetadataRoute } from "next";
import { unstable_cache } from "next/cache";
import { db } from "~/server/db";
import { publicAppUrl } from "~/server/payments";

// read at request time (the catalogue changes), never at build time; the entries are cached for ten minutes,
// so crawlers asking often cost one query per ten minutes (a new work appears within that)
export const dynamic = "force-dynamic";
const SITEMAP_TTL_SECONDS = 600;
const cachedEntries = unstable_cache(() => publicSitemapEntries(db), ["sitemap-entries"], { revalidate: SITEMAP_TTL_SECONDS });

/** sitemap.xml: the home page, the gallery, the artists' index, every public artwork and every artist who has one. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = publicAppUrl();
  const { artworks, artists } = await cachedEntries(); // dates come back as strings from the cache
  return [
    { url: `${origin}/`, changeFrequency: "daily", priority: 1 },
    { url: `${origin}/gallery`, changeFrequency: "daily", priority: 0.9 },
    { url: `${origin}/artists`, changeFrequency: "weekly", priority: 0.6 },
    ...artworks.map((a) => ({ url: `${origin}/artworks/${a.slug}`, lastModified: new Date(a.updatedAt), changeFrequency: "weekly" as const, priority: 0.8 })),
    ...artists.map((a) => ({ url: `${origin}/artists/${a.slug}`, lastModified: new Date(a.updatedAt), changeFrequency: "weekly" as const, priority: 0.7 })),
  ];
}
