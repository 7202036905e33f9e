import type { ArtworkLicensingTermsInput, LicensingTermsInput } from "@atelier/core/schemas/licensing";
import type { Fixture, Persona } from "../fixture.ts";
import { only, type MatrixRow, type Outcome } from "../types.ts";

/** The caller's own terms: any artist (with a profile); buyers and admins without the artist role are refused. */
const anyArtist: Record<Persona, Outcome> = { anonymous: "UNAUTHORIZED", buyer: "FORBIDDEN", owner: "OK", otherArtist: "OK", admin: "FORBIDDEN" };
/** An artwork's override: only its artist; another artist's artwork is NOT_FOUND (ids cannot be probed). */
const ownerOnly: Record<Persona, Outcome> = { anonymous: "UNAUTHORIZED", buyer: "FORBIDDEN", owner: "OK", otherArtist: "NOT_FOUND", admin: "FORBIDDEN" };

const terms: LicensingTermsInput = {
  royalty: "12.5",
  minimumPrice: "8",
  currency: "EUR",
  maxDiscount: "15",
  allowThirdPartyStores: true,
  productTypes: ["giclee-print", "poster"],
};
const override = async (fx: Fixture): Promise<ArtworkLicensingTermsInput> => ({
  artworkId: (await fx.newArtwork()).id,
  royalty: "20",
  minimumPrice: "30",
  currency: "EUR",
  allowThirdPartyStores: false,
});

export const rows: MatrixRow[] = [
  { path: "licensing.mine", input: () => undefined, expect: anyArtist },
  { path: "licensing.update", input: () => terms, expect: anyArtist },
  { path: "licensing.preview", input: () => terms, expect: anyArtist },
  { path: "licensing.artwork", input: async (fx) => ({ artworkId: (await fx.newArtwork()).id }), expect: ownerOnly },
  { path: "licensing.updateArtwork", input: override, expect: ownerOnly },
  { path: "licensing.previewArtwork", input: override, expect: ownerOnly },
  { path: "product.catalogue", input: () => ({ currency: "JPY" }), expect: only.everyone },
];
