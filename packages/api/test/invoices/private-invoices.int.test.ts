import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncInvoice } from "@atelier/core/invoices/sync";
import { useTestDatabase } from "../harness.ts";
import { makeWork, stock } from "../checkout/shop.ts";
import { startPaymentsWorld, type PaymentsWorld } from "../payments/world.ts";
import { invoiceLedger, invoicingArtist, payInvoiceInSandbox } from "./world.ts";

/**
 * Private invoices end to end against the sandbox: a destination charge per invoice (artist's account as
 * recipient, the platform's 10% as application fee), the hosted page paid by card, webhooks moving our row
 * forward only, the work held from the invoice until it is paid (SOLD) or voided (released), and the ledger
 * adding up to the cent.
 */
const h = useTestDatabase();
let world: PaymentsWorld;
beforeAll(async () => {
  world = await startPaymentsWorld(h.db);
});
afterAll(async () => {
  await world?.close();
});

const syncDeps = () => ({
  db: h.db,
  stripe: world.payments.stripe,
  events: world.jobDeps.events,
  now: world.jobDeps.now,
  appUrl: "http://atelier.test",
  releaseClaim: null,
});
const mailsTo = (to: string) => h.db.emailOutbox.findMany({ where: { toEmail: to }, orderBy: { createdAt: "asc" } });

describe("a private invoice for a work", () => {
  it("holds the work, has a hosted link, is paid on the hosted page: SOLD, ledger adds up, artist mailed", async () => {
    const artist = await invoicingArtist(h.db, world);
    const work = await makeWork(h.db, artist.profile.id, { title: "Indigo Hour", priceAmount: 200_000 });
    const [inv] = await artist.caller.invoice.createPrivate({ buyerName: "Jane Doe", buyerEmail: "jane.invoice@example.com", artworkId: work.id });
    expect(inv).toMatchObject({ status: "OPEN", part: "FULL", totalAmount: 200_000 });
    expect(inv!.hostedUrl).toMatch(/\/i\/in_/);
    expect(await stock(h.db, work.id)).toMatchObject({ unitsHeld: 1, status: "PUBLISHED" });
    await world.settle();
    const sent = await mailsTo("jane.invoice@example.com");
    expect(sent.map((m) => m.subject)).toEqual([expect.stringMatching(/^Invoice INV-\w+ from Mira Invoicer \d+: €2,000\.00$/)]);

    const row = await h.db.invoice.findUniqueOrThrow({ where: { id: inv!.id } });
    expect(row).toMatchObject({ commissionAmount: 20_000, artistAmount: 180_000 });
    expect((await payInvoiceInSandbox(world, row.stripeInvoiceId!)).status).toBe(200);
    await world.settle();

    const paid = await h.db.invoice.findUniqueOrThrow({ where: { id: inv!.id } });
    expect(paid.status).toBe("PAID");
    expect(paid.stripeChargeId).toMatch(/^ch_/);
    expect(paid.stripeTransferId).toMatch(/^tr_/);
    expect(await stock(h.db, work.id)).toMatchObject({ unitsHeld: 0, editionsSold: 1, status: "SOLD" });
    const { sum } = await invoiceLedger(h.db, inv!.id);
    expect(sum("ARTIST", "SALE")).toBe(180_000);
    expect(sum("ARTIST")).toBe(0); // the destination charge moved it with the payment
    expect(sum("PLATFORM", "SALE")).toBe(20_000);
    expect(sum("ARTIST", "SALE") + sum("PLATFORM", "SALE")).toBe(200_000);
    expect(sum("PLATFORM", "STRIPE_FEE")).toBe(-(paid.stripeFeeAmount ?? 0));
    expect(paid.stripeFeeAmount).toBeGreaterThan(0);
    // the connected account received total − fee
    const bal = await world.payments.stripe.balance.retrieve({}, { stripeAccount: artist.connect.stripeAccountId });
    expect(
      bal.pending
        .concat(bal.available)
        .filter((b) => b.currency === "eur")
        .reduce((s, b) => s + b.amount, 0),
    ).toBe(180_000);
    const artistMails = await mailsTo(artist.user.email);
    expect(artistMails.map((m) => m.subject)).toContain(`Paid: invoice ${paid.reference} — €1,800.00 to you`);
  });

  it("replayed, shuffled and duplicated events leave one final state and one set of ledger lines", async () => {
    const artist = await invoicingArtist(h.db, world);
    const work = await makeWork(h.db, artist.profile.id, { priceAmount: 50_000 });
    const [inv] = await artist.caller.invoice.createPrivate({ buyerName: "Ana Replay", buyerEmail: "ana.replay@example.com", artworkId: work.id, send: false });
    const row = await h.db.invoice.findUniqueOrThrow({ where: { id: inv!.id } });
    await payInvoiceInSandbox(world, row.stripeInvoiceId!);
    // every event type again, concurrently and in any order: each re-reads Stripe (paid)
    for (let i = 0; i < 3; i++) await Promise.all(Array.from({ length: 6 }, () => syncInvoice(syncDeps(), row.stripeInvoiceId!)));
    await world.settle();
    const { rows } = await invoiceLedger(h.db, inv!.id);
    expect(rows.map((r) => `${r.payee}:${r.kind}`).sort()).toEqual(["ARTIST:SALE", "ARTIST:TRANSFER", "PLATFORM:SALE", "PLATFORM:STRIPE_FEE"]);
    expect(await stock(h.db, work.id)).toMatchObject({ unitsHeld: 0, editionsSold: 1, status: "SOLD" });
    // paid never becomes anything else: voiding is refused
    await expect(artist.caller.invoice.void({ invoiceId: inv!.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await h.db.invoice.findUniqueOrThrow({ where: { id: inv!.id } })).status).toBe("PAID");
  });

  it("a declined card leaves it open and the work held; voiding releases the work", async () => {
    const artist = await invoicingArtist(h.db, world);
    const work = await makeWork(h.db, artist.profile.id, { priceAmount: 30_000 });
    const [inv] = await artist.caller.invoice.createPrivate({ buyerName: "Declined Dan", buyerEmail: "dan@example.com", artworkId: work.id, send: false });
    const row = await h.db.invoice.findUniqueOrThrow({ where: { id: inv!.id } });
    expect((await payInvoiceInSandbox(world, row.stripeInvoiceId!, "4000000000000002")).status).toBe(402);
    await world.settle();
    expect((await h.db.invoice.findUniqueOrThrow({ where: { id: inv!.id } })).status).toBe("OPEN");
    expect(await stock(h.db, work.id)).toMatchObject({ unitsHeld: 1 });
    const voided = await artist.caller.invoice.void({ invoiceId: inv!.id, reason: "Changed their mind" });
    expect(voided.status).toBe("VOID");
    await world.settle();
    expect(await stock(h.db, work.id)).toMatchObject({ unitsHeld: 0, status: "PUBLISHED" });
    expect(await h.db.ledgerEntry.count({ where: { invoiceId: inv!.id } })).toBe(0);
    // a late stale event (finalized) does not reopen it
    await syncInvoice(syncDeps(), row.stripeInvoiceId!);
    expect((await h.db.invoice.findUniqueOrThrow({ where: { id: inv!.id } })).status).toBe("VOID");
  });
});

describe("deposit + balance", () => {
  it("two linked invoices that add up to the price; the work is held until the balance is paid", async () => {
    const artist = await invoicingArtist(h.db, world);
    const work = await makeWork(h.db, artist.profile.id, { priceAmount: 200_001 });
    const made = await artist.caller.invoice.createPrivate({
      buyerName: "Jane Doe",
      buyerEmail: "jane.deposit@example.com",
      artworkId: work.id,
      depositPercent: 50,
      dueInDays: 14,
      balanceDueInDays: 45,
    });
    expect(made.map((i) => i.part)).toEqual(["DEPOSIT", "BALANCE"]);
    const [deposit, balance] = await Promise.all(made.map((i) => h.db.invoice.findUniqueOrThrow({ where: { id: i.id } })));
    expect(deposit!.totalAmount + balance!.totalAmount).toBe(200_001);
    expect(deposit!.commissionAmount + balance!.commissionAmount).toBe(20_000);
    expect(balance!.depositId).toBe(deposit!.id);
    expect(balance!.dueAt > deposit!.dueAt).toBe(true);
    expect(await stock(h.db, work.id)).toMatchObject({ unitsHeld: 1 });

    await payInvoiceInSandbox(world, deposit!.stripeInvoiceId!);
    await world.settle();
    expect(await stock(h.db, work.id)).toMatchObject({ unitsHeld: 1, status: "PUBLISHED" });
    await payInvoiceInSandbox(world, balance!.stripeInvoiceId!);
    await world.settle();
    expect(await stock(h.db, work.id)).toMatchObject({ unitsHeld: 0, editionsSold: 1, status: "SOLD" });
    const total = async (id: string) => (await invoiceLedger(h.db, id)).sum;
    const d = await total(deposit!.id);
    const b = await total(balance!.id);
    expect(d("ARTIST", "SALE") + d("PLATFORM", "SALE") + b("ARTIST", "SALE") + b("PLATFORM", "SALE")).toBe(200_001);
  });

  it("voiding an unpaid deposit voids its balance and releases the work", async () => {
    const artist = await invoicingArtist(h.db, world);
    const work = await makeWork(h.db, artist.profile.id, { priceAmount: 80_000 });
    const made = await artist.caller.invoice.createPrivate({
      buyerName: "Kai",
      buyerEmail: "kai@example.com",
      artworkId: work.id,
      depositPercent: 30,
      send: false,
    });
    await artist.caller.invoice.void({ invoiceId: made[0]!.id });
    await world.settle();
    const rows = await h.db.invoice.findMany({ where: { id: { in: made.map((m) => m.id) } } });
    expect(rows.map((r) => r.status)).toEqual(["VOID", "VOID"]);
    expect(await stock(h.db, work.id)).toMatchObject({ unitsHeld: 0, status: "PUBLISHED" });
  });
});

describe("refusals write nothing", () => {
  it("the same invoice asked for twenty times at once: one invoice holds the work, nineteen are told why, twenty voids void once", async () => {
    const artist = await invoicingArtist(h.db, world);
    const work = await makeWork(h.db, artist.profile.id, { title: "Twenty at Once", priceAmount: 50_000 });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        artist.caller.invoice.createPrivate({ buyerName: `Buyer ${i}`, buyerEmail: `twenty${i}@example.com`, artworkId: work.id, send: false }),
      ),
    );
    const made = results.filter((r) => r.status === "fulfilled");
    expect(made).toHaveLength(1);
    const codes = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as TRPCError).code] : []));
    expect(new Set(codes)).toEqual(new Set(["CONFLICT"]));
    expect(await h.db.invoice.count({ where: { sellerId: artist.user.id } })).toBe(1);
    expect(await stock(h.db, work.id)).toMatchObject({ unitsHeld: 1 });

    const [inv] = (made[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof artist.caller.invoice.createPrivate>>>).value;
    const voids = await Promise.allSettled(Array.from({ length: 20 }, () => artist.caller.invoice.void({ invoiceId: inv!.id })));
    expect(voids.filter((v) => v.status === "rejected" && (v.reason as TRPCError).code === "INTERNAL_SERVER_ERROR")).toHaveLength(0);
    await world.settle();
    expect((await h.db.invoice.findUniqueOrThrow({ where: { id: inv!.id } })).status).toBe("VOID");
    expect(await stock(h.db, work.id)).toMatchObject({ unitsHeld: 0, status: "PUBLISHED" });
  });

  it("a Free seller is told invoicing is a Pro feature, on the server", async () => {
    const free = await invoicingArtist(h.db, world, { plan: "FREE" });
    const work = await makeWork(h.db, free.profile.id);
    const e = await free.caller.invoice
      .createPrivate({ buyerName: "Jane", buyerEmail: "j@example.com", artworkId: work.id })
      .catch((x: unknown) => x as TRPCError);
    expect(e).toMatchObject({ code: "FORBIDDEN", message: "Invoicing is available on the Pro plan — upgrade at /studio/integrations" });
    expect(await h.db.invoice.count({ where: { sellerId: free.user.id } })).toBe(0);
    expect(await stock(h.db, work.id)).toMatchObject({ unitsHeld: 0 });
  });

  it("bad fields, another artist's work, a held work, no payments account, another artist's invoice", async () => {
    const artist = await invoicingArtist(h.db, world);
    const other = await invoicingArtist(h.db, world);
    const theirs = await makeWork(h.db, other.profile.id);
    const before = await h.db.invoice.count();
    const fieldsOf = (e: unknown) => {
      const cause = (e as TRPCError).cause as { issues?: { path: PropertyKey[] }[]; fieldErrors?: Record<string, string[]> } | undefined;
      return cause?.fieldErrors ?? Object.fromEntries((cause?.issues ?? []).map((i) => [i.path.join("."), true]));
    };

    const bad = await artist.caller.invoice.createPrivate({ buyerName: "J", buyerEmail: "not-an-email", title: "", amount: "" }).catch((e: unknown) => e);
    expect((bad as TRPCError).code).toBe("BAD_REQUEST");
    expect(Object.keys(fieldsOf(bad)).sort()).toEqual(["amount", "buyerEmail", "buyerName", "title"]);
    const vague = await artist.caller.invoice.createPrivate({ buyerName: "Jane", buyerEmail: "j@example.com" }).catch((e: unknown) => e);
    expect(Object.keys(fieldsOf(vague)).sort()).toEqual(["amount", "title"]);

    await expect(artist.caller.invoice.createPrivate({ buyerName: "Jane", buyerEmail: "j@example.com", artworkId: theirs.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const cheap = await artist.caller.invoice
      .createPrivate({ buyerName: "Jane", buyerEmail: "j@example.com", title: "Sketch", amount: "0.01", depositPercent: 50 })
      .catch((e: unknown) => e);
    expect(Object.keys(fieldsOf(cheap))).toEqual(["depositPercent"]);
    const nul = await artist.caller.invoice
      .createPrivate({ buyerName: "Jane\u0000", buyerEmail: "j@example.com", title: "x".repeat(5000), amount: "12" })
      .catch((e: unknown) => e);
    expect((nul as TRPCError).code).toBe("BAD_REQUEST");

    const mine = await makeWork(h.db, artist.profile.id);
    await artist.caller.invoice.createPrivate({ buyerName: "First", buyerEmail: "first@example.com", artworkId: mine.id, send: false });
    const after = await h.db.invoice.count();
    await expect(artist.caller.invoice.createPrivate({ buyerName: "Second", buyerEmail: "second@example.com", artworkId: mine.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await h.db.invoice.count()).toBe(after);
    expect(after).toBe(before + 1);

    const unpaid = await invoicingArtist(h.db, world, { onboarded: false });
    await expect(
      unpaid.caller.invoice.createPrivate({ buyerName: "Jane", buyerEmail: "j@example.com", title: "Commission", amount: "500" }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect(await h.db.invoice.count()).toBe(after);

    const [theirInvoice] = await other.caller.invoice.createPrivate({
      buyerName: "Zed",
      buyerEmail: "zed@example.com",
      title: "Commission",
      amount: "500",
      send: false,
    });
    for (const call of [
      () => artist.caller.invoice.get({ invoiceId: theirInvoice!.id }),
      () => artist.caller.invoice.void({ invoiceId: theirInvoice!.id }),
      () => artist.caller.invoice.send({ invoiceId: theirInvoice!.id }),
    ])
      await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await h.db.invoice.findUniqueOrThrow({ where: { id: theirInvoice!.id } })).status).toBe("OPEN");
  });
});
