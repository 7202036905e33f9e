import { createApiToken } from "@atelier/core/accounts/api-tokens";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MCP_TOOLS } from "../../src/mcp/server.ts";
import { makeUser, useTestDatabase } from "../harness.ts";
import { makeSeller, makeWork } from "../checkout/shop.ts";
import { startPaymentsWorld, type PaymentsWorld } from "../payments/world.ts";
import { callTool, connectAgent, errorText, startMcpEndpoint, type McpEndpoint } from "./mcp-world.ts";

/**
 * Every MCP tool × every kind of caller: anonymous, a catalogue:read-only token, a full token on its own
 * things, and a full token pointed at another person's cart line or order. "OK" or the code of the tool error.
 */
type Caller = "anonymous" | "catalogueOnly" | "full" | "othersObject";
const CALLERS: Caller[] = ["anonymous", "catalogueOnly", "full", "othersObject"];
type Outcome = "OK" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_REQUEST";

interface Fx {
  work: { id: string; slug: string };
  artistSlug: string;
  strangersItemId: string;
  strangersOrderId: string;
  ownOrderId: string;
}

const h = useTestDatabase();
let world: PaymentsWorld;
let endpoint: McpEndpoint;
let fx: Fx;
const clients = new Map<Caller, Client>();
let tokenUserId = "";

/** Fresh input per call; `caller` lets the same tool aim at its own or another person's object. */
const ROWS: Record<string, { input: (fx: Fx, caller: Caller) => Promise<Record<string, unknown>> | Record<string, unknown>; expect: Record<Caller, Outcome> }> =
  {
    search_catalogue: { input: () => ({ q: "matrix" }), expect: { anonymous: "OK", catalogueOnly: "OK", full: "OK", othersObject: "OK" } },
    get_artwork: { input: (f) => ({ slug: f.work.slug }), expect: { anonymous: "OK", catalogueOnly: "OK", full: "OK", othersObject: "OK" } },
    get_artist: { input: (f) => ({ slug: f.artistSlug }), expect: { anonymous: "OK", catalogueOnly: "OK", full: "OK", othersObject: "OK" } },
    more_like_this: { input: (f) => ({ slug: f.work.slug }), expect: { anonymous: "OK", catalogueOnly: "OK", full: "OK", othersObject: "OK" } },
    my_favourites: { input: () => ({}), expect: { anonymous: "UNAUTHORIZED", catalogueOnly: "OK", full: "OK", othersObject: "OK" } },
    add_to_cart: {
      input: async () => ({ artworkId: (await freshWork()).id }),
      expect: { anonymous: "UNAUTHORIZED", catalogueOnly: "FORBIDDEN", full: "OK", othersObject: "OK" },
    },
    view_cart: { input: () => ({}), expect: { anonymous: "UNAUTHORIZED", catalogueOnly: "FORBIDDEN", full: "OK", othersObject: "OK" } },
    remove_from_cart: {
      input: async (f, caller) => ({ itemId: caller === "othersObject" ? f.strangersItemId : await ownCartItem() }),
      expect: { anonymous: "UNAUTHORIZED", catalogueOnly: "FORBIDDEN", full: "OK", othersObject: "NOT_FOUND" },
    },
    hold_artwork: {
      input: async () => ({ artworkId: (await freshWork()).id }),
      expect: { anonymous: "UNAUTHORIZED", catalogueOnly: "FORBIDDEN", full: "OK", othersObject: "OK" },
    },
    create_checkout: {
      // nothing in JPY in the cart: a full token reaches the domain's answer
      input: () => ({ currency: "JPY", shipTo: "IE" }),
      expect: { anonymous: "UNAUTHORIZED", catalogueOnly: "FORBIDDEN", full: "BAD_REQUEST", othersObject: "BAD_REQUEST" },
    },
    order_status: {
      input: (f, caller) => ({ orderId: caller === "othersObject" ? f.strangersOrderId : f.ownOrderId }),
      expect: { anonymous: "UNAUTHORIZED", catalogueOnly: "FORBIDDEN", full: "OK", othersObject: "NOT_FOUND" },
    },
  };

let sellerProfileId = "";
const freshWork = () => makeWork(h.db, sellerProfileId, { title: "Matrix work" });
async function ownCartItem() {
  const art = await freshWork();
  const cart = await h.db.cart.upsert({ where: { userId: tokenUserId }, create: { userId: tokenUserId }, update: {} });
  return (await h.db.cartItem.create({ data: { cartId: cart.id, artworkId: art.id } })).id;
}

async function closedOrder(buyerId: string, artworkId: string, sellerId: string) {
  const order = await h.db.order.create({
    data: {
      number: `AT-MC${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
      buyerId,
      currency: "EUR",
      status: "CANCELLED",
      itemsAmount: 1000,
      shippingAmount: 0,
      totalAmount: 1000,
      commissionAmount: 500,
      shipTo: "IE",
      expiresAt: new Date(),
      items: {
        create: [
          {
            artworkId,
            sellerId,
            title: "Matrix order work",
            kind: "ORIGINAL",
            quantity: 1,
            unitAmount: 1000,
            subtotalAmount: 1000,
            shippingAmount: 0,
            commissionBps: 5000,
            commissionAmount: 500,
            artistAmount: 500,
            status: "RELEASED",
          },
        ],
      },
    },
  });
  return order.id;
}

beforeAll(async () => {
  world = await startPaymentsWorld(h.db);
  endpoint = await startMcpEndpoint(h.db, world);
  const seller = await makeSeller(h.db);
  sellerProfileId = seller.profile.id;
  const work = await freshWork();
  const me = await makeUser(h.db);
  tokenUserId = me.id;
  const stranger = await makeUser(h.db);
  const strangersCart = await h.db.cart.create({ data: { userId: stranger.id } });
  fx = {
    work,
    artistSlug: seller.profile.slug,
    strangersItemId: (await h.db.cartItem.create({ data: { cartId: strangersCart.id, artworkId: (await freshWork()).id } })).id,
    strangersOrderId: await closedOrder(stranger.id, work.id, seller.user.id),
    ownOrderId: await closedOrder(me.id, work.id, seller.user.id),
  };
  const full = await createApiToken(h.db, me.id, { name: "full" });
  const reader = await createApiToken(h.db, me.id, { name: "reader", scopes: ["catalogue:read"] });
  clients.set("anonymous", await connectAgent(endpoint));
  clients.set("catalogueOnly", await connectAgent(endpoint, reader.token));
  clients.set("full", await connectAgent(endpoint, full.token));
  clients.set("othersObject", await connectAgent(endpoint, full.token));
});
afterAll(async () => {
  await Promise.all([...clients.values()].map((c) => c.close()));
  await endpoint?.close();
  await world?.close();
});

describe("MCP authorization matrix", () => {
  it("has a row for every tool the server defines, and none for a tool that does not exist", () => {
    expect(Object.keys(ROWS).sort()).toEqual(MCP_TOOLS.map((t) => t.name).sort());
  });

  it("anonymous callers reach exactly the tools without a scope", () => {
    const open = Object.entries(ROWS)
      .filter(([, r]) => r.expect.anonymous === "OK")
      .map(([name]) => name);
    expect(open.sort()).toEqual(
      MCP_TOOLS.filter((t) => t.scope === null)
        .map((t) => t.name)
        .sort(),
    );
  });

  for (const [name, row] of Object.entries(ROWS)) {
    it(name, async () => {
      const actual: Record<string, string> = {};
      for (const caller of CALLERS) {
        const r = await callTool(clients.get(caller)!, name, await row.input(fx, caller));
        actual[caller] = r.isError ? errorText(r).split(":")[0]! : "OK";
      }
      expect(actual).toEqual(row.expect);
    });
  }
});
