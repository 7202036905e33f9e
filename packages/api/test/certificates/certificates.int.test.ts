import { issueCertificatesForOrder } from "@atelier/core/certificates/issue";
import { parseCertificateKey, resolveCertificateKey } from "@atelier/core/certificates/signing-key";
import { signStatement, decodeStatement } from "@atelier/core/certificates/statement";
import { missingStripe } from "@atelier/core/payments";
import { dataDir } from "@atelier/db";
import { allFunctions, createInProcessSender, drainJobs, outboxMailer } from "@atelier/jobs";
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { makeArtist, makeArtwork, paidOrder, succeededRefund } from "../orders/fixtures.ts";
import { outcomeOf } from "../orders/helpers.ts";

const h = useTestDatabase();
/** the key the test context falls back to, so tokens issued here verify through the API */
const key = resolveCertificateKey(undefined, dataDir());
const deps = () => ({ db: h.db, certificateKey: key, now: () => new Date() });

async function editionSold(opts: { size: number; quantity: number }) {
  const artist = await makeArtist(h.db, "Nora Hale");
  const buyer = await makeUser(h.db, ["BUYER"], { name: "Ada Collector" });
  const artwork = await makeArtwork(h.db, artist, { title: "Tide Table", kind: "EDITION", editionSize: opts.size });
  const order = await paidOrder(h.db, { buyerId: buyer.id, items: [{ artwork, sellerId: artist.id, quantity: opts.quantity }] });
  return { artist, buyer, artwork, order, item: order.items[0]! };
}

const numbersOf = async (artworkId: string) =>
  (await h.db.certificate.findMany({ where: { artworkId }, orderBy: { editionNumber: "asc" }, select: { editionNumber: true } })).map((c) => c.editionNumber);

/** one base64url character of the token's part changed */
function flipped(token: string, part: 1 | 2, index: number) {
  const parts = token.split(".");
  const chars = [...parts[part]!];
  chars[index] = chars[index] === "A" ? "B" : "A";
  parts[part] = chars.join("");
  return parts.join(".");
}

describe("issuing certificates", () => {
  it("issues one certificate per unit, once, however often the job runs (retries, repeats, at the same time)", async () => {
    const w = await editionSold({ size: 3, quantity: 2 });
    const first = await issueCertificatesForOrder(deps(), w.order.id);
    expect(first).toEqual({ issued: 2, transferred: 0 });
    const again = await Promise.all([1, 2, 3].map(() => issueCertificatesForOrder(deps(), w.order.id)));
    expect(again.every((r) => r.issued === 0 && r.transferred === 0)).toBe(true);
    // the real job, on a repeated order.paid (another event id: Inngest would run it again)
    const sender = createInProcessSender(h.db, { functions: allFunctions });
    await sender.send([{ name: "atelier/order.paid", data: { orderId: w.order.id }, id: `order-paid-again:${w.order.id}` }]);
    const summary = await drainJobs(h.db, {
      deps: { db: h.db, mailer: outboxMailer, stripe: missingStripe, appUrl: "http://atelier.test", events: sender, certificateKey: key },
    });
    expect(summary.failed).toBe(0);
    expect(await numbersOf(w.artwork.id)).toEqual([1, 2]);
    const mine = await (await callerAs(h.db, w.buyer.id)).certificate.mine();
    expect(mine.map((c) => c.editionLabel).sort()).toEqual(["Edition 1 of 3", "Edition 2 of 3"]);
    expect(mine.every((c) => c.orderItemId === w.item.id)).toBe(true);
  });

  it("gives concurrent orders of one edition distinct numbers, 1 … N", async () => {
    const artist = await makeArtist(h.db, "Ilse Varga");
    const artwork = await makeArtwork(h.db, artist, { kind: "EDITION", editionSize: 6 });
    const orders = [];
    for (let i = 0; i < 5; i++) {
      const buyer = await makeUser(h.db, ["BUYER"]);
      orders.push(await paidOrder(h.db, { buyerId: buyer.id, items: [{ artwork, sellerId: artist.id, quantity: i === 0 ? 2 : 1 }] }));
    }
    await Promise.all(orders.flatMap((o) => [issueCertificatesForOrder(deps(), o.id), issueCertificatesForOrder(deps(), o.id)]));
    expect(await numbersOf(artwork.id)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("calls an original a unique original, and the public page names nobody unless the owner allows it", async () => {
    const artist = await makeArtist(h.db, "Pia Rowe");
    const buyer = await makeUser(h.db, ["BUYER"], { name: "Ada Collector" });
    const artwork = await makeArtwork(h.db, artist, { title: "Harbour at Dusk" });
    const order = await paidOrder(h.db, { buyerId: buyer.id, items: [{ artwork, sellerId: artist.id }] });
    await issueCertificatesForOrder(deps(), order.id);
    const { serial } = await h.db.certificate.findFirstOrThrow({ where: { artworkId: artwork.id } });
    const visitor = await callerAs(h.db, null);
    const page = await visitor.certificate.bySerial({ serial });
    expect(page).toMatchObject({ title: "Harbour at Dusk", editionLabel: "Unique original", edition: null, ownerLabel: "a private collector", isOwner: false });
    expect(JSON.stringify(page)).not.toContain("Ada Collector");
    expect(decodeStatement(page.token)).toMatchObject({ serial, title: "Harbour at Dusk", artist: "Pia Rowe", edition: null, version: 1 });
    await (await callerAs(h.db, buyer.id)).certificate.setVisibility({ serial, showOwnerName: true });
    expect((await visitor.certificate.bySerial({ serial })).ownerLabel).toBe("Ada Collector");
    // the artist sees the sale's certificate
    expect(await (await callerAs(h.db, artist.id)).certificate.ofSale({ orderItemId: order.items[0]!.id })).toMatchObject([{ serial }]);
  });
});

describe("verifying certificates", () => {
  it("accepts the issued token and refuses it with one character changed in the payload or signature, or signed by another key", async () => {
    const w = await editionSold({ size: 5, quantity: 1 });
    await issueCertificatesForOrder(deps(), w.order.id);
    const c = await h.db.certificate.findFirstOrThrow({ where: { artworkId: w.artwork.id } });
    const token = `${c.payload}.${c.signature}`;
    const api = await callerAs(h.db, null);
    expect(await api.certificate.verify({ token: `https://atelier.example/certificates/verify?c=${token}` })).toMatchObject({ status: "current" });
    for (const [part, index] of [
      [1, 3],
      [1, 40],
      [2, 0],
      [2, 50],
    ] as const) {
      expect(await api.certificate.verify({ token: flipped(token, part, index) }), `part ${part} char ${index}`).toMatchObject({ status: "invalid" });
    }
    const stranger = parseCertificateKey(crypto.generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString());
    const forged = signStatement({ ...decodeStatement(token)!, edition: { number: 1, size: 5 } }, stranger.privateKey);
    expect(await api.certificate.verify({ token: forged })).toMatchObject({ status: "invalid", reason: "bad_signature" });
    await expect(api.certificate.verify({ token: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("transfers to another account: re-signed for the new owner, the old payload superseded; only the holder can", async () => {
    const w = await editionSold({ size: 5, quantity: 1 });
    const friend = await makeUser(h.db, ["BUYER"], { name: "Ben Friend" });
    await issueCertificatesForOrder(deps(), w.order.id);
    const before = await h.db.certificate.findFirstOrThrow({ where: { artworkId: w.artwork.id } });
    const oldToken = `${before.payload}.${before.signature}`;
    const seller = await callerAs(h.db, w.buyer.id);
    expect(await outcomeOf(seller.certificate.transfer({ serial: before.serial, email: "nobody@example.org" }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { email: [expect.stringContaining("No Atelier account")] },
    });
    await expect((await callerAs(h.db, friend.id)).certificate.transfer({ serial: before.serial, email: friend.email })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const r = await seller.certificate.transfer({ serial: before.serial, email: friend.email.toUpperCase() });
    expect(r.version).toBe(2);

    const api = await callerAs(h.db, null);
    const old = await api.certificate.verify({ token: oldToken });
    expect(old).toMatchObject({ status: "superseded", currentVersion: 2 });
    const page = await api.certificate.bySerial({ serial: before.serial });
    expect(await api.certificate.verify({ token: page.token })).toMatchObject({ status: "current", statement: { version: 2 } });
    expect(decodeStatement(page.token)!.owner).not.toBe(decodeStatement(oldToken)!.owner);
    expect(page.history.map((t) => t.kind)).toEqual(["ISSUED", "PRIVATE"]);
    expect(await (await callerAs(h.db, friend.id)).certificate.mine()).toMatchObject([{ serial: before.serial }]);
    expect(await seller.certificate.mine()).toEqual([]);
    await expect(seller.certificate.transfer({ serial: before.serial, email: friend.email })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a refunded, restocked unit goes back to the artist and its next sale passes on the same certificate and number", async () => {
    const w = await editionSold({ size: 2, quantity: 1 });
    await issueCertificatesForOrder(deps(), w.order.id);
    const issued = await h.db.certificate.findFirstOrThrow({ where: { artworkId: w.artwork.id } });
    const refund = await succeededRefund(h.db, w.item.id, w.item.subtotalAmount + w.item.shippingAmount);
    await h.db.refund.update({ where: { id: refund.id }, data: { restocked: true } });
    await h.db.orderItem.update({ where: { id: w.item.id }, data: { status: "REFUNDED" } });
    const next = await makeUser(h.db, ["BUYER"]);
    const order = await paidOrder(h.db, { buyerId: next.id, items: [{ artwork: w.artwork, sellerId: w.artist.id }] });
    expect(await issueCertificatesForOrder(deps(), order.id)).toEqual({ issued: 0, transferred: 1 });
    const after = await h.db.certificate.findUniqueOrThrow({ where: { id: issued.id }, include: { transfers: { orderBy: { version: "asc" } } } });
    expect(after).toMatchObject({ serial: issued.serial, editionNumber: 1, ownerUserId: next.id, version: 3 });
    expect(after.transfers.map((t) => t.kind)).toEqual(["ISSUED", "RETURNED", "SALE"]);
    expect(await numbersOf(w.artwork.id)).toEqual([1]);
  });
});
