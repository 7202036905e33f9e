import type { CartView } from "@atelier/core/cart/view";
import { AGENT_HOLD_MINUTES, AGENT_REHOLD_COOLDOWN_MINUTES, MAX_ACTIVE_AGENT_HOLDS } from "@atelier/core/inventory/agent-holds";
import { addToCartSchema, holdArtworkSchema, removeFromCartSchema } from "@atelier/core/schemas/cart";
import { z } from "zod";
import { artworkSummary, artworkSummaryShape, availabilityOut, availabilityShape, money, moneyShape } from "../shapes.ts";
import { defineTool, type ToolEnv } from "../tool-kit.ts";

/** The token owner's favourites, cart and holds: each needs a token with the scope named. */

export const myFavourites = defineTool({
  name: "my_favourites",
  title: "My favourites",
  description: "The works the token's owner has favourited on Atelier, most recent first (up to 500). Needs a token with catalogue:read.",
  scope: "catalogue:read",
  writes: false,
  input: z.object({}),
  output: z.object({ results: z.array(artworkSummaryShape.extend({ favouritedAt: z.string() })) }),
  async run(env) {
    const favourites = await env.caller.artwork.favorites();
    return { results: favourites.map((f) => ({ ...artworkSummary(env, f), favouritedAt: f.favoritedAt.toISOString() })) };
  },
});

const cartLineShape = z.object({
  itemId: z.string().describe("pass to remove_from_cart"),
  artworkId: z.string(),
  title: z.string(),
  url: z.string(),
  artist: z.string(),
  quantity: z.number().int(),
  price: moneyShape.describe("per unit"),
  shipping: moneyShape.nullable().describe("null until a ship-to country is chosen, or when the artist does not ship there"),
  availability: availabilityShape,
  problem: z.string().nullable().describe("why this line cannot be checked out now"),
});

export const cartShape = z.object({
  shipTo: z.string().nullable(),
  count: z.number().int(),
  groups: z
    .array(
      z.object({
        currency: z.string(),
        lines: z.array(cartLineShape),
        items: moneyShape,
        shipping: moneyShape.nullable(),
        total: moneyShape.nullable(),
        canCheckout: z.boolean(),
        problems: z.array(z.string()),
      }),
    )
    .describe("one group per currency: each checks out as one order"),
  note: z.string().nullable(),
  url: z.string().describe("the cart page on Atelier"),
});

export function cartOut(env: ToolEnv, view: CartView): z.input<typeof cartShape> {
  return {
    shipTo: view.shipTo,
    count: view.count,
    groups: view.groups.map((g) => ({
      currency: g.currency,
      lines: g.lines.map((l) => ({
        itemId: l.itemId,
        artworkId: l.artworkId,
        title: l.product ? `${l.title} (${l.product.typeName})` : l.title,
        url: env.page(`/artworks/${l.slug}`),
        artist: l.artist.displayName,
        quantity: l.quantity,
        price: money(l.unitAmount, l.currency),
        shipping: l.shipping.amount === null ? null : money(l.shipping.amount, l.currency),
        availability: availabilityOut(l.availability),
        problem: l.problem,
      })),
      items: money(g.itemsAmount, g.currency),
      shipping: g.shippingAmount === null ? null : money(g.shippingAmount, g.currency),
      total: g.totalAmount === null ? null : money(g.totalAmount, g.currency),
      canCheckout: g.canCheckout,
      problems: g.problems,
    })),
    note: view.note,
    url: env.page("/cart"),
  };
}

export const addToCart = defineTool({
  name: "add_to_cart",
  title: "Add to cart",
  description:
    "Adds an artwork (by id) to the token owner's cart; an original's quantity is 1, an edition's at most what is left. Answers the whole cart. Needs cart:write.",
  scope: "cart:write",
  writes: true,
  input: addToCartSchema,
  output: cartShape,
  run: async (env, input) => cartOut(env, await env.caller.cart.add(input)),
});

export const viewCart = defineTool({
  name: "view_cart",
  title: "View cart",
  description: "The token owner's cart, grouped by currency, with each line's price, shipping and any problem. Needs cart:write.",
  scope: "cart:write",
  writes: false,
  input: z.object({}),
  output: cartShape,
  run: async (env) => cartOut(env, await env.caller.cart.get()),
});

export const removeFromCart = defineTool({
  name: "remove_from_cart",
  title: "Remove from cart",
  description: "Removes one line (by the itemId view_cart gives) from the token owner's cart. Answers the cart. Needs cart:write.",
  scope: "cart:write",
  writes: true,
  input: removeFromCartSchema,
  output: cartShape,
  run: async (env, input) => cartOut(env, await env.caller.cart.remove(input)),
});

export const holdArtwork = defineTool({
  name: "hold_artwork",
  title: "Hold an artwork",
  description:
    `Holds one unit of a work (by id) for the token owner for ${AGENT_HOLD_MINUTES} minutes, so nobody else can buy it while they decide: the same reservation a checkout makes. ` +
    `At most ${MAX_ACTIVE_AGENT_HOLDS} works held at once; the same work cannot be held again for ${AGENT_REHOLD_COOLDOWN_MINUTES} minutes after a hold. ` +
    "Holding a work already held for you answers that hold (not extended). To keep it, add it to the cart and create_checkout: the hold becomes the checkout's. Needs cart:write.",
  scope: "cart:write",
  writes: true,
  input: holdArtworkSchema,
  output: z.object({ holdId: z.string(), artworkId: z.string(), expiresAt: z.string(), alreadyHeld: z.boolean() }),
  async run(env, input) {
    const hold = await env.caller.cart.hold(input);
    return { ...hold, expiresAt: hold.expiresAt.toISOString() };
  },
});
