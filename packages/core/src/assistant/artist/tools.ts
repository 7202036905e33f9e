import { tool, type ToolSet } from "ai";
import { z } from "zod";
import { artworkStatuses } from "../../schemas/artwork.ts";
import type { AssistantToolContext } from "../definition.ts";
import { artistUserId } from "./caller.ts";
import { ownArtworks, ownProfile } from "./data.ts";
import { describeArtwork, describeArtworkInputSchema } from "./describe.ts";
import { createListingDraft, draftListingInputSchema } from "./draft-listing.ts";
import { writeCopy, writeCopyInputSchema } from "./write-copy.ts";
import { draftInvoice, draftInvoiceInputSchema } from "./draft-invoice.ts";
import { mySales, mySalesInputSchema } from "./sales.ts";
import { knowledgeTools } from "../knowledge-tool.ts";

const excerpt = (text: string, max = 200) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/**
 * The artist assistant's tools. Every tool acts for `ctx.identity` (checked to be an artist on each
 * call) and takes no user or artist id from the model; every artwork id is checked to be the caller's
 * own. None can publish, submit for review, change a price or touch another artist's data: the writes
 * are `draftListing`, which creates a DRAFT, and `draftInvoice`, which runs only after the artist's click.
 */
export function artistTools(ctx: AssistantToolContext) {
  return {
    myProfile: tool({
      description: "The signed-in artist's own profile: display name, bio, statement, location, country, website, Instagram.",
      inputSchema: z.object({}),
      execute: async () => ownProfile(ctx.db, artistUserId(ctx.identity)),
    }),
    myArtworks: tool({
      description:
        "The signed-in artist's own artworks, any status (DRAFT, IN_REVIEW, PUBLISHED, …), newest first, with id, slug, title, status, price, medium, dimensions and a studio edit link.",
      inputSchema: z.object({ status: z.enum(artworkStatuses).optional().describe("Only artworks with this status") }),
      execute: async ({ status }) => {
        const items = await ownArtworks(ctx.db, artistUserId(ctx.identity), { status });
        // a list, not the full texts: long descriptions of a hundred works would crowd out the conversation
        return { count: items.length, items: items.map(({ description, ...a }) => ({ ...a, descriptionExcerpt: excerpt(description) })) };
      },
    }),
    mySales: tool({
      description:
        "The signed-in artist's sales for one calendar year from their ledger: works and orders sold, gross, commission, refunds, net earnings and transfers, per currency (already formatted). Use it for “how much did I sell / earn”.",
      inputSchema: mySalesInputSchema,
      execute: async (input) => mySales(ctx.db, artistUserId(ctx.identity), ctx.now(), input),
    }),
    writeCopy: tool({
      description:
        "Write a bio, artist statement, press release, marketing or sales text, or an artwork description from the artist's own profile and artworks. Returns the text for the artist to review; it is NOT saved anywhere.",
      inputSchema: writeCopyInputSchema,
      execute: async (input, { abortSignal }) => writeCopy(ctx, artistUserId(ctx.identity), input, abortSignal),
    }),
    describeArtwork: tool({
      description:
        "Describe one of the artist's own artworks from its first stored image (the image is looked at by the model) and its listing details. Returns the description; nothing is saved.",
      inputSchema: describeArtworkInputSchema,
      execute: async ({ artworkId }, { abortSignal }) => describeArtwork(ctx, artistUserId(ctx.identity), artworkId, abortSignal),
    }),
    draftListing: tool({
      description:
        "Save a new listing as a DRAFT for the artist to review in the studio (title, medium, size in cm, description, the price the artist stated). It is never published: the artist adds images and submits it for review themselves.",
      inputSchema: draftListingInputSchema,
      execute: async (input) => createListingDraft(ctx.db, artistUserId(ctx.identity), input),
    }),
    draftInvoice: tool({
      description:
        "Invoice a collector: for one of the artist's own published works (by title; held until paid) or for something else (title + amount + currency), optionally a deposit percentage now and the balance later, due in N days. The artist must confirm in the chat before it is created; then it is created at Stripe and the collector is mailed the payment link.",
      inputSchema: draftInvoiceInputSchema,
      execute: async (input) => draftInvoice(ctx, artistUserId(ctx.identity), input),
    }),
    // techniques, care, editions, pricing and commissions: the same knowledge base as the patron assistant
    ...knowledgeTools(ctx),
  } satisfies ToolSet;
}

export type ArtistTools = ReturnType<typeof artistTools>;
