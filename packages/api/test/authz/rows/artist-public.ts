import { only, type MatrixRow } from "../types.ts";

export const rows: MatrixRow[] = [
  { path: "artist.public.list", input: () => ({}), expect: only.everyone },
  { path: "artist.public.bySlug", input: (fx) => ({ slug: fx.artistProfiles.owner.slug }), expect: only.everyone },
  {
    // following yourself is refused
    path: "artist.public.follow",
    input: (fx) => ({ artistId: fx.artistProfiles.owner.id }),
    expect: { anonymous: "UNAUTHORIZED", buyer: "OK", owner: "BAD_REQUEST", otherArtist: "OK", admin: "OK" },
  },
  { path: "artist.public.unfollow", input: (fx) => ({ artistId: fx.artistProfiles.owner.id }), expect: only.signedIn },
  { path: "artist.public.following", input: () => undefined, expect: only.signedIn },
];
