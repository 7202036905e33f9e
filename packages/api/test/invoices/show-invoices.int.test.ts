import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../harness.ts";
import { makeWork, stock } from "../checkout/shop.ts";
import { startPaymentsWorld, type PaymentsWorld } from "../payments/world.ts";
import { invoiceLedger, invoicingArtist, payInvoiceInSandbox } from "./world.ts";

/**
 * A live show's rollup becomes one Stripe invoice per buyer when the show ends; paying one sells its work; voiding
 * one hands its work to the next claimer in line, whose invoice the next run creates; nothing is billed twice.
 */
const h = useTestDatabase();
let world: PaymentsWorld;
beforeAll(async () => {
  world = await startPaymentsWorld(h.db);
});
afterAll(async () => {
  await world?.close();
});

describe("live show → invoices", () => {
  it("three buyers, three invoices; paid → SOLD; voided → the next claimer holds it and is invoiced", async () => {
    const artist = await invoicingArtist(h.db, world);
    const c = artist.caller.liveShow;
    const indigo = await makeWork(h.db, artist.profile.id, { title: "Indigo Hour", priceAmount: 120_000 });
    const salt = await makeWork(h.db, artist.profile.id, { title: "Salt Light", priceAmount: 45_000 });
    const show = await c.create({ title: "Friday live", startsAt: new Date(), platform: "INSTAGRAM", currency: "EUR" });
    const i1 = await c.addItem({ kind: "artwork", showId: show.id, artworkId: indigo.id });
    const i2 = await c.addItem({ kind: "artwork", showId: show.id, artworkId: salt.id });
    const mugs = await c.addItem({ kind: "adhoc", showId: show.id, title: "Studio mug", price: "12", quantity: 5 });
    await c.start({ showId: show.id });
    await c.claim({ showId: show.id, itemNumber: i1.number, handle: "@jane", email: "jane.live@example.com" });
    await c.claim({ showId: show.id, itemNumber: i1.number, handle: "@queued_quinn", email: "quinn.live@example.com" });
    await c.claim({ showId: show.id, itemNumber: i2.number, handle: "@bob" });
    await c.claim({ showId: show.id, itemNumber: mugs.number, handle: "@jane" });
    await c.claim({ showId: show.id, itemNumber: mugs.number, handle: "@cara", email: "cara.live@example.com" });

    const ended = await c.end({ showId: show.id });
    expect(ended.problem).toBeNull();
    expect(ended.invoicing!.created.map((x) => [x.buyer, x.totalAmount, x.status, x.mailed])).toEqual([
      ["bob", 45_000, "OPEN", false],
      ["cara", 1_200, "OPEN", true],
      ["jane", 121_200, "OPEN", true],
    ]);
    const invoices = await h.db.invoice.findMany({ where: { showId: show.id }, include: { lines: true } });
    expect(invoices).toHaveLength(3);
    for (const inv of invoices) expect(inv.commissionAmount + inv.artistAmount).toBe(inv.totalAmount);
    // ending again (or a second click) bills nothing twice
    expect((await c.invoiceBuyers({ showId: show.id })).created).toEqual([]);

    const jane = invoices.find((i) => i.buyerHandle === "jane")!;
    await payInvoiceInSandbox(world, jane.stripeInvoiceId!);
    await world.settle();
    expect((await h.db.invoice.findUniqueOrThrow({ where: { id: jane.id } })).status).toBe("PAID");
    expect(await stock(h.db, indigo.id)).toMatchObject({ unitsHeld: 0, editionsSold: 1, status: "SOLD" });
    expect((await invoiceLedger(h.db, jane.id)).sum("ARTIST")).toBe(0);

    const bob = invoices.find((i) => i.buyerHandle === "bob")!;
    // no Meta page configured here: the DM adapter says so, sends nothing and counts no send
    const dm = await artist.caller.invoice.messageLink({ invoiceId: bob.id, channel: "INSTAGRAM" });
    expect(dm).toMatchObject({ ok: false, reason: "not-configured", invoice: { sendCount: 0 } });
    expect(dm.ok ? "" : dm.message).toMatch(/Instagram messages are not set up.*send it to @bob yourself/);
    await artist.caller.invoice.void({ invoiceId: bob.id });
    await world.settle();
    // nobody queued for Salt Light: it is back on sale
    expect(await stock(h.db, salt.id)).toMatchObject({ unitsHeld: 0, status: "PUBLISHED" });
    const cara = invoices.find((i) => i.buyerHandle === "cara")!;
    expect((await h.db.liveClaim.findMany({ where: { invoiceId: cara.id } })).map((x) => x.status)).toEqual(["INVOICED"]);
  });

  it("a voided invoice passes the work to the next in line, who is invoiced next", async () => {
    const artist = await invoicingArtist(h.db, world);
    const c = artist.caller.liveShow;
    const work = await makeWork(h.db, artist.profile.id, { title: "Harbour", priceAmount: 80_000 });
    const show = await c.create({ title: "Opening", startsAt: new Date(), platform: "OPENING_NIGHT", currency: "EUR" });
    const item = await c.addItem({ kind: "artwork", showId: show.id, artworkId: work.id });
    await c.start({ showId: show.id });
    await c.claim({ showId: show.id, itemNumber: item.number, handle: "first", email: "first@example.com" });
    await c.claim({ showId: show.id, itemNumber: item.number, handle: "second", email: "second@example.com" });
    const ended = await c.end({ showId: show.id });
    const first = ended.invoicing!.created[0]!;
    expect(first.buyer).toBe("first");
    await artist.caller.invoice.void({ invoiceId: first.invoiceId });
    // the artwork never went back on sale in between
    expect(await stock(h.db, work.id)).toMatchObject({ unitsHeld: 1 });
    const again = await c.invoiceBuyers({ showId: show.id });
    expect(again.created.map((x) => [x.buyer, x.totalAmount])).toEqual([["second", 80_000]]);
    const second = await h.db.invoice.findUniqueOrThrow({ where: { id: again.created[0]!.invoiceId } });
    await payInvoiceInSandbox(world, second.stripeInvoiceId!);
    await world.settle();
    expect(await stock(h.db, work.id)).toMatchObject({ unitsHeld: 0, editionsSold: 1, status: "SOLD" });
  });

  it("a Free seller's show ends, and the console says why no invoices were made", async () => {
    const artist = await invoicingArtist(h.db, world);
    const c = artist.caller.liveShow;
    const show = await c.create({ title: "Free later", startsAt: new Date(), platform: "OTHER", currency: "EUR" });
    const item = await c.addItem({ kind: "adhoc", showId: show.id, title: "Card", price: "3", quantity: 3 });
    await c.start({ showId: show.id });
    await c.claim({ showId: show.id, itemNumber: item.number, handle: "ann" });
    await h.db.sellerPlan.update({ where: { userId: artist.user.id }, data: { plan: "FREE" } });
    const ended = await c.end({ showId: show.id });
    expect(ended.show.status).toBe("ENDED");
    expect(ended.problem).toBe("Invoicing is available on the Pro plan — upgrade at /studio/integrations");
    expect(await h.db.invoice.count({ where: { showId: show.id } })).toBe(0);
  });
});
