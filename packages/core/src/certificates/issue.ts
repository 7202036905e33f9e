import type { CertificateTransferKind } from "@atelier/db";
import { AppError } from "../errors.ts";
import type { Tx } from "../inventory/tx.ts";
import { randomReference } from "../orders/number.ts";
import { TX_OPTIONS } from "../transfers/deps.ts";
import { signVersion, type CertificateDeps } from "./sign.ts";

/** Items whose units are (still) the buyer's: a certificate is issued for each of their units. */
const SOLD_STATUSES = ["PAID", "SHIPPED", "DELIVERED"] as const;
/** The transfer kinds that record a paid sale of a unit (one per unit of an order item). */
const SALE_KINDS: CertificateTransferKind[] = ["ISSUED", "SALE"];

export interface IssueResult {
  /** new certificates (a unit sold for the first time) */
  issued: number;
  /** existing certificates passed to the buyer (a restocked unit, or a resale of a unit) */
  transferred: number;
}

/**
 * order.paid → one certificate per unit sold: an original gets edition number 1 of "unique", an edition of N
 * bought twice gets two certificates with the next two free numbers. Idempotent: each unit of an order item is
 * recorded once (CertificateTransfer unique on orderItemId + unitIndex + kind), so a retried or repeated job
 * issues nothing twice. Numbers are assigned under a row lock on the artwork, inside the transaction, and
 * `Certificate(artworkId, editionNumber)` is unique: two orders of the same edition never share a number.
 *
 * A later sale of a unit that already has a certificate is a transfer of that certificate (kind SALE), never
 * a second certificate: today that is a unit that came back through a restocked refund (returned to the
 * artist, then sold again). When resale listings arrive, their order items name the certificate being sold
 * and go through `sellExistingUnit` the same way.
 */
export async function issueCertificatesForOrder(deps: CertificateDeps, orderId: string): Promise<IssueResult> {
  const items = await deps.db.orderItem.findMany({
    // licensed products (prints, merchandise, downloads) are reproductions: no certificate of authenticity
    where: { orderId, status: { in: [...SOLD_STATUSES] }, listingSeller: null, artworkId: { not: null } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const total: IssueResult = { issued: 0, transferred: 0 };
  for (const item of items) {
    const r = await deps.db.$transaction((tx) => issueForItem(deps, tx, item.id), TX_OPTIONS);
    total.issued += r.issued;
    total.transferred += r.transferred;
  }
  return total;
}

async function issueForItem(deps: CertificateDeps, tx: Tx, orderItemId: string): Promise<IssueResult> {
  const item = await tx.orderItem.findUniqueOrThrow({
    where: { id: orderItemId },
    select: {
      id: true,
      artworkId: true,
      quantity: true,
      sellerId: true,
      status: true,
      order: { select: { buyerId: true, paidAt: true } },
    },
  });
  const artworkId = item.artworkId;
  if (!artworkId) return { issued: 0, transferred: 0 }; // an event ticket: no certificate
  // every issuance for this artwork waits here: edition numbers are decided one sale at a time
  await tx.$executeRaw`SELECT 1 FROM "Artwork" WHERE id = ${artworkId} FOR UPDATE`;
  const result: IssueResult = { issued: 0, transferred: 0 };
  if (!(SOLD_STATUSES as readonly string[]).includes(item.status)) return result;
  const done = await tx.certificateTransfer.findMany({ where: { orderItemId, kind: { in: SALE_KINDS } }, select: { unitIndex: true } });
  const doneUnits = new Set(done.map((d) => d.unitIndex));
  if (doneUnits.size >= item.quantity) return result;

  const artwork = await tx.artwork.findUniqueOrThrow({
    where: { id: artworkId },
    select: { title: true, kind: true, editionSize: true, artist: { select: { displayName: true } } },
  });
  const soldAt = item.order.paidAt ?? deps.now();
  await returnRefundedUnits(deps, tx, artworkId, item.sellerId);

  for (let unitIndex = 0; unitIndex < item.quantity; unitIndex++) {
    if (doneUnits.has(unitIndex)) continue;
    const sale = { orderItemId, unitIndex, buyerId: item.order.buyerId, soldAt };
    const returned = await tx.certificate.findFirst({
      where: { artworkId: artworkId, ownerUserId: item.sellerId, transfers: { some: { kind: "RETURNED" } } },
      orderBy: { editionNumber: "asc" },
      select: { id: true },
    });
    if (returned) {
      await sellExistingUnit(deps, tx, returned.id, "SALE", sale);
      result.transferred++;
      continue;
    }
    const size = artwork.kind === "ORIGINAL" ? null : (artwork.editionSize ?? 0);
    const last = await tx.certificate.aggregate({ where: { artworkId: artworkId }, _max: { editionNumber: true } });
    const editionNumber = (last._max.editionNumber ?? 0) + 1;
    if (editionNumber > (size ?? 1)) throw new Error(`artwork ${artworkId}: no edition number left for order item ${orderItemId}`);
    const serial = `C-${randomReference(10)}`;
    const signed = signVersion(deps.certificateKey, {
      serial,
      version: 1,
      title: artwork.title,
      artist: artwork.artist.displayName,
      editionNumber,
      editionSize: size,
      issuedAt: soldAt,
      ownedSince: soldAt,
      ownerUserId: sale.buyerId,
    });
    await tx.certificate.create({
      data: {
        serial,
        artworkId: artworkId,
        editionNumber,
        editionSize: size,
        orderItemId,
        ownerUserId: sale.buyerId,
        issuedAt: soldAt,
        ownedSince: soldAt,
        version: 1,
        payload: signed.payload,
        signature: signed.signature,
        transfers: {
          create: { kind: "ISSUED", version: 1, toUserId: sale.buyerId, orderItemId, unitIndex, payload: signed.payload, signature: signed.signature },
        },
      },
    });
    result.issued++;
  }
  return result;
}

/**
 * A unit that already has a certificate changes hands: the next version is signed for the new owner and the
 * chain records it. Conditional on the version read, so two changes can never both apply to one version.
 */
export async function sellExistingUnit(
  deps: CertificateDeps,
  tx: Tx,
  certificateId: string,
  kind: CertificateTransferKind,
  sale: { orderItemId: string | null; unitIndex: number | null; buyerId: string; soldAt: Date },
): Promise<{ version: number }> {
  const c = await tx.certificate.findUniqueOrThrow({
    where: { id: certificateId },
    include: { artwork: { select: { title: true, artist: { select: { displayName: true } } } } },
  });
  const version = c.version + 1;
  const signed = signVersion(deps.certificateKey, {
    ...c,
    version,
    title: c.artwork.title,
    artist: c.artwork.artist.displayName,
    ownedSince: sale.soldAt,
    ownerUserId: sale.buyerId,
  });
  const moved = await tx.certificate.updateMany({
    where: { id: c.id, version: c.version },
    // a new owner starts private again
    data: { version, ownerUserId: sale.buyerId, ownedSince: sale.soldAt, payload: signed.payload, signature: signed.signature, ownerNamePublic: false },
  });
  if (moved.count !== 1) throw AppError.field("CONFLICT", "serial", "This certificate has just changed hands; reload the page");
  await tx.certificateTransfer.create({
    data: {
      certificateId: c.id,
      kind,
      version,
      fromUserId: c.ownerUserId,
      toUserId: sale.buyerId,
      orderItemId: sale.orderItemId,
      unitIndex: sale.unitIndex,
      payload: signed.payload,
      signature: signed.signature,
    },
  });
  return { version };
}

/**
 * Units of this artwork whose latest sale was refunded in full before shipping (the refund restocked them)
 * go back to the artist, so the next sale of the artwork passes on the same certificate and edition number.
 */
async function returnRefundedUnits(deps: CertificateDeps, tx: Tx, artworkId: string, artistUserId: string): Promise<void> {
  const held = await tx.certificate.findMany({
    where: { artworkId, ownerUserId: { not: artistUserId } },
    select: {
      id: true,
      transfers: {
        where: { kind: { in: SALE_KINDS } },
        orderBy: { version: "desc" },
        take: 1,
        select: { orderItemId: true, unitIndex: true, orderItem: { select: { status: true, refunds: { where: { restocked: true }, select: { id: true } } } } },
      },
    },
  });
  for (const c of held) {
    const lastSale = c.transfers[0];
    if (lastSale?.orderItem?.status !== "REFUNDED" || lastSale.orderItem.refunds.length === 0) continue;
    await sellExistingUnit(deps, tx, c.id, "RETURNED", {
      orderItemId: lastSale.orderItemId,
      unitIndex: lastSale.unitIndex,
      buyerId: artistUserId,
      soldAt: deps.now(),
    });
  }
}
