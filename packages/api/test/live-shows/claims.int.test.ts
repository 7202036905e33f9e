import { reserveUnits } from "@atelier/core/inventory/reserve";
import { releaseClaimToNext } from "@atelier/core/live-shows/pass";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../harness.ts";
import { artworkStock, claimsOf, liveShowWithItems, rejection, showArtist } from "./helpers.ts";

const h = useTestDatabase();

describe("recording claims in a live show", () => {
  it("the first claimer holds the original (and its artwork unit), later claimers queue, a re-claim is the same claim", async () => {
    const artist = await showArtist(h.db);
    const { show, original, painting } = await liveShowWithItems(h.db, artist);
    const c = artist.caller.liveShow;

    const first = await c.claim({ showId: show.id, itemNumber: 1, handle: " @Jane.Doe " });
    expect(first).toMatchObject({ outcome: "holding", claim: { buyerHandle: "jane.doe", status: "HOLDING", position: 1 } });
    const second = await c.claim({ showId: show.id, itemNumber: 1, handle: "@tom" });
    const third = await c.claim({ showId: show.id, itemNumber: 1, handle: "ana", email: "Ana@Example.com" });
    expect([second.outcome, second.claim.position, third.outcome, third.claim.position]).toEqual(["queued", 2, "queued", 3]);
    expect(third.claim.buyerEmail).toBe("ana@example.com");

    // the same buyer again (any spelling of the handle): the existing claim, no second one; an email is kept
    const again = await c.claim({ showId: show.id, itemNumber: 1, handle: "JANE.DOE", email: "jane@example.com" });
    expect(again).toMatchObject({ outcome: "existing", claim: { id: first.claim.id, status: "HOLDING", buyerEmail: "jane@example.com" } });
    expect(await claimsOf(h.db, painting.id)).toHaveLength(3);

    expect(await artworkStock(h.db, original.id)).toMatchObject({ unitsHeld: 1 });
    expect(await h.db.liveShowItem.findUniqueOrThrow({ where: { id: painting.id } })).toMatchObject({ unitsHeld: 1, quantity: 1 });
    // an online buyer can't take the work while the show holds it: the checkout's hold is refused
    expect(await h.db.$transaction((tx) => reserveUnits(tx, [{ artworkId: original.id, quantity: 1 }]))).toEqual([original.id]);
  });

  it("pass moves the hold to the next in line without releasing the work; with nobody left the unit goes back on sale", async () => {
    const artist = await showArtist(h.db);
    const { show, original, painting } = await liveShowWithItems(h.db, artist);
    const c = artist.caller.liveShow;
    const jane = await c.claim({ showId: show.id, itemNumber: 1, handle: "jane" });
    await c.claim({ showId: show.id, itemNumber: 1, handle: "tom" });

    const move = await c.pass({ claimId: jane.claim.id });
    expect(move).toMatchObject({ moved: true, unitReleased: false, nextHolder: { buyerHandle: "tom", position: 2 } });
    expect(await claimsOf(h.db, painting.id)).toEqual([
      { buyerHandle: "jane", status: "PASSED", position: 1 },
      { buyerHandle: "tom", status: "HOLDING", position: 2 },
    ]);
    expect(await artworkStock(h.db, original.id)).toMatchObject({ unitsHeld: 1 });

    // passing jane again changes nothing
    expect((await rejection(c.pass({ claimId: jane.claim.id }))).code).toBe("CONFLICT");

    const tom = (await h.db.liveClaim.findFirstOrThrow({ where: { itemId: painting.id, buyerHandle: "tom" } })).id;
    expect(await c.pass({ claimId: tom })).toMatchObject({ moved: true, unitReleased: true, nextHolder: null });
    expect(await artworkStock(h.db, original.id)).toMatchObject({ unitsHeld: 0, status: "PUBLISHED" });
    expect(await h.db.liveShowItem.findUniqueOrThrow({ where: { id: painting.id } })).toMatchObject({ unitsHeld: 0 });

    // jane passed earlier and claims again: a new claim at the back, and it holds since the unit is free
    expect(await c.claim({ showId: show.id, itemNumber: 1, handle: "jane" })).toMatchObject({ outcome: "holding", claim: { position: 3 } });
  });

  it("an item with three units has three holders, the fourth queues", async () => {
    const artist = await showArtist(h.db);
    const { show, mugs } = await liveShowWithItems(h.db, artist);
    for (const handle of ["a1", "a2", "a3", "a4"]) await artist.caller.liveShow.claim({ showId: show.id, itemNumber: 2, handle });
    expect((await claimsOf(h.db, mugs.id)).map((x) => x.status)).toEqual(["HOLDING", "HOLDING", "HOLDING", "QUEUED"]);
    expect(await h.db.liveShowItem.findUniqueOrThrow({ where: { id: mugs.id } })).toMatchObject({ unitsHeld: 3, quantity: 3 });
  });

  it("a work already in an online checkout: the claim queues, and the item holds nothing", async () => {
    const artist = await showArtist(h.db);
    const { show, original, painting } = await liveShowWithItems(h.db, artist);
    expect(await h.db.$transaction((tx) => reserveUnits(tx, [{ artworkId: original.id, quantity: 1 }]))).toEqual([]);
    expect(await artist.caller.liveShow.claim({ showId: show.id, itemNumber: 1, handle: "jane" })).toMatchObject({ outcome: "queued" });
    expect(await h.db.liveShowItem.findUniqueOrThrow({ where: { id: painting.id } })).toMatchObject({ unitsHeld: 0 });
    expect(await artworkStock(h.db, original.id)).toMatchObject({ unitsHeld: 1 });
  });

  it("bad input and a show that is not live are field errors, and write nothing", async () => {
    const artist = await showArtist(h.db);
    const { show } = await liveShowWithItems(h.db, artist);
    const c = artist.caller.liveShow;
    const unknownItem = await rejection(c.claim({ showId: show.id, itemNumber: 7, handle: "jane" }));
    expect(unknownItem).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { itemNumber: ["There is no item 7 in this show."] } });
    expect((await rejection(c.claim({ showId: show.id, itemNumber: 1, handle: "@" }))).fieldErrors).toHaveProperty("handle");
    expect((await rejection(c.claim({ showId: show.id, itemNumber: 1, handle: "jane doe" }))).fieldErrors).toHaveProperty("handle");
    expect((await rejection(c.claim({ showId: show.id, itemNumber: 1, handle: "jane", email: "not-an-email" }))).fieldErrors).toHaveProperty("email");
    expect((await rejection(c.claim({ showId: show.id, itemNumber: 0, handle: "jane" }))).fieldErrors).toHaveProperty("itemNumber");
    expect(await h.db.liveClaim.count({ where: { showId: show.id } })).toBe(0);

    const draft = await c.create({ title: "Later", startsAt: new Date(), platform: "OPENING_NIGHT", currency: "EUR" });
    await c.addItem({ kind: "adhoc", showId: draft.id, title: "Zine", price: "8", quantity: 10 });
    const notLive = await rejection(c.claim({ showId: draft.id, itemNumber: 1, handle: "jane" }));
    expect(notLive).toMatchObject({ code: "PRECONDITION_FAILED", fieldErrors: { showId: ["Start the show to record claims."] } });
    await c.end({ showId: show.id });
    expect((await rejection(c.claim({ showId: show.id, itemNumber: 1, handle: "jane" }))).fieldErrors).toHaveProperty("showId");
    expect(await h.db.liveClaim.count({ where: { showId: { in: [show.id, draft.id] } } })).toBe(0);
    expect(await h.db.liveShowItem.findMany({ where: { showId: show.id }, select: { unitsHeld: true } })).toEqual([{ unitsHeld: 0 }, { unitsHeld: 0 }]);
  });

  it("releaseClaimToNext inside a caller's transaction (an invoice voided): the next in line holds, a repeat moves nothing", async () => {
    const artist = await showArtist(h.db);
    const { show, original, painting } = await liveShowWithItems(h.db, artist);
    const jane = await artist.caller.liveShow.claim({ showId: show.id, itemNumber: 1, handle: "jane" });
    await artist.caller.liveShow.claim({ showId: show.id, itemNumber: 1, handle: "tom" });
    await artist.caller.liveShow.end({ showId: show.id });
    await h.db.liveClaim.update({ where: { id: jane.claim.id }, data: { status: "INVOICED", invoiceId: "inv_test" } });

    const first = await h.db.$transaction((tx) => releaseClaimToNext(tx, jane.claim.id));
    expect(first).toMatchObject({ moved: true, claim: { status: "RELEASED" }, nextHolder: { buyerHandle: "tom" } });
    expect((await h.db.$transaction((tx) => releaseClaimToNext(tx, jane.claim.id))).moved).toBe(false);
    expect(await claimsOf(h.db, painting.id)).toEqual([
      { buyerHandle: "jane", status: "RELEASED", position: 1 },
      { buyerHandle: "tom", status: "HOLDING", position: 2 },
    ]);
    expect(await artworkStock(h.db, original.id)).toMatchObject({ unitsHeld: 1 });
  });
});
