import type { Db } from "@atelier/db";
import { findOwnedArtwork } from "../artwork/owned.ts";
import { templateFor } from "./templates.ts";

export interface MockupView {
  productTypeCode: string;
  productName: string;
  /** the variant whose proportions it shows ("A4 (21 × 29.7 cm)") */
  variantName: string;
  /** what the picture shows and does not (prints ship unframed…) */
  caption: string;
  originalKey: string;
  width: number;
  height: number;
  variants: unknown;
  blurDataUrl: string;
  createdAt: Date;
}

/** An artwork's mockups in catalogue order (for pages: they only read what the generate-mockups job stored). */
export async function mockupsOfArtwork(db: Db, artworkId: string): Promise<MockupView[]> {
  const rows = await db.productMockup.findMany({
    where: { artworkId },
    select: { productTypeCode: true, variantCode: true, originalKey: true, width: true, height: true, variants: true, blurDataUrl: true, createdAt: true },
  });
  if (rows.length === 0) return [];
  const types = await db.productType.findMany({
    where: { code: { in: rows.map((r) => r.productTypeCode) } },
    select: { code: true, name: true, position: true, variants: { select: { code: true, name: true } } },
  });
  const byCode = new Map(types.map((t) => [t.code, t]));
  return rows
    .flatMap((r) => {
      const t = byCode.get(r.productTypeCode);
      if (!t) return [];
      const view: MockupView = {
        ...r,
        productName: t.name,
        variantName: t.variants.find((v) => v.code === r.variantCode)?.name ?? "",
        caption: templateFor(r.productTypeCode)?.caption ?? "",
      };
      return [{ position: t.position, view }];
    })
    .sort((a, b) => a.position - b.position)
    .map((x) => x.view);
}

/** The studio's view: the artist's own artwork only (anyone else's id is NOT_FOUND), with whether it is public yet. */
export async function studioMockups(db: Db, userId: string, artworkId: string) {
  const art = await findOwnedArtwork(db, userId, artworkId);
  return { artworkId: art.id, title: art.title, isPublic: art.status === "PUBLISHED" || art.status === "SOLD", mockups: await mockupsOfArtwork(db, art.id) };
}

/** For the studio's licensing page: the artist's most recently published work that has mockups, with them (null when none has). */
export async function latestStudioMockups(db: Db, userId: string) {
  const art = await db.artwork.findFirst({
    where: { artist: { userId }, status: { in: ["PUBLISHED", "SOLD"] }, productMockups: { some: {} } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, slug: true },
  });
  if (!art) return null;
  return { artworkId: art.id, title: art.title, isPublic: true, mockups: await mockupsOfArtwork(db, art.id) };
}
