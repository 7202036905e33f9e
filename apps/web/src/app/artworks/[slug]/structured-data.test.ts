import { describe, expect, it } from "vitest";
import { artworkJsonLd, jsonLdScript, type StructuredArtwork } from "./structured-data";

const art: StructuredArtwork = {
  slug: "harbour-at-dusk",
  title: "Harbour at Dusk",
  description: "Oil on linen.",
  medium: "Oil on linen",
  year: 2025,
  kind: "ORIGINAL",
  editionSize: null,
  widthTenths: 400,
  heightTenths: 505,
  depthTenths: null,
  dimensionUnit: "CM",
  priceAmount: 90_000,
  currency: "EUR",
  availability: { state: "available" },
  artist: { slug: "mira-lenz", displayName: "Mira Lenz" },
  images: [
    {
      variants: [
        { format: "webp", width: 640, key: "a/640.webp" },
        { format: "webp", width: 2048, key: "a/2048.webp" },
        { format: "avif", width: 2048, key: "a/2048.avif" },
      ],
    },
  ],
};

describe("artwork JSON-LD", () => {
  it("is a VisualArtwork with its creator and an Offer in major units", () => {
    const ld = artworkJsonLd(art, "https://atelier.example");
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "VisualArtwork",
      url: "https://atelier.example/artworks/harbour-at-dusk",
      name: "Harbour at Dusk",
      image: ["https://atelier.example/media/a/2048.webp"],
      dateCreated: "2025",
      width: { "@type": "Distance", name: "40 cm" },
      height: { "@type": "Distance", name: "50.5 cm" },
      creator: { "@type": "Person", name: "Mira Lenz", url: "https://atelier.example/artists/mira-lenz" },
      offers: { "@type": "Offer", price: "900.00", priceCurrency: "EUR", availability: "https://schema.org/InStock" },
    });
    expect(artworkJsonLd({ ...art, currency: "JPY", priceAmount: 120_000 }, "https://a.example").offers.price).toBe("120000");
  });

  it("says SoldOut for a sold original and a sold-out edition, Reserved while held", () => {
    expect(artworkJsonLd({ ...art, availability: { state: "sold" } }, "https://a.example").offers.availability).toBe("https://schema.org/SoldOut");
    expect(artworkJsonLd({ ...art, availability: { state: "sold_out" } }, "https://a.example").offers.availability).toBe("https://schema.org/SoldOut");
    expect(artworkJsonLd({ ...art, availability: { state: "on_hold" } }, "https://a.example").offers.availability).toBe("https://schema.org/Reserved");
  });

  it("escapes < so a title can't close the script element", () => {
    const out = jsonLdScript(artworkJsonLd({ ...art, title: "</script><script>alert(1)</script>" }, "https://a.example"));
    expect(out).not.toContain("</script>");
    expect(JSON.parse(out).name).toBe("</script><script>alert(1)</script>");
  });
});
