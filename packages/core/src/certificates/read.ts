import type { Db, Prisma } from "@atelier/db";
import { variantKey } from "../artwork/thumbnail.ts";
import { AppError } from "../errors.ts";
import { tokenOf } from "./sign.ts";

/** Shown where the owner has not chosen to be named: the public page never names a collector by default. */
export const PRIVATE_OWNER = "a private collector";

const certificateSelect = {
  id: true,
  serial: true,
  editionNumber: true,
  editionSize: true,
  issuedAt: true,
  ownedSince: true,
  version: true,
  payload: true,
  signature: true,
  ownerUserId: true,
  ownerNamePublic: true,
  orderItemId: true,
  owner: { select: { name: true } },
  artwork: {
    select: {
      slug: true,
      title: true,
      medium: true,
      year: true,
      artist: { select: { displayName: true, slug: true, userId: true } },
      images: { orderBy: { position: "asc" }, take: 1, select: { variants: true, originalKey: true, altText: true, width: true, height: true } },
    },
  },
  transfers: {
    orderBy: { version: "asc" },
    select: { kind: true, version: true, createdAt: true, orderItem: { select: { status: true } } },
  },
} satisfies Prisma.CertificateSelect;

type CertificateRow = Prisma.CertificateGetPayload<{ select: typeof certificateSelect }>;

/** "Edition 3 of 10" or "Unique original". */
export function editionLabel(c: { editionNumber: number; editionSize: number | null }): string {
  return c.editionSize === null ? "Unique original" : `Edition ${c.editionNumber} of ${c.editionSize}`;
}

function view(c: CertificateRow, viewerId: string | null) {
  const image = c.artwork.images[0];
  const lastSale = [...c.transfers].reverse().find((t) => t.kind === "ISSUED" || t.kind === "SALE");
  const isOwner = viewerId !== null && viewerId === c.ownerUserId;
  return {
    serial: c.serial,
    title: c.artwork.title,
    artworkSlug: c.artwork.slug,
    medium: c.artwork.medium,
    year: c.artwork.year,
    artist: { displayName: c.artwork.artist.displayName, slug: c.artwork.artist.slug },
    edition: c.editionSize === null ? null : { number: c.editionNumber, size: c.editionSize },
    editionLabel: editionLabel(c),
    saleDate: c.issuedAt,
    ownedSince: c.ownedSince,
    version: c.version,
    /** the name only when the owner allows it (or to the owner themselves) */
    ownerLabel: c.ownerNamePublic ? c.owner.name : PRIVATE_OWNER,
    ownerNamePublic: c.ownerNamePublic,
    isOwner,
    /** held by the artist again: the sale was refunded and the unit restocked */
    returnedToArtist: c.ownerUserId === c.artwork.artist.userId,
    /** the latest sale was refunded (the payload still verifies, but the sale it records was undone) */
    saleRefunded: lastSale?.orderItem?.status === "REFUNDED",
    /** the ownership chain without names: what happened and when */
    history: c.transfers.map((t) => ({ kind: t.kind, version: t.version, at: t.createdAt })),
    token: tokenOf(c),
    image: image ? { key: variantKey(image.variants, 1200, image.originalKey), altText: image.altText, width: image.width, height: image.height } : null,
  };
}

export type CertificateView = ReturnType<typeof view>;

/** The public page: anyone may read a certificate by its serial; personal data only as the owner allows. */
export async function getCertificate(db: Db, serial: string, viewerId: string | null): Promise<CertificateView> {
  const c = await db.certificate.findUnique({ where: { serial }, select: certificateSelect });
  if (!c) throw AppError.field("NOT_FOUND", "serial", "No certificate has this number");
  return view(c, viewerId);
}

/** The certificates a collector holds now (newest first), with the order item each was first sold in. */
export async function listMyCertificates(db: Db, userId: string) {
  const rows = await db.certificate.findMany({ where: { ownerUserId: userId }, orderBy: [{ issuedAt: "desc" }, { id: "asc" }], select: certificateSelect });
  return rows.map((c) => ({ ...summary(c), orderItemId: c.orderItemId }));
}

/** An artist's view of a sale's certificates (their own items only: anyone else's item is NOT_FOUND). */
export async function certificatesOfSale(db: Db, artistUserId: string, orderItemId: string) {
  const item = await db.orderItem.findFirst({ where: { id: orderItemId, sellerId: artistUserId }, select: { id: true } });
  if (!item) throw AppError.field("NOT_FOUND", "orderItemId", "No such sale");
  const rows = await db.certificate.findMany({
    where: { transfers: { some: { orderItemId, kind: { in: ["ISSUED", "SALE"] } } } },
    orderBy: { editionNumber: "asc" },
    select: certificateSelect,
  });
  return rows.map(summary);
}

function summary(c: CertificateRow) {
  return { serial: c.serial, title: c.artwork.title, editionLabel: editionLabel(c), saleDate: c.issuedAt, ownedSince: c.ownedSince };
}
