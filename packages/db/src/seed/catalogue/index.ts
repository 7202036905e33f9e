export * from "./types.ts";
export { DEMO_ARTISTS, DEMO_APPLICANT, DEMO_ARTIST_PASSWORD } from "./artists.ts";
import { PAINTINGS } from "./paintings.ts";
import { PRINTS_PHOTOS_SCULPTURE } from "./prints-photos-sculpture.ts";

export const DEMO_ARTWORKS = [...PAINTINGS, ...PRINTS_PHOTOS_SCULPTURE];

/** What the demo buyer (buyer@atelier.local) has favourited and whom they follow. */
export const DEMO_BUYER_FAVOURITES = [
  "small-blue-study-i",
  "the-long-blue",
  "great-wave-small-boat",
  "baltic-mirror",
  "fern-unfurling",
  "black-moon-oaxaca",
  "blue-grid-no-4",
];
export const DEMO_BUYER_FOLLOWS = ["mira-okafor", "hana-sato", "tomas-lindqvist"];
export * from "./stores.ts";
