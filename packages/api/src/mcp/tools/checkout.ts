import { orderRefSchema, setShipToSchema } from "@atelier/core/schemas/cart";
import { checkoutCreateSchema } from "@atelier/core/schemas/cart";
import { z } from "zod";
import { money, moneyShape } from "../shapes.ts";
import { defineTool } from "../tool-kit.ts";

/** Paying is the human's: the agent opens the hosted payment page and hands over its link; it never sees card data. */

export const createCheckout = defineTool({
  name: "create_checkout",
  title: "Create a checkout",
  description:
    "Opens the payment of the token owner's cart lines in one currency, shipped to `shipTo` (ISO country code): every unit is reserved for 30 minutes " +
    "and a hosted payment page is opened. Give `url` to your human to pay there; you never see or handle card details. An open checkout of the same cart is " +
    "handed back (`resumed`). Every party (artist, platform, licensors) is paid their share from the one payment. Needs checkout:create (and cart:write to set shipping).",
  scope: "checkout:create",
  writes: true,
  input: checkoutCreateSchema.extend({ shipTo: setShipToSchema.shape.country }),
  output: z.object({ orderId: z.string(), number: z.string(), url: z.string().describe("the hosted payment page, for the human"), resumed: z.boolean() }),
  async run(env, input) {
    await env.caller.cart.setShipTo({ country: input.shipTo });
    return env.caller.checkout.create({ currency: input.currency });
  },
});

export const orderStatus = defineTool({
  name: "order_status",
  title: "Order status",
  description:
    "The status of one of the token owner's orders (by the orderId create_checkout gave): AWAITING_PAYMENT (with the payment link), PAID, EXPIRED, CANCELLED…, " +
    "its amounts and items. Needs orders:read.",
  scope: "orders:read",
  writes: false,
  input: orderRefSchema,
  output: z.object({
    orderId: z.string(),
    number: z.string(),
    status: z.string(),
    total: moneyShape,
    shipTo: z.string().nullable().describe("null when nothing ships (event tickets)"),
    paidAt: z.string().nullable(),
    payUrl: z.string().nullable().describe("while it awaits payment"),
    items: z.array(z.object({ title: z.string(), quantity: z.number().int(), subtotal: moneyShape, status: z.string() })),
    url: z.string().describe("the order's page on Atelier"),
  }),
  async run(env, input) {
    const o = await env.caller.checkout.status(input);
    return {
      orderId: o.id,
      number: o.number,
      status: o.status,
      total: money(o.totalAmount, o.currency),
      shipTo: o.shipTo,
      paidAt: o.paidAt?.toISOString() ?? null,
      payUrl: o.checkoutUrl,
      items: o.items.map((i) => ({ title: i.title, quantity: i.quantity, subtotal: money(i.subtotalAmount, o.currency), status: i.status })),
      url: env.page(`/orders/${o.id}`),
    };
  },
});
