import { metricsMonthly, metricsSummary, topArtworks } from "@atelier/core/reporting/metrics";
import { artistLedgerCsv, LEDGER_CSV_COLUMNS } from "@atelier/core/reporting/ledger-csv";
import { describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { abandonedOrder, makeArtist, makeArtwork, paidOrder, paidTransfer, payoutFor, succeededRefund } from "./fixtures.ts";

const h = useTestDatabase();

describe("sales.earnings", () => {
  it("reports sales, the ledger balance (with a debt), transfers and payouts per currency, never adding currencies", async () => {
    const artist = await makeArtist(h.db);
    const buyer = await makeUser(h.db);
    const eur = await paidOrder(h.db, {
      buyerId: buyer.id,
      items: [{ artwork: await makeArtwork(h.db, artist, { priceAmount: 1000_00 }), sellerId: artist.id, shippingAmount: 25_00 }],
    });
    const eur2 = await paidOrder(h.db, {
      buyerId: buyer.id,
      items: [{ artwork: await makeArtwork(h.db, artist, { priceAmount: 300_00, kind: "EDITION" }), sellerId: artist.id }],
    });
    const jpy = await paidOrder(h.db, {
      buyerId: buyer.id,
      items: [{ artwork: await makeArtwork(h.db, artist, { priceAmount: 50_001, currency: "JPY" }), sellerId: artist.id }],
    });
    await paidTransfer(h.db, eur.id, artist.id);
    // refunded in full after the transfer; only part of the artist's share could be reversed → the rest is a debt
    await succeededRefund(h.db, eur.items[0]!.id, 1025_00, { reversed: 100_00 });
    await payoutFor(h.db, artist.id, 300_00, "eur", "PAID");
    await payoutFor(h.db, artist.id, 50_00, "eur", "IN_TRANSIT");

    const e = await (await callerAs(h.db, artist.id)).sales.earnings();
    const byCur = Object.fromEntries(e.currencies.map((c) => [c.currency, c]));
    expect(Object.keys(byCur)).toEqual(["EUR", "JPY"]);
    // EUR: sales 525 + 210; transfer −525; refund −525; reversal +100 → balance −315 + 210 = −105? computed below from the split
    const eurSales = eur.items[0]!.artistAmount + eur2.items[0]!.artistAmount;
    expect(byCur.EUR!.ledger.SALE).toBe(eurSales);
    expect(byCur.EUR!.ledger.TRANSFER).toBe(-eur.items[0]!.artistAmount);
    expect(byCur.EUR!.ledger.REFUND).toBe(-eur.items[0]!.artistAmount);
    expect(byCur.EUR!.ledger.REVERSAL).toBe(100_00);
    expect(byCur.EUR!.balance).toBe(eurSales - 2 * eur.items[0]!.artistAmount + 100_00);
    expect(byCur.EUR!.debt).toBe(Math.max(0, -byCur.EUR!.balance));
    expect(byCur.EUR!.itemsSold).toBe(2);
    expect(byCur.EUR!.grossAmount).toBe(1025_00 + 300_00);
    // JPY: 50 001 × 50% rounded down to the platform → the artist keeps the odd yen
    expect(byCur.JPY!.balance).toBe(jpy.items[0]!.artistAmount);
    expect(jpy.items[0]!.artistAmount).toBe(25_001);
    expect(e.transfers.map((t) => [t.orderNumber, t.amount, t.reversedAmount])).toEqual([[eur.number, eur.items[0]!.artistAmount, 100_00]]);
    expect(e.payoutTotals).toEqual([{ currency: "EUR", paid: 300_00, inTransit: 50_00, failed: 0 }]);
    expect(e.toShip).toBe(2);
    expect(e.statementYears[0]).toBe(new Date().getUTCFullYear());
  });
});

describe("sales.statement", () => {
  it("adds up the year per currency: gross, refunds, commission, net, transfers", async () => {
    const artist = await makeArtist(h.db);
    const buyer = await makeUser(h.db);
    const at = (m: number, d: number) => new Date(Date.UTC(2025, m - 1, d, 12));
    const a = await paidOrder(h.db, {
      buyerId: buyer.id,
      paidAt: at(3, 1),
      items: [{ artwork: await makeArtwork(h.db, artist, { priceAmount: 800_00 }), sellerId: artist.id, shippingAmount: 20_00 }],
    });
    const b = await paidOrder(h.db, {
      buyerId: buyer.id,
      paidAt: at(7, 9),
      items: [{ artwork: await makeArtwork(h.db, artist, { priceAmount: 99_99, kind: "EDITION" }), sellerId: artist.id, quantity: 3 }],
    });
    // last year's sale, this year's transfer of it
    const old = await paidOrder(h.db, {
      buyerId: buyer.id,
      paidAt: new Date(Date.UTC(2024, 11, 31, 23, 59)),
      items: [{ artwork: await makeArtwork(h.db, artist, { priceAmount: 50_00 }), sellerId: artist.id }],
    });
    await paidTransfer(h.db, old.id, artist.id, at(1, 2));
    await paidTransfer(h.db, a.id, artist.id, at(3, 2));
    const refund = await succeededRefund(h.db, b.items[0]!.id, 99_99, { at: at(8, 1) });

    const s = await (await callerAs(h.db, artist.id)).sales.statement({ year: 2025 });
    expect(s.currencies).toHaveLength(1);
    const eur = s.currencies[0]!;
    const gross = 820_00 + 3 * 99_99;
    expect(eur).toMatchObject({
      currency: "EUR",
      transactions: 2,
      itemsSold: 2,
      grossAmount: gross,
      commissionAmount: a.items[0]!.commissionAmount + b.items[0]!.commissionAmount,
      refundedAmount: 99_99,
      artistRefundAmount: refund.artistAmount,
      transferredAmount: old.items[0]!.artistAmount + a.items[0]!.artistAmount,
    });
    // net = what the artist earned: gross − commission − their part of refunds
    expect(eur.netAmount).toBe(gross - eur.commissionAmount - refund.artistAmount);
    expect(s.form1099K.passesThreshold).toBe(false);
    const y2024 = await (await callerAs(h.db, artist.id)).sales.statement({ year: 2024 });
    expect(y2024.currencies[0]).toMatchObject({ transactions: 1, grossAmount: 50_00, transferredAmount: 0 });
  });

  it("flags the US 1099-K threshold only past $20,000 AND 200 transactions (USD only)", async () => {
    const artist = await makeArtist(h.db);
    const buyer = await makeUser(h.db);
    const print = await makeArtwork(h.db, artist, { priceAmount: 100_00, currency: "USD", kind: "EDITION", editionSize: 1000 });
    const eurPrint = await makeArtwork(h.db, artist, { priceAmount: 100_00, currency: "EUR", kind: "EDITION", editionSize: 1000 });
    for (let i = 0; i < 200; i++)
      await paidOrder(h.db, { buyerId: buyer.id, paidAt: new Date(Date.UTC(2025, 0, 1 + (i % 300))), items: [{ artwork: print, sellerId: artist.id }] });
    // many EUR sales change nothing: currencies are never converted
    for (let i = 0; i < 3; i++)
      await paidOrder(h.db, { buyerId: buyer.id, paidAt: new Date(Date.UTC(2025, 5, 1)), items: [{ artwork: eurPrint, sellerId: artist.id, quantity: 100 }] });
    const api = await callerAs(h.db, artist.id);
    const at200 = await api.sales.statement({ year: 2025 });
    // exactly $20,000 in exactly 200 transactions: neither is exceeded
    expect(at200.form1099K).toMatchObject({ passesThreshold: false, usdGrossAmount: 20_000_00, usdTransactions: 200 });
    await paidOrder(h.db, { buyerId: buyer.id, paidAt: new Date(Date.UTC(2025, 11, 31)), items: [{ artwork: print, sellerId: artist.id }] });
    const at201 = await api.sales.statement({ year: 2025 });
    expect(at201.form1099K).toMatchObject({ passesThreshold: true, usdGrossAmount: 20_100_00, usdTransactions: 201 });
    expect((await api.sales.statement({ year: 2026 })).form1099K.passesThreshold).toBe(false);
  }, 120_000);
});

describe("ledger CSV", () => {
  it("has one row per ledger line with exact amounts and the running balance per currency", async () => {
    const artist = await makeArtist(h.db);
    const buyer = await makeUser(h.db);
    const o1 = await paidOrder(h.db, {
      buyerId: buyer.id,
      paidAt: new Date(Date.UTC(2025, 0, 1)),
      items: [{ artwork: await makeArtwork(h.db, artist, { title: 'Sea, "at" Dusk', priceAmount: 123_45 }), sellerId: artist.id }],
    });
    await paidOrder(h.db, {
      buyerId: buyer.id,
      paidAt: new Date(Date.UTC(2025, 0, 2)),
      items: [{ artwork: await makeArtwork(h.db, artist, { title: "=HYPERLINK(1)", priceAmount: 777, currency: "JPY" }), sellerId: artist.id }],
    });
    await paidTransfer(h.db, o1.id, artist.id, new Date(Date.UTC(2025, 0, 3)));
    const csv = await artistLedgerCsv(h.db, artist.id);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(LEDGER_CSV_COLUMNS.join(","));
    const entries = await h.db.ledgerEntry.findMany({ where: { payeeId: artist.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(lines).toHaveLength(entries.length + 1);
    // RFC 4180 quoting of a comma and quotes; a formula-looking title is defused
    expect(lines[1]).toContain('"Sea, ""at"" Dusk"');
    expect(lines[2]).toContain("'=HYPERLINK(1)");
    expect(lines[1]!.startsWith(`2025-01-01T00:00:00.000Z,EUR,SALE,61.73,6173,61.73,6173,${o1.number}`)).toBe(true);
    expect(lines[2]!.startsWith("2025-01-02T00:00:00.000Z,JPY,SALE,389,389,389,389,")).toBe(true);
    expect(lines[3]!.startsWith("2025-01-03T00:00:00.000Z,EUR,TRANSFER,-61.73,-6173,0.00,0,")).toBe(true);
    // each line's id and minor amount are the ledger's
    expect(lines.slice(1).map((l) => l.split(",").at(-1))).toEqual(entries.map((e) => e.id));
  });
});

describe("admin.metrics", () => {
  it("adds up to the minor unit: GMV, net revenue after fees = the platform ledger, AOV, conversion, months, top artworks — per currency", async () => {
    const now = new Date(Date.UTC(2024, 2, 20, 12));
    const at = (m: number, d: number) => new Date(Date.UTC(2024, m - 1, d, 10));
    const mira = await makeArtist(h.db, "Mira M");
    const tom = await makeArtist(h.db, "Tom T");
    const buyer = await makeUser(h.db);
    const big = await makeArtwork(h.db, mira, { title: "Big One", priceAmount: 2500_00 });
    const ed = await makeArtwork(h.db, tom, { title: "Edition E", priceAmount: 45_55, kind: "EDITION" });
    const yen = await makeArtwork(h.db, tom, { title: "Yen Work", priceAmount: 33_333, currency: "JPY" });
    const o1 = await paidOrder(h.db, {
      buyerId: buyer.id,
      paidAt: at(1, 15),
      items: [
        { artwork: big, sellerId: mira.id, shippingAmount: 60_00 },
        { artwork: ed, sellerId: tom.id, quantity: 3 },
      ],
    });
    const o2 = await paidOrder(h.db, { buyerId: buyer.id, paidAt: at(3, 2), items: [{ artwork: ed, sellerId: tom.id, quantity: 1, shippingAmount: 5_00 }] });
    const o3 = await paidOrder(h.db, { buyerId: buyer.id, paidAt: at(2, 10), items: [{ artwork: yen, sellerId: tom.id }] });
    await succeededRefund(h.db, o2.items[0]!.id, 17_77, { at: at(3, 5) });
    await abandonedOrder(h.db, buyer.id, ed, at(2, 1));
    await abandonedOrder(h.db, buyer.id, ed, at(3, 1));
    // outside the window: ignored
    await paidOrder(h.db, {
      buyerId: buyer.id,
      paidAt: new Date(Date.UTC(2023, 11, 31)),
      items: [{ artwork: await makeArtwork(h.db, mira, { priceAmount: 9_99 }), sellerId: mira.id }],
    });

    const deps = { db: h.db, now: () => now };
    const sum = await metricsSummary(deps, { months: 3 });
    const eur = sum.currencies.find((c) => c.currency === "EUR")!;
    const jpy = sum.currencies.find((c) => c.currency === "JPY")!;
    expect(eur.gmvAmount).toBe(o1.totalAmount + o2.totalAmount);
    expect(eur.orders).toBe(2);
    expect(eur.averageOrderAmount).toBe(Math.floor((o1.totalAmount + o2.totalAmount) / 2));
    expect(eur.commissionAmount).toBe(o1.commissionAmount + o2.commissionAmount);
    expect(eur.stripeFeeAmount).toBe(o1.stripeFeeAmount! + o2.stripeFeeAmount!);
    expect(eur.refundedAmount).toBe(17_77);
    expect(eur).toMatchObject({ ordersCreated: 4, ordersConverted: 2, conversionBps: 5000 });
    expect(jpy).toMatchObject({ gmvAmount: 33_333, orders: 1, commissionAmount: 16_666, ordersCreated: 1, conversionBps: 10_000 });

    // net revenue = the platform ledger's lines of the period, to the minor unit
    for (const c of [eur, jpy]) {
      const ledger = await h.db.ledgerEntry.aggregate({
        where: { payee: "PLATFORM", currency: c.currency, createdAt: { gte: sum.from, lte: now }, kind: { in: ["SALE", "STRIPE_FEE", "REFUND"] } },
        _sum: { amount: true },
      });
      expect(c.netRevenueAmount).toBe(ledger._sum.amount);
    }

    const monthly = await metricsMonthly(deps, { months: 3 });
    expect(monthly.months).toEqual(["2024-01", "2024-02", "2024-03"]);
    const eurSeries = monthly.series.find((s) => s.currency === "EUR")!;
    expect(eurSeries.points.map((p) => p.gmvAmount)).toEqual([o1.totalAmount, 0, o2.totalAmount]);
    expect(eurSeries.points.reduce((s, p) => s + p.netRevenueAmount, 0)).toBe(eur.netRevenueAmount);
    expect(monthly.series.find((s) => s.currency === "JPY")!.points.map((p) => p.orders)).toEqual([0, 1, 0]);

    const top = await topArtworks(deps, { months: 3, limit: 5 });
    expect(top.currencies.find((c) => c.currency === "EUR")!.artworks.map((a) => [a.title, a.units, a.grossAmount])).toEqual([
      ["Big One", 1, 2500_00],
      ["Edition E", 4, 4 * 45_55],
    ]);
    expect(top.currencies.find((c) => c.currency === "JPY")!.artworks.map((a) => a.title)).toEqual(["Yen Work"]);

    // through the router (admin only), with the real clock: the call works and has the same shape
    const admin = (await callerAs(h.db, (await makeUser(h.db, ["ADMIN"])).id)).admin;
    expect((await admin.metrics.summary({ months: 36 })).currencies.length).toBeGreaterThan(0);
    expect(o3.currency).toBe("JPY");
  });
});
