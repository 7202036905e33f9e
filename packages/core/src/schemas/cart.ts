import { z } from "zod";
import { CONNECT_COUNTRIES, type ConnectCountry } from "./countries.ts";
import { idField } from "./text.ts";
import { isCurrency } from "../money/index.ts";

/** Most units of one edition a cart line may hold (the stock left is checked by the domain). */
export const MAX_CART_QUANTITY = 10_000;

const quantity = z
  .number({ error: "Enter how many you want" })
  .int("Enter a whole number")
  .min(1, "Choose at least one")
  .max(MAX_CART_QUANTITY, `At most ${MAX_CART_QUANTITY.toLocaleString("en")} at once`);

/** Countries we ship to: those our artists can be paid in (schemas/countries.ts). */
export const SHIP_TO_COUNTRIES = CONNECT_COUNTRIES;

export const shipToSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c): c is ConnectCountry => Object.hasOwn(SHIP_TO_COUNTRIES, c), "Choose a country we ship to");

export const addToCartSchema = z.object({ artworkId: idField(), quantity: quantity.default(1) });
/** A licensed product (a listing); at most MAX_PRODUCT_QUANTITY of one in a cart, checked by the domain. */
export const addProductToCartSchema = z.object({ listingId: idField(), quantity: quantity.max(20, "At most 20 of one product at once").default(1) });
export const setCartQuantitySchema = z.object({ itemId: idField(), quantity });
export const removeFromCartSchema = z.object({ itemId: idField() });
/** An outside assistant's short hold on one work for its human (MCP hold_artwork). */
export const holdArtworkSchema = z.object({ artworkId: idField() });
export const setShipToSchema = z.object({ country: shipToSchema });

export const checkoutCreateSchema = z.object({
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => isCurrency(c), "Choose one of the currencies in your cart"),
});
export const orderRefSchema = z.object({ orderId: idField() });
