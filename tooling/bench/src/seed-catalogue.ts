import pg from "pg";
import { VARIED_TEXTS } from "./varied-texts.ts";

/** "repeated": a few thousand texts that differ only in a number (the original bench data); "varied": see ./varied-texts.ts */
export type CatalogueTexts = "repeated" | "varied";

const REPEATED_TEXTS = {
  title: `(ARRAY['Harbour','Dawn','Blue Hour','Fern','Copper','Rain','Garden','Tide','Lantern','Meridian','Orchard','Salt'])[1 + g % 12] || ' ' ||
             (ARRAY['Study','Nocturne','No.','Drift','Vessel','Field','Light','Morning'])[1 + (g / 12) % 8] || ' ' || g`,
  description: `(ARRAY['Layered oil glazes over a quiet harbour at dawn.','Ink washes of the city in rain.','Pressed ferns printed in sunlight.','Bronze cast from a found branch.'])[1 + g % 4]`,
  medium: `(ARRAY['Oil on canvas','Watercolour on paper','Bronze sculpture','Cyanotype','Woodblock print','Charcoal on paper','Acrylic on board'])[1 + g % 7]`,
  tags: `ARRAY[(ARRAY['sea','city','botanical','abstract','portrait','landscape','minimal','night'])[1 + g % 8],
                   (ARRAY['blue','green','red','gold','grey'])[1 + g % 5]]`,
};

/**
 * 10,000 synthetic artworks in one INSERT … SELECT generate_series (the search trigger fills
 * searchVector per row), spread over 50 artists, media, prices, kinds and statuses.
 */
export async function seedCatalogue(url: string, artworks = 10_000, artists = 50, texts: CatalogueTexts = "repeated"): Promise<void> {
  const t = texts === "varied" ? VARIED_TEXTS : REPEATED_TEXTS;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(
      `
      INSERT INTO "User" ("id", "email", "name", "updatedAt")
      SELECT 'bench-user-' || g, 'bench-' || g || '@bench.local', 'Bench Artist ' || g, now() FROM generate_series(1, $1::int) g`,
      [artists],
    );
    await c.query(
      `
      INSERT INTO "ArtistProfile" ("id", "userId", "slug", "displayName", "updatedAt")
      SELECT 'bench-artist-' || g, 'bench-user-' || g, 'bench-artist-' || g,
             (ARRAY['Mara','Tomasz','Ines','Hana','Jonas','Amara','Luca','Noor','Pavel','Rosa'])[1 + g % 10] || ' ' ||
             (ARRAY['Lindqvist','Wren','Okafor','Sato','Berg','Diallo','Ferri','Haddad','Novak','Vidal'])[1 + (g / 10) % 10] || ' ' || g,
             now()
      FROM generate_series(1, $1::int) g`,
      [artists],
    );
    await c.query(
      `
      INSERT INTO "Artwork" ("id", "artistId", "slug", "title", "description", "medium", "category", "colourFamily", "widthTenths", "heightTenths",
                             "tags", "priceAmount", "currency", "kind", "editionSize", "editionsSold", "status", "publishedAt", "updatedAt")
      SELECT 'bench-work-' || g,
             'bench-artist-' || (1 + g % $2::int),
             'bench-work-' || g,
             ${t.title},
             ${t.description},
             ${t.medium},
             (ARRAY['PAINTING','PAINTING','SCULPTURE','PHOTOGRAPHY','PRINT','DRAWING','PAINTING','MIXED_MEDIA','CERAMICS'])[1 + g % 9]::"ArtworkCategory",
             (ARRAY['RED','ORANGE','YELLOW','GREEN','BLUE','PURPLE','PINK','BROWN','BLACK','WHITE','GREY'])[1 + (g / 3) % 11]::"ColourFamily",
             300 + g % 900, 300 + (g * 7) % 900,
             ${t.tags},
             5000 + (g * 7919) % 500000,
             CASE WHEN g % 10 = 0 THEN 'USD' ELSE 'EUR' END,
             (CASE WHEN g % 4 = 0 THEN 'EDITION' ELSE 'ORIGINAL' END)::"ArtworkKind",
             CASE WHEN g % 4 = 0 THEN 25 ELSE NULL END,
             CASE WHEN g % 4 = 0 THEN g % 26 ELSE 0 END,
             (CASE WHEN g % 20 = 0 THEN 'DRAFT' WHEN g % 25 = 0 THEN 'SOLD' ELSE 'PUBLISHED' END)::"ArtworkStatus",
             CASE WHEN g % 20 = 0 THEN NULL ELSE timestamp '2026-01-01' + g * interval '1 minute' END,
             now()
      FROM generate_series(1, $1::int) g`,
      [artworks, artists],
    );
    await c.query(`ANALYZE`);
  } finally {
    await c.end();
  }
}
