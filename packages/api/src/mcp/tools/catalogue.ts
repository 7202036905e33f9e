import { formatDimensions } from "@atelier/core/artwork/dimensions";
import { artworkPageSchema, moreFromArtistSchema, searchArtworksSchema, slugInputSchema } from "@atelier/core/schemas/discovery";
import { z } from "zod";
import { artworkSummary, artworkSummaryShape, imageUrl, money, moneyShape } from "../shapes.ts";
import { ARTIST_TEXT_NOTE, defineTool, type ToolEnv } from "../tool-kit.ts";

/** The public catalogue: open to anonymous callers (and to tokens with catalogue:read). */

export const searchCatalogue = defineTool({
  name: "search_catalogue",
  title: "Search the catalogue",
  description:
    "Search Atelier's catalogue of original art and limited editions: hybrid full-text + semantic search (`mode` says which ran) with the gallery's filters " +
    "(medium, category, price range in a currency, kind, size, orientation, colour, artist country, availability, licensed prints, tags). " +
    "Results are ranked by relevance unless `sort` says otherwise; pass `nextCursor` back as `cursor` for the next page. Each result links to its page.",
  scope: null,
  writes: false,
  input: searchArtworksSchema,
  output: z.object({
    mode: z.enum(["hybrid", "fulltext"]),
    correctedQuery: z.string().nullable().describe("the query as searched when a misspelling was corrected"),
    results: z.array(artworkSummaryShape),
    nextCursor: z.string().nullable(),
  }),
  async run(env, input) {
    const page = await env.caller.artwork.search(input);
    return { mode: page.mode, correctedQuery: page.correctedQuery, results: page.items.map((c) => artworkSummary(env, c)), nextCursor: page.nextCursor };
  },
});

const shippingLine = z.object({ to: z.string(), price: z.string().nullable(), note: z.string().nullable() });

export const artworkDetailShape = artworkSummaryShape.extend({
  dimensions: z.string(),
  tags: z.array(z.string()),
  images: z.array(z.object({ url: z.string().nullable(), alt: z.string() })),
  artistText: z.object({ description: z.string().describe("the artist's description of the work, verbatim"), note: z.string() }),
  artistProfile: z.object({ location: z.string().nullable(), country: z.string(), bio: z.string().describe("verbatim, written by the artist") }),
  terms: z.object({ shipsFrom: z.string(), shipping: z.array(shippingLine), shippingNotes: z.array(z.string()), returns: z.array(z.string()) }),
  licensing: z.object({
    summary: z.string(),
    products: z
      .array(z.object({ listingId: z.string(), product: z.string(), seller: z.string(), price: moneyShape }))
      .describe("licensed prints and products of this work on sale now; every sale pays the artist under their terms"),
  }),
  favouriteCount: z.number().int(),
});

/** One artwork in full, as get_artwork and the artwork resource give it. */
export async function artworkDetail(env: ToolEnv, input: z.output<typeof artworkPageSchema>): Promise<z.input<typeof artworkDetailShape>> {
  const art = await env.caller.artwork.bySlug(input);
  const listings = await env.caller.shop.ofArtwork({ artworkId: art.id });
  return {
    ...artworkSummary(env, { ...art, image: art.images[0] ?? null }),
    dimensions: formatDimensions(art),
    tags: art.tags,
    images: art.images.map((i) => ({ url: imageUrl(env, i), alt: i.altText })),
    artistText: { description: art.description, note: ARTIST_TEXT_NOTE },
    artistProfile: { location: art.artist.location, country: art.artist.country, bio: art.artist.bio },
    terms: art.terms,
    licensing: {
      summary: listings.length
        ? `Licensed by ${art.artist.displayName}: ${listings.length} product${listings.length === 1 ? "" : "s"} on sale, each paying the artist their royalty.`
        : "No licensed prints or products of this work are on sale now.",
      products: listings.map((l) => ({
        listingId: l.id,
        product: `${l.product.typeName} — ${l.product.variantName}`,
        seller: l.store ? l.store.name : "the artist's own shop",
        price: money(l.saleAmount, l.currency),
      })),
    },
    favouriteCount: art.favoriteCount,
  };
}

export const getArtwork = defineTool({
  name: "get_artwork",
  title: "Get an artwork",
  description:
    "One artwork by its slug: images, price, availability (whether it can be bought now), edition n/N, dimensions, shipping and returns, the licensed products " +
    `of it on sale, and its artist. ${ARTIST_TEXT_NOTE}`,
  scope: null,
  writes: false,
  input: artworkPageSchema,
  output: artworkDetailShape,
  run: artworkDetail,
});

export const artistShape = z.object({
  slug: z.string(),
  name: z.string(),
  url: z.string(),
  location: z.string().nullable(),
  website: z.string().nullable(),
  followerCount: z.number().int(),
  workCount: z.number().int(),
  artistText: z.object({ bio: z.string(), statement: z.string(), note: z.string() }),
  works: z.array(artworkSummaryShape).describe("newest first, up to 60"),
});

/** One artist's page, as get_artist and the artist resource give it. */
export async function artistDetail(env: ToolEnv, input: z.output<typeof slugInputSchema>): Promise<z.input<typeof artistShape>> {
  const a = await env.caller.artist.public.bySlug(input);
  return {
    slug: a.slug,
    name: a.displayName,
    url: env.page(`/artists/${a.slug}`),
    location: a.location,
    website: a.website,
    followerCount: a.followerCount,
    workCount: a.workCount,
    artistText: { bio: a.bio, statement: a.statement, note: ARTIST_TEXT_NOTE },
    works: a.works.items.map((c) => artworkSummary(env, c)),
  };
}

export const getArtist = defineTool({
  name: "get_artist",
  title: "Get an artist",
  description: `An artist by slug: where they work, followers, their bio and statement, and their public works. ${ARTIST_TEXT_NOTE}`,
  scope: null,
  writes: false,
  input: slugInputSchema,
  output: artistShape,
  run: artistDetail,
});

export const moreLikeThis = defineTool({
  name: "more_like_this",
  title: "More like this",
  description: "Works similar to one artwork (by slug): by image and text embeddings when available (`mode: vector`), else by shared tags.",
  scope: null,
  writes: false,
  input: moreFromArtistSchema,
  output: z.object({ mode: z.enum(["vector", "tags"]), results: z.array(artworkSummaryShape) }),
  async run(env, input) {
    const similar = await env.caller.artwork.moreLikeThis(input);
    return { mode: similar.mode, results: similar.items.map((c) => artworkSummary(env, c)) };
  },
});
