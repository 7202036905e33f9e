import { tool } from "ai";
import { z } from "zod";
import { textField } from "../../schemas/text.ts";
import { CATEGORIES, COLOURS, KINDS, ORIENTATION_FILTERS, SIZES } from "../../schemas/discovery.ts";
import { getPublicArtwork } from "../../discovery/artwork-page.ts";
import { getPublicArtist } from "../../discovery/artists.ts";
import { favoriteArtwork, myFavorites } from "../../discovery/favorites.ts";
import { followedArtists } from "../../discovery/follows.ts";
import { AppError } from "../../errors.ts";
import { isCurrency, parseMajorUnits, type Currency } from "../../money/index.ts";
import { artworkFact } from "../artwork-facts.ts";
import type { AssistantToolContext } from "../definition.ts";
import { recommendedFor } from "../../search/index.ts";
import { findPublicArtwork, resolveArtist, resolvePublicArtwork } from "./resolve.ts";
import { purchaseGuide } from "./buying.ts";
import { similarToArtwork } from "./similar.ts";
import { knowledgeTools } from "../knowledge-tool.ts";
import { assistantSearch } from "./search.ts";
import { purchasesFact } from "./purchases.ts";

const SIGN_IN = {
  signedIn: false as const,
  message: "The visitor is not signed in; their favourites, follows and recommendations need an account (/sign-in).",
};

function minor(major: number | undefined, currency: string): number | undefined {
  if (major === undefined) return undefined;
  if (!isCurrency(currency)) throw new AppError("BAD_REQUEST", `Atelier doesn't price in ${currency}.`);
  const r = parseMajorUnits(String(major), currency);
  return r.ok ? r.minor : undefined;
}

export const searchCatalogueInput = z.object({
  query: textField({ max: 200 })
    .optional()
    .describe("Words to look for: colours, subjects, styles, places, techniques. Leave out price, size and category words (use the fields)."),
  category: z.enum(CATEGORIES).optional().describe("The kind of work, as its artist categorised it"),
  size: z.enum(SIZES).optional().describe("By the longest side: small ≤ 40 cm, medium ≤ 100 cm, large above"),
  orientation: z.enum(ORIENTATION_FILTERS).optional().describe("portrait, landscape or square"),
  colour: z.enum(COLOURS).optional().describe("The dominant colour family of the work's main image"),
  kind: z.enum(KINDS).optional().describe("ORIGINAL (one of a kind) or EDITION (prints in an edition)"),
  minPrice: z.number().min(0).optional().describe("In whole units of `currency`, e.g. 200 for €200"),
  maxPrice: z.number().min(0).optional().describe("In whole units of `currency`, e.g. 500 for €500"),
  currency: z
    .string()
    .length(3)
    .default("EUR")
    .describe("ISO code of the buyer's currency (EUR unless they name another); works listed in other currencies match by their converted price"),
  artist: textField({ max: 120 }).optional().describe("An artist's slug, to search within their work"),
  limit: z.number().int().min(1).max(12).default(6),
});

/** The patron assistant's tools. The caller comes from the session (ctx.identity), never from the model. */
export function patronTools(ctx: AssistantToolContext) {
  const userId = ctx.identity?.id ?? null;
  return {
    searchCatalogue: tool({
      description: "Search Atelier's live catalogue of published artworks by words and filters. Returns real artworks with links; only cite what it returns.",
      inputSchema: searchCatalogueInput,
      execute: async (input) => {
        const currency = input.currency.toUpperCase();
        const priced = input.minPrice !== undefined || input.maxPrice !== undefined;
        const filters = {
          availability: "available" as const,
          category: input.category,
          size: input.size,
          orientation: input.orientation,
          colour: input.colour,
          kind: input.kind,
          artist: input.artist,
          ...(priced ? { minPrice: minor(input.minPrice, currency), maxPrice: minor(input.maxPrice, currency), currency: currency as Currency } : {}),
        };
        const r = await assistantSearch(ctx, { q: input.query, filters, limit: input.limit });
        return { mode: r.mode, relaxed: r.relaxed, count: r.items.length, artworks: r.items.map(artworkFact) };
      },
    }),
    getArtwork: tool({
      description: "Full details of one public artwork (description, tags, artist), by slug or exact title. Returns found: false when there is none.",
      inputSchema: z.object({ artwork: textField({ min: 1, max: 200 }).describe("slug (e.g. small-blue-study-i) or title") }),
      execute: async ({ artwork }) => {
        const found = await findPublicArtwork(ctx.db, artwork);
        if (!found) return { found: false as const, message: `No public artwork on Atelier is called “${artwork}”.` };
        const a = await getPublicArtwork(ctx.db, found.slug, userId);
        const { images, ...rest } = a;
        return {
          found: true as const,
          match: found.match,
          ...artworkFact({ ...rest, image: images[0] ?? null }),
          description: a.description,
          tags: a.tags,
          purchasable: a.availability.purchasable,
          isFavorite: a.isFavorite,
          favoriteCount: a.favoriteCount,
          artistUrl: `/artists/${a.artist.slug}`,
        };
      },
    }),
    findSimilarArtworks: tool({
      description:
        "Available artworks most like one named artwork (by meaning of title, medium, tags and description; never the artwork itself), best match first. Use for “something like X” or “similar to X”.",
      inputSchema: z.object({
        artwork: textField({ min: 1, max: 200 }).describe("slug or title of the artwork to match"),
        limit: z.number().int().min(1).max(12).default(6),
      }),
      execute: async ({ artwork, limit }) => {
        const found = await findPublicArtwork(ctx.db, artwork);
        if (!found) return { found: false as const, message: `No public artwork on Atelier is called “${artwork}”.`, artworks: [] };
        const r = await similarToArtwork(ctx.db, found.id, limit);
        return {
          found: true as const,
          like: { title: found.title, url: `/artworks/${found.slug}` },
          how: r.how,
          count: r.items.length,
          artworks: r.items.map(artworkFact),
        };
      },
    }),
    howToBuy: tool({
      description:
        "How to buy one artwork on Atelier: whether it can be bought now, its price, shipping from the artist's country, its link and the real cart and checkout steps.",
      inputSchema: z.object({ artwork: textField({ min: 1, max: 200 }).describe("slug or title") }),
      execute: async ({ artwork }) => purchaseGuide(ctx.db, artwork, userId),
    }),
    ...knowledgeTools(ctx),
    getArtist: tool({
      description: "An artist's public profile (bio, statement, location) and some of their available works, by slug or name.",
      inputSchema: z.object({ artist: textField({ min: 1, max: 120 }).describe("slug or display name") }),
      execute: async ({ artist }) => {
        const ref = await resolveArtist(ctx.db, artist).catch(() => null);
        if (!ref) return { found: false as const, message: `No artist on Atelier is called “${artist}”.`, artworks: [] };
        const p = await getPublicArtist(ctx.db, ref.slug, userId);
        return {
          found: true as const,
          name: p.displayName,
          slug: p.slug,
          url: `/artists/${p.slug}`,
          location: p.location,
          bio: p.bio,
          statement: p.statement,
          followerCount: p.followerCount,
          workCount: p.workCount,
          isFollowing: p.isFollowing,
          artworks: p.works.items.slice(0, 6).map(artworkFact),
        };
      },
    }),
    myFavourites: tool({
      description: "The signed-in buyer's own favourited artworks.",
      inputSchema: z.object({}),
      execute: async () => {
        if (!userId) return SIGN_IN;
        const favs = await myFavorites(ctx.db, userId);
        return { signedIn: true as const, count: favs.length, artworks: favs.slice(0, 24).map(artworkFact) };
      },
    }),
    myFollows: tool({
      description: "Artists the signed-in buyer follows.",
      inputSchema: z.object({}),
      execute: async () => {
        if (!userId) return SIGN_IN;
        const artists = await followedArtists(ctx.db, userId);
        return {
          signedIn: true as const,
          count: artists.length,
          artists: artists.map((a) => ({ name: a.displayName, slug: a.slug, url: `/artists/${a.slug}`, location: a.location, workCount: a.workCount })),
        };
      },
    }),
    myPurchases: tool({
      description: "What the signed-in buyer has bought on Atelier: their paid order items with price paid, shipping status, tracking and a link to the order.",
      inputSchema: z.object({}),
      execute: async () => (userId ? purchasesFact(ctx.db, userId) : SIGN_IN),
    }),
    recommendForMe: tool({
      description:
        "Artworks recommended for the signed-in buyer from their favourites, their purchases and the artists they follow (never works already favourited or bought).",
      inputSchema: z.object({ limit: z.number().int().min(1).max(12).default(6) }),
      execute: async ({ limit }) => {
        if (!userId) return SIGN_IN;
        const r = await recommendedFor(ctx.db, userId, limit);
        const [favourites, follows, purchases] = await Promise.all([
          ctx.db.favorite.count({ where: { userId } }),
          ctx.db.follow.count({ where: { userId } }),
          ctx.db.orderItem.count({ where: { order: { buyerId: userId }, status: { in: ["PAID", "SHIPPED", "DELIVERED"] } } }),
        ]);
        return { signedIn: true as const, basedOn: { favourites, follows, purchases, how: r.mode }, count: r.items.length, artworks: r.items.map(artworkFact) };
      },
    }),
    addFavourite: tool({
      description: "Add one artwork to the signed-in buyer's favourites. Only when the user asks for it; they confirm in the chat before it happens.",
      inputSchema: z.object({ artwork: textField({ min: 1, max: 200 }).describe("slug or title") }),
      execute: async ({ artwork }) => {
        if (!userId) return SIGN_IN;
        // the same rule as artwork.favorite: collecting needs the buyer role
        if (!ctx.identity?.roles.includes("BUYER"))
          return { signedIn: true as const, added: false, reason: "This account does not have buyer access, so it cannot favourite." };
        const a = await resolvePublicArtwork(ctx.db, artwork);
        await favoriteArtwork(ctx.db, userId, a.id);
        return { signedIn: true as const, added: true, title: a.title, url: `/artworks/${a.slug}` };
      },
    }),
  };
}

export type PatronTools = ReturnType<typeof patronTools>;
