import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../harness.ts";
import { makeWork } from "../checkout/shop.ts";
import { liveShowWithItems, rejection, showArtist } from "./helpers.ts";

const h = useTestDatabase();

describe("bulk paste and the buyer rollup", () => {
  it("records the readable lines in order, reports refused lines with a reason, and lists unreadable lines", async () => {
    const artist = await showArtist(h.db);
    const { show } = await liveShowWithItems(h.db, artist);
    const text = [
      "1 @jane", // holds the original
      "@tom 1", // queues behind jane
      "",
      "#2 ana ana@example.com",
      "bea: 2",
      "SOLD 2 @cy",
      "claim 2 dee", // the mugs have 3 units: dee queues
      "nice stream!", // no number
      "12 14 @eve", // two numbers
      "9 @fay", // no item 9
      "1 jane", // jane again: her existing claim
      "2 gus gus@nowhere", // a bad email
    ].join("\n");
    const r = await artist.caller.liveShow.bulkClaims({ showId: show.id, text });
    expect(r.lines.map((l) => [l.line, l.handle, l.itemNumber, l.result])).toEqual([
      [1, "jane", 1, "claimed"],
      [2, "tom", 1, "queued"],
      [4, "ana", 2, "claimed"],
      [5, "bea", 2, "claimed"],
      [6, "cy", 2, "claimed"],
      [7, "dee", 2, "queued"],
      [10, "fay", 9, "refused"],
      [11, "jane", 1, "existing"],
    ]);
    expect(r.lines.find((l) => l.line === 10)?.reason).toBe("There is no item 9 in this show.");
    expect(r.bad).toEqual([
      { line: 8, text: "nice stream!", reason: "No item number" },
      { line: 9, text: "12 14 @eve", reason: "More than one item number (12, 14): one claim per line" },
      { line: 12, text: "2 gus gus@nowhere", reason: "“gus@nowhere” is not a valid email address" },
    ]);
    expect(await h.db.liveClaim.count({ where: { showId: show.id } })).toBe(6);
  });

  it("a paste into a show that is not live is refused whole", async () => {
    const artist = await showArtist(h.db);
    const { show } = await liveShowWithItems(h.db, artist);
    await artist.caller.liveShow.end({ showId: show.id });
    expect((await rejection(artist.caller.liveShow.bulkClaims({ showId: show.id, text: "1 @jane" }))).code).toBe("PRECONDITION_FAILED");
    expect(await h.db.liveClaim.count({ where: { showId: show.id } })).toBe(0);
  });

  it("the rollup groups holding claims by buyer exactly: queued and passed claims are not on it, totals add up", async () => {
    const artist = await showArtist(h.db);
    const { show, original, painting, mugs } = await liveShowWithItems(h.db, artist);
    const c = artist.caller.liveShow;
    const print = await makeWork(h.db, artist.profile.id, { title: "Blue Print", kind: "EDITION", editionSize: 5, priceAmount: 4_500 });
    const printItem = await c.addItem({ kind: "artwork", showId: show.id, artworkId: print.id, number: 10 });
    expect(printItem).toMatchObject({ number: 10, quantity: 5, unitAmount: 4_500, title: "Blue Print" });

    await c.bulkClaims({ showId: show.id, text: "1 @zoe\n1 @ana\n2 ana\n2 @zoe zoe@example.com\n10 ana\n2 bo" });
    await c.claim({ showId: show.id, itemNumber: 10, handle: "ana", email: "ana@example.com" }); // existing claim gets the email
    const bo = await h.db.liveClaim.findFirstOrThrow({ where: { itemId: mugs.id, buyerHandle: "bo" } });
    await c.pass({ claimId: bo.id }); // bo passes: nobody queues on the mugs, the unit is released

    const rollup = await c.rollup({ showId: show.id });
    expect(rollup.currency).toBe("EUR");
    const zoePainting = await h.db.liveClaim.findFirstOrThrow({ where: { itemId: painting.id, buyerHandle: "zoe" } });
    expect(rollup.buyers.map((b) => ({ handle: b.handle, email: b.email, titles: b.lines.map((l) => l.title), total: b.total }))).toEqual([
      { handle: "ana", email: "ana@example.com", titles: ["Studio mug", "Blue Print"], total: 1_200 + 4_500 },
      { handle: "zoe", email: "zoe@example.com", titles: ["Indigo Hour", "Studio mug"], total: 200_000 + 1_200 },
    ]);
    expect(rollup.buyers[1]!.lines[0]).toEqual({
      claimId: zoePainting.id,
      itemId: painting.id,
      artworkId: original.id,
      title: "Indigo Hour",
      unitAmount: 200_000,
      quantity: 1,
    });
    // the same again: deterministic
    expect(await c.rollup({ showId: show.id })).toEqual(rollup);
  });

  it("adding items: numbers are unique per show, works must be the artist's own and published, in the show's currency", async () => {
    const artist = await showArtist(h.db);
    const other = await showArtist(h.db, "Other");
    const { show } = await liveShowWithItems(h.db, artist);
    const c = artist.caller.liveShow;
    const dup = await rejection(c.addItem({ kind: "adhoc", showId: show.id, number: 2, title: "Tote", price: "20", quantity: 1 }));
    expect(dup).toMatchObject({ code: "CONFLICT", fieldErrors: { number: ["Number 2 is already Studio mug; choose another number."] } });
    const theirs = await makeWork(h.db, other.profile.id);
    expect((await rejection(c.addItem({ kind: "artwork", showId: show.id, artworkId: theirs.id }))).fieldErrors).toHaveProperty("artworkId");
    const draft = await makeWork(h.db, artist.profile.id, { status: "DRAFT" });
    expect((await rejection(c.addItem({ kind: "artwork", showId: show.id, artworkId: draft.id }))).fieldErrors).toHaveProperty("artworkId");
    const dollars = await makeWork(h.db, artist.profile.id, { currency: "USD", title: "Dollar Work" });
    expect((await rejection(c.addItem({ kind: "artwork", showId: show.id, artworkId: dollars.id }))).fieldErrors).toEqual({
      artworkId: ["Dollar Work is priced in USD; this show sells in EUR."],
    });
    expect((await rejection(c.addItem({ kind: "adhoc", showId: show.id, title: "Tote", price: "20.555", quantity: 1 }))).fieldErrors).toHaveProperty("price");
    expect(await c.addItem({ kind: "adhoc", showId: show.id, title: "Tote", price: "20.50", quantity: 4 })).toMatchObject({ number: 3, unitAmount: 2_050 });
    const picker = await c.claimableWorks({ showId: show.id });
    expect(picker.map((w) => w.title)).not.toContain("Indigo Hour");
    expect(picker.map((w) => w.title)).not.toContain("Dollar Work");
  });
});
