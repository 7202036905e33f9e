import { addProductToCart, addToCart, removeFromCart, setCartQuantity, setShipTo, type CartResult } from "@atelier/core/cart/mutate";
import { cartUnitCount } from "@atelier/core/cart/count";
import { getCart } from "@atelier/core/cart/view";
import {
  addProductToCartSchema,
  addToCartSchema,
  holdArtworkSchema,
  removeFromCartSchema,
  setCartQuantitySchema,
  setShipToSchema,
} from "@atelier/core/schemas/cart";
import { holdArtwork, listAgentHolds } from "@atelier/core/inventory/agent-holds";
import type { Context } from "../context.ts";
import { buyerProcedure, createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc.ts";

/** The signed-in user's cart, else the visitor's (atelier_cart cookie); merged into the user's on their first cart call after sign-in. */
const owner = (ctx: Context) => ({ userId: ctx.identity?.id ?? null, visitorKey: ctx.cartCookie.key });

/** Applies the cookie change the domain asked for and answers the cart. */
const answer = (ctx: Context) => (r: CartResult) => {
  if (r.cookie !== undefined) ctx.cartCookie.set(r.cookie);
  return r.view;
};

export const cartRouter = createTRPCRouter({
  get: publicProcedure.query(({ ctx }) => getCart(ctx.db, owner(ctx)).then(answer(ctx))),
  /** units in the cart, for the header (never merges or writes) */
  count: publicProcedure.query(({ ctx }) => cartUnitCount(ctx.db, owner(ctx))),
  add: publicProcedure.input(addToCartSchema).mutation(({ ctx, input }) => addToCart(ctx.db, owner(ctx), input).then(answer(ctx))),
  addProduct: publicProcedure.input(addProductToCartSchema).mutation(({ ctx, input }) => addProductToCart(ctx.db, owner(ctx), input).then(answer(ctx))),
  setQuantity: publicProcedure.input(setCartQuantitySchema).mutation(({ ctx, input }) => setCartQuantity(ctx.db, owner(ctx), input).then(answer(ctx))),
  remove: publicProcedure.input(removeFromCartSchema).mutation(({ ctx, input }) => removeFromCart(ctx.db, owner(ctx), input).then(answer(ctx))),
  setShipTo: publicProcedure.input(setShipToSchema).mutation(({ ctx, input }) => setShipTo(ctx.db, owner(ctx), input).then(answer(ctx))),
  /** a short hold on one work, as an open checkout holds it (limits in core/inventory/agent-holds.ts) */
  hold: buyerProcedure.input(holdArtworkSchema).mutation(({ ctx, input }) => holdArtwork(ctx, ctx.identity.id, ctx.apiToken?.tokenId ?? null, input.artworkId)),
  holds: protectedProcedure.query(({ ctx }) => listAgentHolds(ctx.db, ctx.identity.id)),
});
