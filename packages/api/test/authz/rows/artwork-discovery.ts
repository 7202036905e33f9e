import { only, type MatrixRow } from "../types.ts";

export const rows: MatrixRow[] = [
  { path: "artwork.list", input: () => ({}), expect: only.everyone },
  { path: "artwork.search", input: () => ({ q: "matrix" }), expect: only.everyone },
  { path: "artwork.featured", input: () => ({}), expect: only.everyone },
  { path: "artwork.facets", input: () => undefined, expect: only.everyone },
  { path: "artwork.bySlug", input: async (fx) => ({ slug: (await fx.newArtwork({ status: "PUBLISHED" })).slug }), expect: only.everyone },
  {
    // a draft is NOT_FOUND for everyone, its owner included (the owner uses the studio)
    path: "artwork.bySlug",
    input: async (fx) => ({ slug: (await fx.newArtwork({ status: "DRAFT" })).slug }),
    expect: { anonymous: "NOT_FOUND", buyer: "NOT_FOUND", owner: "NOT_FOUND", otherArtist: "NOT_FOUND", admin: "NOT_FOUND" },
  },
  { path: "artwork.moreFromArtist", input: async (fx) => ({ slug: (await fx.newArtwork({ status: "PUBLISHED" })).slug }), expect: only.everyone },
  { path: "artwork.moreLikeThis", input: async (fx) => ({ slug: (await fx.newArtwork({ status: "PUBLISHED" })).slug }), expect: only.everyone },
  {
    path: "artwork.moreLikeThis",
    input: async (fx) => ({ slug: (await fx.newArtwork({ status: "DRAFT" })).slug }),
    expect: { anonymous: "NOT_FOUND", buyer: "NOT_FOUND", owner: "NOT_FOUND", otherArtist: "NOT_FOUND", admin: "NOT_FOUND" },
  },
  { path: "artwork.recommended", input: () => ({}), expect: only.signedIn },
  { path: "artwork.favorite", input: async (fx) => ({ artworkId: (await fx.newArtwork({ status: "PUBLISHED" })).id }), expect: only.signedIn },
  {
    path: "artwork.favorite",
    input: async (fx) => ({ artworkId: (await fx.newArtwork({ status: "IN_REVIEW" })).id }),
    expect: { anonymous: "UNAUTHORIZED", buyer: "NOT_FOUND", owner: "NOT_FOUND", otherArtist: "NOT_FOUND", admin: "NOT_FOUND" },
  },
  { path: "artwork.unfavorite", input: async (fx) => ({ artworkId: (await fx.newArtwork({ status: "PUBLISHED" })).id }), expect: only.signedIn },
  { path: "artwork.favorites", input: () => undefined, expect: only.signedIn },
];
