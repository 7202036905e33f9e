/** Hand-written demo catalogue (data only). Images are generated locally from `art` by tooling/dev. */

export type ArtStyle = "fields" | "circles" | "landscape" | "seascape" | "city" | "botanical" | "waves" | "sculpture" | "collage" | "stripes" | "grid";

export interface SeedArtist {
  email: string;
  name: string;
  slug: string;
  location: string;
  website?: string;
  instagram?: string;
  bio: string;
  statement: string;
}

export interface SeedArtwork {
  slug: string;
  /** the artist's slug */
  artist: string;
  title: string;
  description: string;
  medium: string;
  /** the category the artist chose (the medium keeps the detail) */
  category: "PAINTING" | "DRAWING" | "PRINT" | "PHOTOGRAPHY" | "SCULPTURE" | "CERAMICS" | "TEXTILE" | "DIGITAL" | "MIXED_MEDIA";
  /** centimetres: width, height (, depth) */
  size: [number, number] | [number, number, number];
  year: number;
  tags: string[];
  /** whole euros (stored as cents) */
  price: number;
  kind?: "ORIGINAL" | "EDITION";
  editionSize?: number;
  editionsSold?: number;
  status?: "PUBLISHED" | "IN_REVIEW" | "DRAFT" | "SOLD";
  /** how to draw the demo image(s); `alt` is the image's alt text, `alt2` adds a second (detail) image */
  art: { style: ArtStyle; palette: string[]; alt: string; alt2?: string };
}
