import type { Db } from "@atelier/db";

/**
 * Gives a test's artwork the stored picture of a demo work (the same storage key, so /media serves it): products are
 * made from a work's picture, and the print lab fetches it.
 */
export async function withDemoPicture(db: Db, artworkId: string) {
  const picture = await db.artworkImage.findFirstOrThrow({ where: { artwork: { status: "PUBLISHED" } }, orderBy: { createdAt: "asc" } });
  await db.artworkImage.create({
    data: {
      artworkId,
      position: 0,
      altText: picture.altText,
      originalKey: picture.originalKey,
      mimeType: picture.mimeType,
      width: picture.width,
      height: picture.height,
      bytes: picture.bytes,
      dominantColor: picture.dominantColor,
      blurDataUrl: picture.blurDataUrl,
      variants: picture.variants ?? [],
    },
  });
}
