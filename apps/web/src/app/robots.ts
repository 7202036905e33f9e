import type { MetadataRoute } from "next";
import { publicAppUrl } from "~/server/payments";

export const dynamic = "force-dynamic";

/** The private areas (and the API) stay out of search engines; everything else is the public catalogue. */
const ROBOTS_DISALLOW = ["/admin", "/studio", "/account", "/api", "/checkout", "/cart", "/orders", "/favourites", "/dev", "/alerts"];

export default function robots(): MetadataRoute.Robots {
  const origin = publicAppUrl();
  return { rules: [{ userAgent: "*", allow: "/", disallow: ROBOTS_DISALLOW }], sitemap: `${origin}/sitemap.xml`, host: origin };
}
