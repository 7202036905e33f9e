import { describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { liveShowWithItems, rejection, showArtist } from "./helpers.ts";

const h = useTestDatabase();

describe("live shows are the artist's own", () => {
  it("another artist's show or claim is NOT_FOUND on every procedure, and changes nothing", async () => {
    const owner = await showArtist(h.db);
    const other = await showArtist(h.db, "Other");
    const { show, original } = await liveShowWithItems(h.db, owner);
    const held = await owner.caller.liveShow.claim({ showId: show.id, itemNumber: 1, handle: "jane" });
    const c = other.caller.liveShow;
    const showId = show.id;
    const calls = [
      () => c.console({ showId }),
      () => c.claimableWorks({ showId }),
      () => c.rollup({ showId }),
      () => c.claim({ showId, itemNumber: 1, handle: "mallory" }),
      () => c.bulkClaims({ showId, text: "1 mallory" }),
      () => c.addItem({ kind: "adhoc", showId, title: "Fake", price: "1", quantity: 1 }),
      () => c.addItem({ kind: "artwork", showId, artworkId: original.id }),
      () => c.end({ showId }),
      () => c.start({ showId }),
      () => c.pass({ claimId: held.claim.id }),
      () => c.console({ showId: "no-such-show" }),
    ];
    for (const call of calls) expect((await rejection(call())).code).toBe("NOT_FOUND"); // one at a time
    expect(await c.list()).toEqual([]);
    expect(await h.db.liveShow.findUniqueOrThrow({ where: { id: showId }, select: { status: true } })).toEqual({ status: "LIVE" });
    expect(await h.db.liveClaim.count({ where: { showId } })).toBe(1);
    expect(await h.db.liveShowItem.count({ where: { showId } })).toBe(2);

    const consoleView = await owner.caller.liveShow.console({ showId });
    expect(consoleView.items[0]).toMatchObject({ number: 1, unitsFree: 0, holders: [{ buyerHandle: "jane" }], queue: [] });
    expect((await owner.caller.liveShow.list()).map((s) => [s.id, s.itemCount, s.holdingCount])).toEqual([[showId, 2, 1]]);
  });

  it("buyers and visitors can't reach the procedures", async () => {
    const buyer = await makeUser(h.db, ["BUYER"]);
    expect((await rejection((await callerAs(h.db, buyer.id)).liveShow.list())).code).toBe("FORBIDDEN");
    expect((await rejection((await callerAs(h.db, null)).liveShow.list())).code).toBe("UNAUTHORIZED");
  });
});
