/**
 * The words the catalogue is described and filtered by: the artist's category (stored as the ArtworkCategory
 * enum), the orientation generated from the dimensions and the hue family of the primary image. Filters and
 * URLs use the lower-case slugs ("mixed-media"); the database uses the enum names ("MIXED_MEDIA").
 */

export const ARTWORK_CATEGORIES = ["PAINTING", "DRAWING", "PRINT", "PHOTOGRAPHY", "SCULPTURE", "CERAMICS", "TEXTILE", "DIGITAL", "MIXED_MEDIA"] as const;
export type ArtworkCategoryName = (typeof ARTWORK_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<ArtworkCategoryName, string> = {
  PAINTING: "Painting",
  DRAWING: "Drawing",
  PRINT: "Print",
  PHOTOGRAPHY: "Photography",
  SCULPTURE: "Sculpture",
  CERAMICS: "Ceramics",
  TEXTILE: "Textile",
  DIGITAL: "Digital",
  MIXED_MEDIA: "Mixed media",
};

export const COLOUR_FAMILIES = ["RED", "ORANGE", "YELLOW", "GREEN", "BLUE", "PURPLE", "PINK", "BROWN", "BLACK", "WHITE", "GREY"] as const;
export type ColourFamilyName = (typeof COLOUR_FAMILIES)[number];

export const ORIENTATIONS = ["PORTRAIT", "LANDSCAPE", "SQUARE"] as const;
export type OrientationName = (typeof ORIENTATIONS)[number];

/** "MIXED_MEDIA" → "mixed-media" */
export const slugOf = (name: string): string => name.toLowerCase().replace(/_/g, "-");
/** "mixed-media" → "MIXED_MEDIA" */
export const nameOf = <T extends string>(slug: string): T => slug.toUpperCase().replace(/-/g, "_") as T;

/** The slugs, spelled out so filter types are literal (taxonomy.test.ts checks they are slugOf the names above). */
export const CATEGORY_SLUGS = ["painting", "drawing", "print", "photography", "sculpture", "ceramics", "textile", "digital", "mixed-media"] as const;
export const COLOUR_SLUGS = ["red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white", "grey"] as const;
export const ORIENTATION_SLUGS = ["portrait", "landscape", "square"] as const;

/**
 * A category guessed from a free-text medium, for drafts (the artist confirms it in the studio form). The
 * same ordered patterns backfilled existing works in the filters migration: first match wins, so an
 * "archival pigment print" is photography and "mixed media on paper" is mixed media. Null when nothing fits.
 */
const MEDIUM_PATTERNS: [ArtworkCategoryName, RegExp][] = [
  ["MIXED_MEDIA", /mixed media|collage|assemblage/i],
  ["PHOTOGRAPHY", /photograph|pigment print|gelatin|c-type|chromogenic|cyanotype|platinum print|polaroid/i],
  ["PRINT", /print|woodcut|etching|lithograph|linocut|engraving|giclée|giclee|mokuhanga|monotype|serigraph|drypoint|aquatint/i],
  ["CERAMICS", /ceramic|stoneware|porcelain|clay|earthenware|terracotta|raku/i],
  ["TEXTILE", /textile|embroider|tapestry|weav|woven|quilt|fibre|fiber|wool|felt|thread/i],
  ["DIGITAL", /digital|generative|nft|3d render/i],
  ["SCULPTURE", /sculpture|bronze|carved|cast |plaster|steel|marble|resin/i],
  ["DRAWING", /drawing|charcoal|graphite|pencil|pastel|sumi ink|ink on|conté|conte crayon/i],
  ["PAINTING", /oil|acrylic|watercolou?r|gouache|tempera|encaustic|paint/i],
];

export function categoryOfMedium(medium: string): ArtworkCategoryName | null {
  return MEDIUM_PATTERNS.find(([, re]) => re.test(medium))?.[0] ?? null;
}
