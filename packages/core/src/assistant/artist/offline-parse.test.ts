import { describe, expect, it } from "vitest";
import { missingListingFields, normaliseAmount, parseDimensions, parseListing, parsePrice } from "./offline-parse.ts";

describe("parseDimensions", () => {
  it.each([
    ["60 x 80 cm", { widthCm: 60, heightCm: 80 }],
    ["60×80cm", { widthCm: 60, heightCm: 80 }],
    ["60 X 80", { widthCm: 60, heightCm: 80 }],
    ["60.5 x 80,5 cm", { widthCm: 60.5, heightCm: 80.5 }],
    ["60cm x 80cm", { widthCm: 60, heightCm: 80 }],
    ["40 by 50 by 4 cm", { widthCm: 40, heightCm: 50, depthCm: 4 }],
    ["100 x 120 x 3.5cm", { widthCm: 100, heightCm: 120, depthCm: 3.5 }],
    ["24 x 36 in", { widthCm: 61, heightCm: 91.4 }],
    ['10 x 12"', { widthCm: 25.4, heightCm: 30.5 }],
    ["600 x 800 mm", { widthCm: 60, heightCm: 80 }],
  ])("%s", (text, expected) => {
    const { match: _match, ...dims } = parseDimensions(text) ?? { match: "" };
    expect(dims).toEqual(expected);
  });

  it("finds nothing without two numbers and a separator", () => {
    expect(parseDimensions("a big painting, €900")).toBeNull();
  });
});

describe("parsePrice", () => {
  it.each([
    ["€900", "900", "EUR"],
    ["€ 1,200.50", "1200.50", "EUR"],
    ["900 EUR", "900", "EUR"],
    ["900 eur", "900", "EUR"],
    ["900 euros", "900", "EUR"],
    ["$1,200", "1200", "USD"],
    ["USD 1200", "1200", "USD"],
    ["£450", "450", "GBP"],
    ["1.200,50 €", "1200.50", "EUR"],
    ["1 500 SEK", "1500", "SEK"],
    ["asking 2500 CHF", "2500", "CHF"],
  ])("%s", (text, amount, currency) => {
    expect(parsePrice(text)).toMatchObject({ amount, currency });
  });

  it("needs a currency: a bare number is not a price", () => {
    expect(parsePrice("60 x 80")).toBeNull();
  });

  it("normalises grouping and decimal separators", () => {
    expect(["1,200", "1.200", "1'200", "900.5", "900,50", "12,345,678.9"].map(normaliseAmount)).toEqual([
      "1200",
      "1200",
      "1200",
      "900.5",
      "900.50",
      "12345678.9",
    ]);
  });
});

describe("parseListing", () => {
  it("reads the example from the help text", () => {
    expect(parseListing("Draft a listing: Harbour at Dusk, oil on canvas, 60 x 80 cm, €900")).toEqual({
      title: "Harbour at Dusk",
      medium: "oil on canvas",
      category: "PAINTING",
      widthCm: 60,
      heightCm: 80,
      suggestedPrice: 900,
      currency: "EUR",
    });
  });

  it("reads labelled fields, year, tags and a description", () => {
    const p = parseListing(
      'please create a new listing; title: "Salt Marsh"; medium: Acrylic on panel; 40×50cm; $1,200; year 2023; tags: marsh, green; description: A low horizon under a wide sky.',
    );
    expect(p).toEqual({
      title: "Salt Marsh",
      medium: "Acrylic on panel",
      category: "PAINTING",
      widthCm: 40,
      heightCm: 50,
      suggestedPrice: 1200,
      currency: "USD",
      year: 2023,
      tags: ["marsh", "green"],
      description: "A low horizon under a wide sky.",
    });
  });

  it("takes a quoted title wherever it is", () => {
    expect(parseListing('draft a listing for "Night Ferry" — watercolour on paper, 30 x 40 cm, 350 EUR')).toMatchObject({
      title: "Night Ferry",
      medium: "watercolour on paper",
      suggestedPrice: 350,
    });
  });

  it("sets the category from a label or the medium, and asks when neither says", () => {
    expect(parseListing("draft a listing: Tide Lines, screenprint, 50 x 70 cm, €120").category).toBe("PRINT");
    expect(parseListing("draft a listing: Tide Lines; medium: acrylic and sand; category: mixed media; 50 x 70 cm; €300").category).toBe("MIXED_MEDIA");
    const unknown = parseListing("draft a listing: Kite; medium: silk and bamboo kite frame on canvas board; 50 x 70 cm; €300");
    expect(unknown.category).toBeUndefined();
    expect(missingListingFields({ ...unknown, medium: "found objects" })).toEqual([
      "the category (painting, drawing, print, photography, sculpture, ceramics, textile, digital or mixed media)",
    ]);
  });

  it("reports what is missing instead of guessing", () => {
    const p = parseListing("draft a listing for my new painting");
    expect(missingListingFields(p)).toEqual(["the medium (e.g. oil on canvas)", "the size (e.g. 60 x 80 cm)", "the price with its currency (e.g. €900)"]);
    expect(missingListingFields(parseListing("draft a listing"))).toHaveLength(4);
  });
});

describe("parseListing reads a new work told in a sentence", () => {
  it.each([
    ["I just finished a 40×50 oil on linen called Harbour at Dusk, €900", "Harbour at Dusk", "oil on linen", 40, 50, 900, "EUR"],
    ['New painting titled "Salt Flats", acrylic on canvas, 60 x 80 cm, 1,200 EUR', "Salt Flats", "acrylic on canvas", 60, 80, 1200, "EUR"],
    ["Just made a watercolour called Morning Fern, 16x20in, $350", "Morning Fern", "watercolour", 40.6, 50.8, 350, "USD"],
    ["I finished “Night Ferry” — gouache on paper, 30 x 40 cm, £450", "Night Ferry", "gouache on paper", 30, 40, 450, "GBP"],
    ["Painted a 100 x 120 cm oil on canvas named The Long Field, asking 2500 CHF", "The Long Field", "oil on canvas", 100, 120, 2500, "CHF"],
    ["Finished a new linocut called Heron, 20 x 30 cm, 90 euros", "Heron", "linocut", 20, 30, 90, "EUR"],
    ["I just completed a bronze called Wave Form, 30 x 20 x 15 cm, €3,400", "Wave Form", "bronze", 30, 20, 3400, "EUR"],
    ["made an etching titled Pier at Low Tide 25 x 35 cm for €180", "Pier at Low Tide", "etching", 25, 35, 180, "EUR"],
    ["Here's a new work: 'Blue Hour', acrylic and ink on paper, 50x70cm, 600 EUR", "Blue Hour", "acrylic and ink on paper", 50, 70, 600, "EUR"],
    ["I've painted a 16 x 20 inches oil on panel called Orchard in June for USD 750", "Orchard in June", "oil on panel", 40.6, 50.8, 750, "USD"],
    ["finished a charcoal drawing called Study of Hands, 42 x 59.4 cm, €250", "Study of Hands", "charcoal drawing", 42, 59.4, 250, "EUR"],
    ["I just finished a 40 x 50 cm oil on linen called Harbour at Dusk priced at €900", "Harbour at Dusk", "oil on linen", 40, 50, 900, "EUR"],
    ["New piece called Red Dunes, oil on canvas, 24x36in, $1,800", "Red Dunes", "oil on canvas", 61, 91.4, 1800, "USD"],
    ["I made a screenprint called City Lights, 50 × 70 cm, €120", "City Lights", "screenprint", 50, 70, 120, "EUR"],
    ["Just finished a 30×30 encaustic on panel entitled Beeswax Sea, EUR 400", "Beeswax Sea", "encaustic on panel", 30, 30, 400, "EUR"],
    ["Draft a listing: Harbour at Dusk, oil on canvas, 60 x 80 cm, €900", "Harbour at Dusk", "oil on canvas", 60, 80, 900, "EUR"],
  ])("%s", (text, title, medium, widthCm, heightCm, suggestedPrice, currency) => {
    const p = parseListing(text);
    expect(p).toMatchObject({ title, medium, widthCm, heightCm, suggestedPrice, currency });
    expect(missingListingFields(p)).toEqual([]);
  });

  it("asks for the price rather than guessing one without a currency", () => {
    expect(missingListingFields(parseListing("I just finished a 40×50 oil on linen called Harbour at Dusk, 900"))).toEqual([
      "the price with its currency (e.g. €900)",
    ]);
  });
});
