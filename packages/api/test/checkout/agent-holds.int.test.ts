import { AGENT_HOLD_MINUTES, releaseAgentHold, releaseExpiredAgentHolds } from "@atelier/core/inventory/agent-holds";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../harness.ts";
import { startPaymentsWorld, type PaymentsWorld } from "../payments/world.ts";
import { buyerIn, makeSeller, makeWork, stock } from "./shop.ts";
import { rejection as refusal } from "../live-shows/helpers.ts";

/**
 * Agents' holds (cart.hold, MCP hold_artwork): the same reservation as checkout, one holder per original,
 * at most three at once, no rolling re-holds, released once at expiry, and converted by the holder's own checkout.
 */
const h = useTestDatabase();
let world: PaymentsWorld;
beforeAll(async () => {
  world = await startPaymentsWorld(h.db);
});
afterAll(() => world?.close());

describe("agent holds", () => {
  it("two buyers holding the same original at once → one hold; the other is told it is not available", async () => {
    const seller = await makeSeller(h.db);
    const original = await makeWork(h.db, seller.profile.id, { title: "Only One" });
    const [a, b] = await Promise.all([buyerIn(world, h.db), buyerIn(world, h.db)]);
    const results = await Promise.allSettled([a.caller.cart.hold({ artworkId: original.id }), b.caller.cart.hold({ artworkId: original.id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected")!;
    expect(lost.status === "rejected" && (lost.reason as TRPCError).code).toBe("CONFLICT");
    expect(await stock(h.db, original.id)).toMatchObject({ unitsHeld: 1 });
    expect(await h.db.agentHold.count({ where: { artworkId: original.id, status: "HELD" } })).toBe(1);
  });

  it("holding again answers the same hold (not extended); at most three at once; no re-hold within the cooldown", async () => {
    const seller = await makeSeller(h.db);
    const works = await Promise.all([1, 2, 3, 4].map((i) => makeWork(h.db, seller.profile.id, { title: `Held ${i}` })));
    const buyer = await buyerIn(world, h.db);
    const first = await buyer.caller.cart.hold({ artworkId: works[0]!.id });
    const again = await buyer.caller.cart.hold({ artworkId: works[0]!.id });
    expect(again).toEqual({ ...first, alreadyHeld: true });
    expect(first.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(AGENT_HOLD_MINUTES * 60_000);
    await buyer.caller.cart.hold({ artworkId: works[1]!.id });
    await buyer.caller.cart.hold({ artworkId: works[2]!.id });
    expect(await refusal(buyer.caller.cart.hold({ artworkId: works[3]!.id }))).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { artworkId: [expect.stringMatching(/already hold 3 works/)] },
    });
    expect(await stock(h.db, works[3]!.id)).toMatchObject({ unitsHeld: 0 });
    expect((await buyer.caller.cart.holds()).map((x) => x.artwork.title).sort()).toEqual(["Held 1", "Held 2", "Held 3"]);

    // the hold ends (as at expiry); the same buyer cannot hold the same work again straight away
    await h.db.agentHold.update({ where: { id: first.holdId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await releaseExpiredAgentHolds(h.db, new Date())).toBe(1);
    expect(await stock(h.db, works[0]!.id)).toMatchObject({ unitsHeld: 0 });
    expect((await refusal(buyer.caller.cart.hold({ artworkId: works[0]!.id }))).fieldErrors.artworkId?.[0]).toMatch(/can be held again from/);
    // but the freed slot holds another work
    await buyer.caller.cart.hold({ artworkId: works[3]!.id });
  });

  it("an expired hold gives its unit back exactly once, however many paths release it", async () => {
    const seller = await makeSeller(h.db);
    const edition = await makeWork(h.db, seller.profile.id, { kind: "EDITION", editionSize: 3 });
    const buyer = await buyerIn(world, h.db);
    const hold = await buyer.caller.cart.hold({ artworkId: edition.id });
    expect(await stock(h.db, edition.id)).toMatchObject({ unitsHeld: 1 });
    expect(await releaseAgentHold(h.db, hold.holdId, new Date())).toEqual({ released: false }); // not due yet
    const later = new Date(hold.expiresAt.getTime() + 1);
    const [first, second, swept] = await Promise.all([
      releaseAgentHold(h.db, hold.holdId, later),
      releaseAgentHold(h.db, hold.holdId, later),
      releaseExpiredAgentHolds(h.db, later, [edition.id]),
    ]);
    expect(Number(first.released) + Number(second.released) + swept).toBe(1);
    expect(await stock(h.db, edition.id)).toMatchObject({ unitsHeld: 0 });
    // the job queued with the hold does the same at expiry, and finds nothing left to do
    world.clock.advance(AGENT_HOLD_MINUTES * 60_000 + 1000);
    await world.drain();
    expect(await stock(h.db, edition.id)).toMatchObject({ unitsHeld: 0 });
    expect(await h.db.agentHold.findUniqueOrThrow({ where: { id: hold.holdId } })).toMatchObject({ status: "RELEASED" });
  });

  it("the holder adds the held work to the cart and checks out: the hold becomes the checkout's reservation; nobody else can take it", async () => {
    const seller = await makeSeller(h.db);
    const original = await makeWork(h.db, seller.profile.id, { title: "Kept For Me" });
    const holder = await buyerIn(world, h.db);
    const other = await buyerIn(world, h.db);
    const hold = await holder.caller.cart.hold({ artworkId: original.id });
    expect(await refusal(other.caller.cart.add({ artworkId: original.id }))).toMatchObject({ code: "CONFLICT" });
    await holder.caller.cart.add({ artworkId: original.id });
    const view = await holder.caller.cart.setShipTo({ country: "IE" });
    expect(view.groups[0]).toMatchObject({ canCheckout: true });
    const opened = await holder.caller.checkout.create({ currency: "EUR" });
    expect(await stock(h.db, original.id)).toMatchObject({ unitsHeld: 1 });
    expect(await h.db.agentHold.findUniqueOrThrow({ where: { id: hold.holdId } })).toMatchObject({ status: "CONVERTED", endedAt: expect.any(Date) });
    expect(await h.db.orderItem.findFirstOrThrow({ where: { orderId: opened.orderId } })).toMatchObject({ artworkId: original.id, status: "RESERVED" });
    // the hold's own expiry later changes nothing: the checkout owns the unit now
    expect(await releaseAgentHold(h.db, hold.holdId, new Date(hold.expiresAt.getTime() + 1))).toEqual({ released: false });
    expect(await stock(h.db, original.id)).toMatchObject({ unitsHeld: 1 });
  });
});
