import type { ArtworkFieldsInput } from "@atelier/core/schemas/artwork";
import type { Fixture } from "../fixture.ts";
import type { MatrixRow, Outcome } from "../types.ts";
import type { Persona } from "../fixture.ts";

/** Artist-only procedures acting on the caller's own artworks: another artist (or an admin without the artist role) gets nothing. */
const ownerOnly: Record<Persona, Outcome> = { anonymous: "UNAUTHORIZED", buyer: "FORBIDDEN", owner: "OK", otherArtist: "NOT_FOUND", admin: "FORBIDDEN" };
const anyArtist: Record<Persona, Outcome> = { anonymous: "UNAUTHORIZED", buyer: "FORBIDDEN", owner: "OK", otherArtist: "OK", admin: "FORBIDDEN" };

export const validArtworkFields = (title = "Matrix Study"): ArtworkFieldsInput => ({
  title,
  description: "Oil and wax.",
  category: "PAINTING",
  medium: "Oil on linen",
  width: "60.5",
  height: "80",
  unit: "CM",
  tags: ["Sea", "sea", "blue"],
  price: "1200.50",
  currency: "EUR",
  kind: "ORIGINAL",
});

const fresh = async (fx: Fixture, status?: Parameters<Fixture["newArtwork"]>[0]) => ({ id: (await fx.newArtwork(status)).id });

export const rows: MatrixRow[] = [
  { path: "artwork.create", input: () => validArtworkFields(), expect: anyArtist },
  { path: "artwork.update", input: async (fx) => ({ ...(await fresh(fx)), fields: validArtworkFields("Renamed") }), expect: ownerOnly },
  {
    path: "artwork.submit",
    input: async (fx) => {
      const a = await fx.newArtwork();
      await fx.addArtworkImage(a.id);
      return { id: a.id };
    },
    expect: ownerOnly,
  },
  { path: "artwork.unpublish", input: (fx) => fresh(fx, { status: "PUBLISHED" }), expect: ownerOnly },
  { path: "artwork.republish", input: (fx) => fresh(fx, { status: "UNPUBLISHED" }), expect: ownerOnly },
  { path: "artwork.archive", input: (fx) => fresh(fx), expect: ownerOnly },
  { path: "artwork.mine", input: () => ({}), expect: anyArtist },
  {
    path: "artwork.getForEdit",
    input: (fx) => fresh(fx),
    expect: { anonymous: "UNAUTHORIZED", buyer: "NOT_FOUND", owner: "OK", otherArtist: "NOT_FOUND", admin: "OK" },
  },
];
