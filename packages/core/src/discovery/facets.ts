import { Prisma, type Db } from "@atelier/db";
import { z } from "zod";
import { slugOf } from "../artwork/taxonomy.ts";
import { countryName } from "../cart/shipping.ts";
import { CURRENCIES } from "../money/index.ts";
import { AVAILABILITY } from "../schemas/discovery.ts";
import { filterConditions } from "./filter-sql.ts";

export const facetsSchema = z.object({ availability: z.enum(AVAILABILITY).default("available") }).default({ availability: "available" });

interface Count {
  value: string;
  count: number;
}

/**
 * The options of the gallery's filter panel, each with how many works it would show under the chosen
 * availability: categories, colour families, the artists' countries, tags and listing currencies; the
 * currencies a buyer can see prices in, and the day of the reference rates the "≈" prices use.
 */
export async function catalogueFacets(db: Db, raw: z.input<typeof facetsSchema> = undefined) {
  const { availability } = facetsSchema.parse(raw);
  const visible = Prisma.join(filterConditions({ availability }), " AND ");
  const from = Prisma.sql`FROM "Artwork" a JOIN "ArtistProfile" p ON p."id" = a."artistId" WHERE ${visible}`;
  const [categories, colours, countries, tags, currencies, rates] = await Promise.all([
    db.$queryRaw<Count[]>`SELECT a."category"::text AS value, count(*)::int AS count ${from} AND a."category" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
    db.$queryRaw<
      Count[]
    >`SELECT a."colourFamily"::text AS value, count(*)::int AS count ${from} AND a."colourFamily" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
    db.$queryRaw<Count[]>`SELECT p."country" AS value, count(*)::int AS count ${from} GROUP BY 1 ORDER BY 2 DESC, 1`,
    db.$queryRaw<Count[]>`SELECT t AS value, count(*)::int AS count
      FROM "Artwork" a JOIN "ArtistProfile" p ON p."id" = a."artistId" CROSS JOIN LATERAL unnest(a."tags") AS t
      WHERE ${visible} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 40`,
    db.$queryRaw<Count[]>`SELECT trim(a."currency") AS value, count(*)::int AS count ${from} GROUP BY 1 ORDER BY 2 DESC, 1`,
    db.$queryRaw<{ date: string | null }[]>`SELECT max("date")::text AS date FROM "ExchangeRate"`,
  ]);
  return {
    categories: categories.map((c) => ({ ...c, value: slugOf(c.value) })),
    colours: colours.map((c) => ({ ...c, value: slugOf(c.value) })),
    countries: countries.map((c) => ({ ...c, name: countryName(c.value) })),
    tags,
    currencies,
    displayCurrencies: CURRENCIES,
    ratesDate: rates[0]?.date ?? null,
  };
}
