import { Prisma } from "@atelier/db";
import type { CardRow } from "./cards.ts";
import { buildCatalogueSql, type CatalogueQuery } from "./query.ts";

/**
 * A gallery card in one SQL statement: the artwork's card columns, its artist, the Connect account
 * fields that decide whether the artist can be paid, and the first image (LEFT JOIN LATERAL … LIMIT 1),
 * for a set of ids that keeps its order (`ord`). Replaces Prisma's nested select (one round trip per
 * relation) on every path that shows cards from a list of ids: the catalogue page, search, similar,
 * recommended and featured. The rows are turned into the same CardRow the nested select returns, so
 * toCard (and availabilityOf) decide the card exactly as before.
 */
export interface CardSqlRow {
  id: string;
  slug: string;
  title: string;
  medium: string;
  /** the ArtworkCategory enum as text (null on works listed before categories) */
  category: string | null;
  year: number | null;
  kind: "ORIGINAL" | "EDITION";
  editionSize: number | null;
  editionsSold: number;
  unitsHeld: number;
  status: string;
  priceAmount: number;
  currency: string;
  widthTenths: number;
  heightTenths: number;
  dimensionUnit: "CM" | "IN";
  publishedAt: Date | null;
  artistId: string;
  artistSlug: string;
  artistDisplayName: string;
  /** null when the artist has no Connect account */
  payDetailsSubmitted: boolean | null;
  payChargesEnabled: boolean | null;
  payPayoutsEnabled: boolean | null;
  payDeauthorizedAt: Date | null;
  /** null when the artwork has no image */
  imageId: string | null;
  imagePosition: number | null;
  imageAltText: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  imageDominantColor: string | null;
  imageBlurDataUrl: string | null;
  imageVariants: unknown;
}

/**
 * What a card statement selects from `a` (Artwork), `p` (ArtistProfile), `ca` (ConnectAccount) and `img`
 * (first image), as joined by cardJoinsSql. Enums are read as text: raw rows carry no Prisma enum mapping.
 */
export const cardColumnsSql = Prisma.sql`
  a."id", a."slug", a."title", a."medium", a."category"::text AS "category", a."year", a."kind"::text AS "kind", a."editionSize", a."editionsSold",
  a."unitsHeld", a."status"::text AS "status", a."priceAmount", a."currency", a."widthTenths", a."heightTenths",
  a."dimensionUnit"::text AS "dimensionUnit", a."publishedAt",
  p."id" AS "artistId", p."slug" AS "artistSlug", p."displayName" AS "artistDisplayName",
  ca."detailsSubmitted" AS "payDetailsSubmitted", ca."chargesEnabled" AS "payChargesEnabled",
  ca."payoutsEnabled" AS "payPayoutsEnabled", ca."deauthorizedAt" AS "payDeauthorizedAt",
  img."id" AS "imageId", img."position" AS "imagePosition", img."altText" AS "imageAltText", img."width" AS "imageWidth",
  img."height" AS "imageHeight", img."dominantColor" AS "imageDominantColor", img."blurDataUrl" AS "imageBlurDataUrl",
  img."variants" AS "imageVariants"`;

/** The joins behind cardColumnsSql, from a relation aliased `ids` with an "id" column. */
export const cardJoinsSql = Prisma.sql`
  JOIN "Artwork" a ON a."id" = ids."id"
  JOIN "ArtistProfile" p ON p."id" = a."artistId"
  LEFT JOIN "ConnectAccount" ca ON ca."userId" = p."userId"
  LEFT JOIN LATERAL (
    SELECT i."id", i."position", i."altText", i."width", i."height", i."dominantColor", i."blurDataUrl", i."variants"
    FROM "ArtworkImage" i WHERE i."artworkId" = a."id"
    ORDER BY i."position", i."id"
    LIMIT 1
  ) img ON true`;

/** A raw card row as the nested Prisma select (cardSelect) returns it. */
export function toCardRow(r: CardSqlRow): CardRow {
  const connectAccount =
    r.payDetailsSubmitted === null
      ? null
      : {
          detailsSubmitted: r.payDetailsSubmitted,
          chargesEnabled: r.payChargesEnabled === true,
          payoutsEnabled: r.payPayoutsEnabled === true,
          deauthorizedAt: r.payDeauthorizedAt,
        };
  const images =
    r.imageId === null
      ? []
      : [
          {
            id: r.imageId,
            position: r.imagePosition!,
            altText: r.imageAltText!,
            width: r.imageWidth!,
            height: r.imageHeight!,
            dominantColor: r.imageDominantColor!,
            blurDataUrl: r.imageBlurDataUrl!,
            variants: r.imageVariants as CardRow["images"][number]["variants"],
          },
        ];
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    medium: r.medium,
    category: r.category as CardRow["category"],
    year: r.year,
    kind: r.kind,
    editionSize: r.editionSize,
    editionsSold: r.editionsSold,
    unitsHeld: r.unitsHeld,
    status: r.status as CardRow["status"],
    priceAmount: r.priceAmount,
    currency: r.currency,
    widthTenths: r.widthTenths,
    heightTenths: r.heightTenths,
    dimensionUnit: r.dimensionUnit,
    publishedAt: r.publishedAt,
    artist: { id: r.artistId, slug: r.artistSlug, displayName: r.artistDisplayName, user: { connectAccount } },
    images,
  };
}

/** Cards for ids in the given order (ids that are not public are left out): unnest … WITH ORDINALITY. */
export function cardsByIdSql(ids: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT ${cardColumnsSql}
    FROM unnest(${ids}::text[]) WITH ORDINALITY AS ids("id", "ord")
    ${cardJoinsSql}
    WHERE a."status" IN ('PUBLISHED', 'SOLD')
    ORDER BY ids."ord"`;
}

/** The keyset statement (buildCatalogueSql: ids and sort keys, in order) numbered as it comes, as CTE `ids`. */
const idsCte = (query: CatalogueQuery, where: Prisma.Sql = Prisma.empty) => Prisma.sql`
    ids AS MATERIALIZED (
      SELECT page."id", page."sortKey", row_number() OVER () AS "ord" FROM (${buildCatalogueSql(query)}) page ${where}
    )`;

/** A whole catalogue page in one statement: the keyset statement's `take` rows joined to the card columns, in order. */
export function cataloguePageSql(query: CatalogueQuery): Prisma.Sql {
  return Prisma.sql`
    WITH ${idsCte(query)}
    SELECT ids."sortKey", ${cardColumnsSql}
    FROM ids
    ${cardJoinsSql}
    ORDER BY ids."ord"`;
}

export type CataloguePageRow = CardSqlRow & { sortKey: string };

/**
 * A search page and its spelling check in one statement (one round trip where there were two): the
 * correction statement (correctionSql) runs first; when it corrects nothing — the usual case — the page
 * of the query as typed follows in the same statement, else the page is skipped (a one-time filter, so
 * none of it runs) and `fixes` carries the corrections for a second statement with the corrected query.
 * Always at least one row: a row whose `id` is null carries only `fixes` (or nothing, for no match).
 */
export function checkedSearchPageSql(correction: Prisma.Sql, query: CatalogueQuery): Prisma.Sql {
  return Prisma.sql`
    WITH fixes AS MATERIALIZED (${correction}),
    ${idsCte(query, Prisma.sql`WHERE NOT EXISTS (SELECT 1 FROM fixes)`)}
    SELECT f."fixes", c.*
    FROM (SELECT json_agg(json_build_object('i', x."i", 'correction', x."correction")) AS "fixes" FROM fixes x) f
    LEFT JOIN (
      SELECT ids."ord", ids."sortKey", ${cardColumnsSql}
      FROM ids
      ${cardJoinsSql}
    ) c ON true
    ORDER BY c."ord"`;
}

export type CheckedSearchRow = { fixes: { i: number; correction: string }[] | null } & (CataloguePageRow | { id: null });
