import type { Db } from "@atelier/db";

/** Media, tags and currencies present among public works — options for the gallery's filter panel. */
export async function catalogueFacets(db: Db) {
  const [media, tags, currencies] = await Promise.all([
    db.$queryRaw<{ value: string; count: number }[]>`
      SELECT "medium" AS value, count(*)::int AS count FROM "Artwork"
      WHERE "status" IN ('PUBLISHED', 'SOLD') GROUP BY "medium" ORDER BY count DESC, value LIMIT 40`,
    db.$queryRaw<{ value: string; count: number }[]>`
      SELECT t AS value, count(*)::int AS count FROM "Artwork", unnest("tags") AS t
      WHERE "status" IN ('PUBLISHED', 'SOLD') GROUP BY t ORDER BY count DESC, value LIMIT 40`,
    db.$queryRaw<{ value: string; count: number }[]>`
      SELECT "currency" AS value, count(*)::int AS count FROM "Artwork"
      WHERE "status" IN ('PUBLISHED', 'SOLD') GROUP BY "currency" ORDER BY count DESC, value`,
  ]);
  return { media, tags, currencies };
}
