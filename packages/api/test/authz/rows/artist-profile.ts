import type { MatrixRow } from "../types.ts";

const artistsOnly = { anonymous: "UNAUTHORIZED", buyer: "FORBIDDEN", owner: "OK", otherArtist: "OK", admin: "FORBIDDEN" } as const;

export const rows: MatrixRow[] = [
  { path: "artist.profile.mine", input: () => undefined, expect: artistsOnly },
  {
    path: "artist.profile.update",
    input: (fx, persona) => ({ displayName: persona === "owner" ? "Owner Artist" : "Other Artist", bio: "Paints the sea.", website: "https://example.org" }),
    expect: artistsOnly,
  },
];
