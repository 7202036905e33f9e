-- CreateEnum
CREATE TYPE "ArtworkCategory" AS ENUM ('PAINTING', 'DRAWING', 'PRINT', 'PHOTOGRAPHY', 'SCULPTURE', 'CERAMICS', 'TEXTILE', 'DIGITAL', 'MIXED_MEDIA');

-- CreateEnum
CREATE TYPE "ArtworkOrientation" AS ENUM ('PORTRAIT', 'LANDSCAPE', 'SQUARE');

-- CreateEnum
CREATE TYPE "ColourFamily" AS ENUM ('RED', 'ORANGE', 'YELLOW', 'GREEN', 'BLUE', 'PURPLE', 'PINK', 'BROWN', 'BLACK', 'WHITE', 'GREY');

-- DropIndex
DROP INDEX "Artwork_status_priceAmount_id_idx";

-- AlterTable (edited: longestSideMm and orientation are generated from the dimensions)
ALTER TABLE "Artwork" ADD COLUMN     "category" "ArtworkCategory",
ADD COLUMN     "colourFamily" "ColourFamily",
ADD COLUMN     "longestSideMm" INTEGER
  GENERATED ALWAYS AS (
    CASE WHEN "dimensionUnit" = 'IN' THEN round(GREATEST("widthTenths", "heightTenths") * 2.54)::int
         ELSE GREATEST("widthTenths", "heightTenths") END
  ) STORED,
ADD COLUMN     "orientation" "ArtworkOrientation"
  GENERATED ALWAYS AS (
    CASE WHEN abs("widthTenths" - "heightTenths") * 20 <= GREATEST("widthTenths", "heightTenths") THEN 'SQUARE'::"ArtworkOrientation"
         WHEN "heightTenths" > "widthTenths" THEN 'PORTRAIT'::"ArtworkOrientation"
         ELSE 'LANDSCAPE'::"ArtworkOrientation" END
  ) STORED,
ADD COLUMN     "priceEurMicros" BIGINT;

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "currency" CHAR(3) NOT NULL,
    "date" DATE NOT NULL,
    "perEuro" DECIMAL(20,6) NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("currency","date")
);

-- ---------------------------------------------------------------------------------------------------------
-- hand-written below
-- ---------------------------------------------------------------------------------------------------------

-- Categories: backfilled from the free-text medium (the gallery's old CATEGORY_PATTERNS, extended to the new
-- taxonomy; first match wins, so "archival pigment print" is photography and "mixed media on paper" is mixed
-- media). A medium matching nothing stays NULL: the studio form asks for a category on the next edit.
UPDATE "Artwork" SET "category" = CASE
  WHEN "medium" ~* '(mixed media|collage|assemblage)' THEN 'MIXED_MEDIA'
  WHEN "medium" ~* '(photograph|pigment print|gelatin|c-type|chromogenic|cyanotype|platinum print|polaroid)' THEN 'PHOTOGRAPHY'
  WHEN "medium" ~* '(print|woodcut|etching|lithograph|linocut|engraving|giclée|giclee|mokuhanga|monotype|serigraph|drypoint|aquatint)' THEN 'PRINT'
  WHEN "medium" ~* '(ceramic|stoneware|porcelain|clay|earthenware|terracotta|raku)' THEN 'CERAMICS'
  WHEN "medium" ~* '(textile|embroider|tapestry|weav|woven|quilt|fibre|fiber|wool|felt|thread)' THEN 'TEXTILE'
  WHEN "medium" ~* '(digital|generative|nft|3d render)' THEN 'DIGITAL'
  WHEN "medium" ~* '(sculpture|bronze|carved|cast |plaster|steel|marble|resin)' THEN 'SCULPTURE'
  WHEN "medium" ~* '(drawing|charcoal|graphite|pencil|pastel|sumi ink|ink on|conté|conte crayon)' THEN 'DRAWING'
  WHEN "medium" ~* '(oil|acrylic|watercolou?r|gouache|tempera|encaustic|paint)' THEN 'PAINTING'
END::"ArtworkCategory";

-- Colour: the hue family of a "#rrggbb" dominant colour (HSL; near-greys by lightness, dark oranges are brown,
-- light reds and magentas pink). Immutable, so it can be tested on its own (discovery tests).
CREATE FUNCTION "atelier_colour_family"(hex text) RETURNS "ColourFamily" LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  r float8; g float8; b float8; mx float8; mn float8; d float8; l float8; s float8; h float8;
BEGIN
  IF hex IS NULL OR hex !~* '^#[0-9a-f]{6}$' THEN
    RETURN NULL;
  END IF;
  r := ('x' || substr(hex, 2, 2))::bit(8)::int / 255.0;
  g := ('x' || substr(hex, 4, 2))::bit(8)::int / 255.0;
  b := ('x' || substr(hex, 6, 2))::bit(8)::int / 255.0;
  mx := GREATEST(r, g, b);
  mn := LEAST(r, g, b);
  d := mx - mn;
  l := (mx + mn) / 2;
  s := CASE WHEN d = 0 THEN 0 ELSE d / (1 - abs(2 * l - 1)) END;
  IF l < 0.12 THEN RETURN 'BLACK'; END IF;
  IF l > 0.93 THEN RETURN 'WHITE'; END IF;
  IF s < 0.12 OR d < 0.06 THEN
    RETURN CASE WHEN l < 0.2 THEN 'BLACK' WHEN l > 0.85 THEN 'WHITE' ELSE 'GREY' END;
  END IF;
  IF l > 0.82 AND s < 0.45 THEN RETURN 'WHITE'; END IF;
  h := CASE
    WHEN mx = r THEN 60 * (((g - b) / d)::numeric % 6)
    WHEN mx = g THEN 60 * ((b - r) / d + 2)
    ELSE 60 * ((r - g) / d + 4)
  END;
  IF h < 0 THEN h := h + 360; END IF;
  IF h >= 10 AND h < 50 AND (l < 0.4 OR (s < 0.4 AND l < 0.7)) THEN RETURN 'BROWN'; END IF;
  IF h >= 345 OR h < 12 THEN RETURN CASE WHEN l >= 0.7 THEN 'PINK' ELSE 'RED' END; END IF;
  IF h < 42 THEN RETURN 'ORANGE'; END IF;
  IF h < 68 THEN RETURN 'YELLOW'; END IF;
  IF h < 165 THEN RETURN 'GREEN'; END IF;
  IF h < 255 THEN RETURN 'BLUE'; END IF;
  IF h < 290 THEN RETURN 'PURPLE'; END IF;
  RETURN CASE WHEN l >= 0.45 AND h >= 310 THEN 'PINK' WHEN l >= 0.65 THEN 'PINK' ELSE 'PURPLE' END;
END
$$;

-- The artwork's colour follows its primary image (lowest position): kept on every insert, move and delete of an image.
CREATE FUNCTION "artwork_colour_of"(artwork text) RETURNS "ColourFamily" LANGUAGE sql STABLE AS $$
  SELECT "atelier_colour_family"(i."dominantColor") FROM "ArtworkImage" i
  WHERE i."artworkId" = artwork ORDER BY i."position", i."createdAt", i."id" LIMIT 1
$$;

CREATE FUNCTION "artwork_colour_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Artwork" a SET "colourFamily" = "artwork_colour_of"(a."id")
  WHERE a."id" IN (
      SELECT x FROM unnest(ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD."artworkId" END, CASE WHEN TG_OP <> 'DELETE' THEN NEW."artworkId" END]) x
      WHERE x IS NOT NULL)
    AND a."colourFamily" IS DISTINCT FROM "artwork_colour_of"(a."id");
  RETURN NULL;
END
$$;

CREATE TRIGGER "artwork_colour_refresh"
  AFTER INSERT OR DELETE OR UPDATE OF "position", "dominantColor", "artworkId" ON "ArtworkImage"
  FOR EACH ROW EXECUTE FUNCTION "artwork_colour_refresh"();

UPDATE "Artwork" a SET "colourFamily" = "artwork_colour_of"(a."id");

-- Exchange rates: the embedded default is the ECB's euro reference rates of 13 June 2024
-- (packages/core/src/exchange-rates/ecb-daily-2024-06-13.xml, the feed's own format; a test checks that these
-- rows are that file). EUR is stored too (1 euro = 1 euro), so every conversion is a lookup.
INSERT INTO "ExchangeRate" ("currency", "date", "perEuro", "source") VALUES
  ('EUR', '2024-06-13', 1, 'ecb-snapshot-2024-06-13'),
  ('USD', '2024-06-13', 1.0784, 'ecb-snapshot-2024-06-13'),
  ('JPY', '2024-06-13', 169.58, 'ecb-snapshot-2024-06-13'),
  ('BGN', '2024-06-13', 1.9558, 'ecb-snapshot-2024-06-13'),
  ('CZK', '2024-06-13', 24.699, 'ecb-snapshot-2024-06-13'),
  ('DKK', '2024-06-13', 7.4593, 'ecb-snapshot-2024-06-13'),
  ('GBP', '2024-06-13', 0.84468, 'ecb-snapshot-2024-06-13'),
  ('HUF', '2024-06-13', 396.48, 'ecb-snapshot-2024-06-13'),
  ('PLN', '2024-06-13', 4.3473, 'ecb-snapshot-2024-06-13'),
  ('RON', '2024-06-13', 4.9773, 'ecb-snapshot-2024-06-13'),
  ('SEK', '2024-06-13', 11.2210, 'ecb-snapshot-2024-06-13'),
  ('CHF', '2024-06-13', 0.9668, 'ecb-snapshot-2024-06-13'),
  ('ISK', '2024-06-13', 149.30, 'ecb-snapshot-2024-06-13'),
  ('NOK', '2024-06-13', 11.4315, 'ecb-snapshot-2024-06-13'),
  ('TRY', '2024-06-13', 34.8311, 'ecb-snapshot-2024-06-13'),
  ('AUD', '2024-06-13', 1.6232, 'ecb-snapshot-2024-06-13'),
  ('BRL', '2024-06-13', 5.8261, 'ecb-snapshot-2024-06-13'),
  ('CAD', '2024-06-13', 1.4823, 'ecb-snapshot-2024-06-13'),
  ('CNY', '2024-06-13', 7.8211, 'ecb-snapshot-2024-06-13'),
  ('HKD', '2024-06-13', 8.4224, 'ecb-snapshot-2024-06-13'),
  ('IDR', '2024-06-13', 17527.83, 'ecb-snapshot-2024-06-13'),
  ('ILS', '2024-06-13', 4.0108, 'ecb-snapshot-2024-06-13'),
  ('INR', '2024-06-13', 90.1120, 'ecb-snapshot-2024-06-13'),
  ('KRW', '2024-06-13', 1482.31, 'ecb-snapshot-2024-06-13'),
  ('MXN', '2024-06-13', 20.1654, 'ecb-snapshot-2024-06-13'),
  ('MYR', '2024-06-13', 5.0766, 'ecb-snapshot-2024-06-13'),
  ('NZD', '2024-06-13', 1.7477, 'ecb-snapshot-2024-06-13'),
  ('PHP', '2024-06-13', 63.173, 'ecb-snapshot-2024-06-13'),
  ('SGD', '2024-06-13', 1.4557, 'ecb-snapshot-2024-06-13'),
  ('THB', '2024-06-13', 39.593, 'ecb-snapshot-2024-06-13'),
  ('ZAR', '2024-06-13', 19.8385, 'ecb-snapshot-2024-06-13');

-- Minor-unit exponent of an ISO 4217 code (what @atelier/core/money's CURRENCY_EXPONENTS says for ours; a test checks).
CREATE FUNCTION "atelier_minor_unit_exponent"(currency text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN currency IN ('JPY', 'KRW', 'ISK', 'CLP', 'VND', 'PYG', 'UGX', 'XAF', 'XOF') THEN 0 ELSE 2 END
$$;

-- A price in millionths of a euro at the currency's latest rate, rounded half away from zero; NULL without a rate.
CREATE FUNCTION "atelier_price_eur_micros"(amount int, currency text) RETURNS bigint LANGUAGE sql STABLE AS $$
  SELECT round(amount::numeric * (10::numeric ^ (6 - "atelier_minor_unit_exponent"(currency))) / r."perEuro")::bigint
  FROM "ExchangeRate" r WHERE r."currency" = $2 ORDER BY r."date" DESC LIMIT 1
$$;

CREATE FUNCTION "artwork_price_eur_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."priceEurMicros" := "atelier_price_eur_micros"(NEW."priceAmount", NEW."currency");
  RETURN NEW;
END
$$;

CREATE TRIGGER "artwork_price_eur_refresh"
  BEFORE INSERT OR UPDATE OF "priceAmount", "currency" ON "Artwork"
  FOR EACH ROW EXECUTE FUNCTION "artwork_price_eur_refresh"();

-- After new rates are stored (core/exchange-rates/store.ts calls this in the same transaction): only rows whose value moves.
CREATE FUNCTION "atelier_refresh_price_eur_micros"(currencies text[]) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  changed int;
BEGIN
  UPDATE "Artwork" a SET "priceEurMicros" = "atelier_price_eur_micros"(a."priceAmount", a."currency")
  WHERE a."currency" = ANY (currencies)
    AND a."priceEurMicros" IS DISTINCT FROM "atelier_price_eur_micros"(a."priceAmount", a."currency");
  GET DIAGNOSTICS changed = ROW_COUNT;
  RETURN changed;
END
$$;

SELECT "atelier_refresh_price_eur_micros"(ARRAY(SELECT DISTINCT "currency"::text FROM "Artwork"));

-- Indexes for the gallery (partial over public works, like the keyset indexes of 20261202190000):
-- price order is by the euro value, so works in every currency sort together, read in index order;
DROP INDEX IF EXISTS "Artwork_public_price_idx";
CREATE INDEX "Artwork_public_price_eur_idx" ON "Artwork" ("priceEurMicros", "id") WHERE "status" IN ('PUBLISHED', 'SOLD');
-- the newest works of one category or one colour family are the first entries of one index scan.
CREATE INDEX "Artwork_public_category_newest_idx"
  ON "Artwork" ("category", (coalesce("publishedAt", "createdAt")) DESC, "id" DESC) WHERE "status" IN ('PUBLISHED', 'SOLD');
CREATE INDEX "Artwork_public_colour_newest_idx"
  ON "Artwork" ("colourFamily", (coalesce("publishedAt", "createdAt")) DESC, "id" DESC) WHERE "status" IN ('PUBLISHED', 'SOLD');
