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
 * What a card reads besides the artwork, so a page statement joins real rows: a Connect account for
 * every artist (one in five without payouts, so "Not yet for sale"), and one image for nine works in
 * ten (two for every third; the card takes position 0), each with three variants.
 */
async function seedCardDetails(c: pg.Client, artworks: number, artists: number): Promise<void> {
  await c.query(
    `
    INSERT INTO "ConnectAccount" ("id", "userId", "stripeAccountId", "country", "detailsSubmitted", "chargesEnabled", "payoutsEnabled", "updatedAt")
    SELECT 'bench-connect-' || g, 'bench-user-' || g, 'acct_bench_' || g, 'FR', true, true, g % 5 <> 0, now()
    FROM generate_series(1, $1::int) g`,
    [artists],
  );
  await c.query(
    `
    INSERT INTO "ArtworkImage" ("id", "artworkId", "position", "altText", "originalKey", "mimeType", "width", "height", "bytes",
                                "dominantColor", "blurDataUrl", "variants")
    SELECT 'bench-image-' || g || '-' || pos, 'bench-work-' || g, pos, 'Bench work ' || g,
           'artworks/bench-work-' || g || '/' || pos || '/original.jpg', 'image/jpeg', 1600, 1200, 200000, '#8a7f72',
           'data:image/webp;base64,UklGRh4AAABXRUJQVlA4IBIAAAAwAQCdASoBAAEAAQAcJaQAA3AA/v3AgAA=',
           (SELECT jsonb_agg(jsonb_build_object('format', 'webp', 'width', w, 'height', w * 3 / 4,
                                                'key', 'artworks/bench-work-' || g || '/' || pos || '/' || w || '.webp', 'bytes', w * 40))
            FROM unnest(ARRAY[320, 640, 1280]) w)
    FROM generate_series(1, $1::int) g CROSS JOIN generate_series(0, 1) pos
    WHERE g % 10 <> 0 AND (pos = 0 OR g % 3 = 0)`,
    [artworks],
  );
}

/**
 * 10,000 synthetic artworks in one INSERT … SELECT generate_series (the search trigger fills
 * searchVector per row), spread over 50 artists, media, prices, kinds and statuses, with the
 * artists' Connect accounts and the works' images (seedCardDetails).
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
    await seedCardDetails(c, artworks, artists);
    await c.query(`ANALYZE`);
  } finally {
    await c.end();
  }
}
