import type { Db } from "@atelier/db";
import { findOwnedArtwork, requireArtistProfile } from "../artwork/owned.ts";
import { AppError } from "../errors.ts";
import { formatMajorUnits, isCurrency } from "../money/index.ts";
import { readProductCatalogue } from "../products/read.ts";
import { earningsExample } from "./earnings-example.ts";
import { effectiveTerms, type ArtistTermsRow, type ArtworkOverrideRow, type EffectiveTerms } from "./effective.ts";
import type { LicensingTermsValues } from "./defaults.ts";

export interface LicensingDeps {
  db: Db;
  /** the platform's fee on licensed products (settings: COMMISSION_LICENSED_BPS) */
  platformFeeBps: number;
}

const artistTermsSelect = {
  royaltyBps: true,
  minimumPriceAmount: true,
  minimumPriceCurrency: true,
  maxDiscountBps: true,
  allowThirdPartyStores: true,
  allowedProductTypes: true,
  version: true,
} as const;

export async function readArtistTerms(db: Db, artistProfileId: string): Promise<ArtistTermsRow | null> {
  return db.artistLicensingTerms.findUnique({ where: { artistId: artistProfileId }, select: artistTermsSelect });
}

export async function readArtworkOverride(db: Db, artworkId: string): Promise<ArtworkOverrideRow | null> {
  return db.artworkLicensingTerms.findUnique({
    where: { artworkId },
    select: { ...artistTermsSelect, productTypesOverridden: true },
  });
}

/** The terms that bind one artwork now (override ?? artist ?? platform), for listings and checkout. NOT_FOUND for an unknown id. */
export async function effectiveTermsOfArtwork(db: Db, artworkId: string): Promise<EffectiveTerms & { artistId: string }> {
  const artwork = await db.artwork.findUnique({
    where: { id: artworkId },
    select: { artistId: true, licensingTerms: true, artist: { select: { licensingTerms: { select: artistTermsSelect } } } },
  });
  if (!artwork) throw new AppError("NOT_FOUND", "Artwork not found");
  return { ...effectiveTerms(artwork.artist.licensingTerms, artwork.licensingTerms), artistId: artwork.artistId };
}

/** "10", "12.5": basis points as the form shows them. */
export const bpsToPercentText = (bps: number) => (bps % 100 === 0 ? String(bps / 100) : (bps / 100).toFixed(2).replace(/0$/, ""));
const amountText = (amount: number, currency: string) => (isCurrency(currency) ? formatMajorUnits(amount, currency) : String(amount));

/** The studio form's values (strings) for a set of terms. */
export function termsFormValues(t: LicensingTermsValues) {
  return {
    royalty: bpsToPercentText(t.royaltyBps),
    minimumPrice: amountText(t.minimumPriceAmount, t.minimumPriceCurrency),
    currency: t.minimumPriceCurrency,
    maxDiscount: bpsToPercentText(t.maxDiscountBps),
    allowThirdPartyStores: t.allowThirdPartyStores,
    productTypes: [...t.allowedProductTypes],
  };
}

/** Everything /studio/licensing shows: the artist's terms (or the platform's defaults), the catalogue and the earnings example. */
export async function myLicensingTerms(deps: LicensingDeps, userId: string) {
  const profile = await requireArtistProfile(deps.db, userId);
  const row = await readArtistTerms(deps.db, profile.id);
  const terms = effectiveTerms(row);
  const catalogue = await readProductCatalogue(deps.db, terms.minimumPriceCurrency);
  return {
    saved: row !== null,
    version: row?.version ?? null,
    terms,
    form: termsFormValues(terms),
    productTypes: catalogue.productTypes.map((t) => ({ code: t.code, name: t.name, description: t.description })),
    example: earningsExample(terms, catalogue, deps.platformFeeBps),
  };
}

/** The live example for terms the artist is still typing (nothing is saved). */
export async function previewMyTerms(deps: LicensingDeps, userId: string, draft: LicensingTermsValues) {
  await requireArtistProfile(deps.db, userId);
  const terms = effectiveTerms({ ...draft, version: 0 });
  return earningsExample(terms, await readProductCatalogue(deps.db, draft.minimumPriceCurrency), deps.platformFeeBps);
}

/** One artwork's licensing: its override (form values, "" = follows), what it inherits, what binds it, and the example in the artwork's currency. Owner only. */
export async function artworkLicensingTerms(deps: LicensingDeps, userId: string, artworkId: string) {
  const artwork = await findOwnedArtwork(deps.db, userId, artworkId);
  const [artistRow, override] = await Promise.all([readArtistTerms(deps.db, artwork.artistId), readArtworkOverride(deps.db, artwork.id)]);
  const inherited = effectiveTerms(artistRow);
  const terms = effectiveTerms(artistRow, override);
  const catalogue = await readProductCatalogue(deps.db, artwork.currency);
  return {
    artwork: { id: artwork.id, title: artwork.title, currency: artwork.currency },
    hasOverride: Object.values(terms.sources).includes("artwork"),
    inherited,
    inheritedForm: termsFormValues(inherited),
    terms,
    form: {
      royalty: override?.royaltyBps === null || !override ? "" : bpsToPercentText(override.royaltyBps),
      minimumPrice:
        override?.minimumPriceAmount == null || !override.minimumPriceCurrency ? "" : amountText(override.minimumPriceAmount, override.minimumPriceCurrency),
      currency: override?.minimumPriceCurrency ?? artwork.currency,
      maxDiscount: override?.maxDiscountBps == null ? "" : bpsToPercentText(override.maxDiscountBps),
      allowThirdPartyStores: override?.allowThirdPartyStores ?? null,
      productTypes: override?.productTypesOverridden ? [...override.allowedProductTypes] : null,
    },
    productTypes: catalogue.productTypes.map((t) => ({ code: t.code, name: t.name })),
    example: earningsExample(terms, catalogue, deps.platformFeeBps),
  };
}

/** The live example for an artwork's override as typed (nothing is saved). Owner only. */
export async function previewArtworkTerms(deps: LicensingDeps, userId: string, draft: Omit<ArtworkOverrideRow, "version"> & { artworkId: string }) {
  const artwork = await findOwnedArtwork(deps.db, userId, draft.artworkId);
  const terms = effectiveTerms(await readArtistTerms(deps.db, artwork.artistId), { ...draft, version: 0 });
  return earningsExample(terms, await readProductCatalogue(deps.db, artwork.currency), deps.platformFeeBps);
}
