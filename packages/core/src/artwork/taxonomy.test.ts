import { describe, expect, it } from "vitest";
import {
  ARTWORK_CATEGORIES,
  CATEGORY_SLUGS,
  COLOUR_FAMILIES,
  COLOUR_SLUGS,
  ORIENTATION_SLUGS,
  ORIENTATIONS,
  categoryOfMedium,
  nameOf,
  slugOf,
} from "./taxonomy.ts";

describe("taxonomy", () => {
  it("spells the slugs of the enum names", () => {
    expect(ARTWORK_CATEGORIES.map(slugOf)).toEqual([...CATEGORY_SLUGS]);
    expect(COLOUR_FAMILIES.map(slugOf)).toEqual([...COLOUR_SLUGS]);
    expect(ORIENTATIONS.map(slugOf)).toEqual([...ORIENTATION_SLUGS]);
    expect(CATEGORY_SLUGS.map((s) => nameOf(s))).toEqual([...ARTWORK_CATEGORIES]);
  });

  it("guesses a category from a medium, first pattern first", () => {
    expect(categoryOfMedium("Oil on linen")).toBe("PAINTING");
    expect(categoryOfMedium("Archival pigment print, face-mounted on acrylic")).toBe("PHOTOGRAPHY");
    expect(categoryOfMedium("Woodcut (mokuhanga) on washi")).toBe("PRINT");
    expect(categoryOfMedium("Mixed media on paper")).toBe("MIXED_MEDIA");
    expect(categoryOfMedium("Wood-fired stoneware")).toBe("CERAMICS");
    expect(categoryOfMedium("Cast bronze with patina")).toBe("SCULPTURE");
    expect(categoryOfMedium("Sumi ink on washi")).toBe("DRAWING");
    expect(categoryOfMedium("Hand embroidery on linen")).toBe("TEXTILE");
    expect(categoryOfMedium("Something else entirely")).toBeNull();
  });
});
