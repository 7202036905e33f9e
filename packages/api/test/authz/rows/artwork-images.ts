import { newArtworkImage } from "../fixture.ts";
import type { MatrixRow, Outcome } from "../types.ts";
import type { Persona } from "../fixture.ts";

/** Images belong to the owning artist; the admin may look (list) but not change them. */
const ownerOnly: Record<Persona, Outcome> = { anonymous: "UNAUTHORIZED", buyer: "FORBIDDEN", owner: "OK", otherArtist: "NOT_FOUND", admin: "FORBIDDEN" };

export const rows: MatrixRow[] = [
  {
    path: "artwork.image.list",
    input: async (fx) => ({ artworkId: (await fx.newArtwork()).id }),
    expect: { anonymous: "UNAUTHORIZED", buyer: "NOT_FOUND", owner: "OK", otherArtist: "NOT_FOUND", admin: "OK" },
  },
  {
    path: "artwork.image.reorder",
    input: async (fx) => {
      const art = await fx.newArtwork();
      const a = await newArtworkImage(fx.db, art.id, 0);
      const b = await newArtworkImage(fx.db, art.id, 1);
      return { artworkId: art.id, orderedImageIds: [b.id, a.id] };
    },
    expect: ownerOnly,
  },
  {
    path: "artwork.image.setPrimary",
    input: async (fx) => {
      const art = await fx.newArtwork();
      await newArtworkImage(fx.db, art.id, 0);
      return { imageId: (await newArtworkImage(fx.db, art.id, 1)).id };
    },
    expect: ownerOnly,
  },
  {
    path: "artwork.image.updateAlt",
    input: async (fx) => ({ imageId: (await newArtworkImage(fx.db, (await fx.newArtwork()).id)).id, altText: "A quiet harbour at dusk" }),
    expect: ownerOnly,
  },
  {
    path: "artwork.image.delete",
    input: async (fx) => ({ imageId: (await newArtworkImage(fx.db, (await fx.newArtwork()).id)).id }),
    expect: ownerOnly,
  },
];
