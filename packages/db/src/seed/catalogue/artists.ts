import type { SeedArtist } from "./types.ts";

/** Seeded artists sign in with this password (demo only). */
export const DEMO_ARTIST_PASSWORD = "atelier-artist";

export const DEMO_ARTISTS: SeedArtist[] = [
  {
    email: "mira@atelier.local",
    name: "Mira Okafor",
    slug: "mira-okafor",
    location: "Lisbon, Portugal",
    website: "https://example.org/mira-okafor",
    instagram: "mira.paints",
    bio: "Mira Okafor is a Nigerian-Portuguese painter working from a riverside studio in Lisbon. She trained at the Slade and spent a decade as a set painter before returning to the canvas. Her work has been shown in Porto, London and Lagos.",
    statement:
      "I paint the colour of places rather than their shapes: the blue of the Tagus at seven in the morning, the ochre of a wall that has held the sun all day. Thin layers of oil and acrylic are built up and scraped back until a field of colour starts to breathe. Small studies come first; some of them grow into large canvases, most of them stay small and honest.",
  },
  {
    email: "tomas@atelier.local",
    name: "Tomás Lindqvist",
    slug: "tomas-lindqvist",
    location: "Visby, Gotland, Sweden",
    website: "https://example.org/lindqvist",
    instagram: "tomas.lindqvist.photo",
    bio: "Tomás Lindqvist is a Swedish-Chilean photographer based on the island of Gotland. He photographs the Baltic coast in all seasons, and cities at night, on medium-format film and a digital back.",
    statement:
      "Long exposures flatten the sea into a mirror and let the light do the drawing. I return to the same stretch of limestone shore again and again; it is never the same picture twice. Every print is made by me on archival cotton rag paper and signed on the back.",
  },
  {
    email: "hana@atelier.local",
    name: "Hana Sato",
    slug: "hana-sato",
    location: "Kyoto, Japan",
    instagram: "hanasato.prints",
    bio: "Hana Sato is a printmaker working in woodcut, screenprint and risograph from a shared workshop in Kyoto. She studied mokuhanga under a traditional carver and now mixes hand-cut blocks with contemporary colour.",
    statement:
      "Printmaking is patience made visible. A single woodcut may need eleven blocks and forty passes, and each sheet still comes out slightly different. I make small editions so the work stays affordable and every print is pulled by hand.",
  },
  {
    email: "elena@atelier.local",
    name: "Elena Brandt",
    slug: "elena-brandt",
    location: "Edinburgh, Scotland",
    website: "https://example.org/elena-brandt",
    bio: "Elena Brandt is a German-born watercolourist living in Edinburgh. She paints botanical studies from the Royal Botanic Garden and loose landscapes of the Highlands, and teaches plein-air workshops every summer.",
    statement:
      "Watercolour forgives nothing and that is why I love it. I work wet-in-wet, outdoors when the weather allows, and leave the paper to do half of the work. The plants I paint are the ones I walk past every day.",
  },
  {
    email: "jonah@atelier.local",
    name: "Jonah Reyes",
    slug: "jonah-reyes",
    location: "Mexico City, Mexico",
    instagram: "jonah.reyes.studio",
    bio: "Jonah Reyes is a sculptor working in stoneware, bronze and reclaimed wood. He grew up in Oaxaca in a family of potters and now runs a small foundry collective in Mexico City.",
    statement:
      "My sculptures are vessels that refuse to hold anything. I am interested in the weight of things, in how a form sits on a table or on the floor, and in the marks that fire and hands leave behind.",
  },
  {
    email: "ada@atelier.local",
    name: "Ada Novak",
    slug: "ada-novak",
    location: "Berlin, Germany",
    website: "https://example.org/ada-novak",
    instagram: "ada.novak.collage",
    bio: "Ada Novak is a Czech mixed-media artist living in Berlin. She builds collages and paintings from found paper, tram tickets, maps and acrylic, and has exhibited across Central Europe.",
    statement:
      "Cities leave paper behind: tickets, posters, receipts, timetables. I collect them and cut them into new maps of places that never existed. Colour holds the pieces together; geometry keeps them honest.",
  },
];

/** A signed-up user whose artist application waits for review. */
export const DEMO_APPLICANT = {
  email: "lucas@atelier.local",
  name: "Lucas Ferreira",
  displayName: "Lucas Ferreira",
  statement:
    "I am a ceramicist from Porto making functional and sculptural pieces in wood-fired stoneware. I would like to offer a small collection of moon jars and tea bowls, each one unique.",
  portfolioUrl: "https://example.org/lucas-ferreira",
  instagramHandle: "lucas.ceramica",
  previousExhibitions: "Galeria Ocupa, Porto (2024, group show); Feira de Cerâmica de Barcelos (2023).",
};
