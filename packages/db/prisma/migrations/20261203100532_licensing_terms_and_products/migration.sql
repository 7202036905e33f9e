-- CreateEnum
CREATE TYPE "ProductFulfilment" AS ENUM ('PRINT_LAB', 'DIGITAL');

-- CreateTable
CREATE TABLE "ArtistLicensingTerms" (
    "artistId" TEXT NOT NULL,
    "royaltyBps" INTEGER NOT NULL,
    "minimumPriceAmount" INTEGER NOT NULL,
    "minimumPriceCurrency" CHAR(3) NOT NULL,
    "maxDiscountBps" INTEGER NOT NULL,
    "allowThirdPartyStores" BOOLEAN NOT NULL,
    "allowedProductTypes" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArtistLicensingTerms_pkey" PRIMARY KEY ("artistId")
);

-- CreateTable
CREATE TABLE "ArtworkLicensingTerms" (
    "artworkId" TEXT NOT NULL,
    "royaltyBps" INTEGER,
    "minimumPriceAmount" INTEGER,
    "minimumPriceCurrency" CHAR(3),
    "maxDiscountBps" INTEGER,
    "allowThirdPartyStores" BOOLEAN,
    "productTypesOverridden" BOOLEAN NOT NULL DEFAULT false,
    "allowedProductTypes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArtworkLicensingTerms_pkey" PRIMARY KEY ("artworkId")
);

-- CreateTable
CREATE TABLE "ProductType" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "fulfilment" "ProductFulfilment" NOT NULL,
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ProductType_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "ProductVariant" (
    "code" TEXT NOT NULL,
    "productTypeCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "printWidthMm" INTEGER,
    "printHeightMm" INTEGER,
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ProductVariant_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "ProductVariantPrice" (
    "variantCode" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "productionCostAmount" INTEGER NOT NULL,
    "suggestedPriceAmount" INTEGER NOT NULL,

    CONSTRAINT "ProductVariantPrice_pkey" PRIMARY KEY ("variantCode","currency")
);

-- CreateIndex
CREATE INDEX "ProductVariant_productTypeCode_position_idx" ON "ProductVariant"("productTypeCode", "position");

-- AddForeignKey
ALTER TABLE "ArtistLicensingTerms" ADD CONSTRAINT "ArtistLicensingTerms_artistId_fkey" FOREIGN KEY ("artistId") REFERENCES "ArtistProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArtworkLicensingTerms" ADD CONSTRAINT "ArtworkLicensingTerms_artworkId_fkey" FOREIGN KEY ("artworkId") REFERENCES "Artwork"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductVariant" ADD CONSTRAINT "ProductVariant_productTypeCode_fkey" FOREIGN KEY ("productTypeCode") REFERENCES "ProductType"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductVariantPrice" ADD CONSTRAINT "ProductVariantPrice_variantCode_fkey" FOREIGN KEY ("variantCode") REFERENCES "ProductVariant"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- What must never be stored (the zod schemas and core/licensing say the same to people first)
ALTER TABLE "ArtistLicensingTerms" ADD CONSTRAINT "ArtistLicensingTerms_in_range" CHECK (
  "royaltyBps" BETWEEN 0 AND 10000 AND "maxDiscountBps" BETWEEN 0 AND 10000 AND "minimumPriceAmount" >= 0
  AND "minimumPriceCurrency" ~ '^[A-Z]{3}$' AND "version" >= 1
);
ALTER TABLE "ArtworkLicensingTerms" ADD CONSTRAINT "ArtworkLicensingTerms_in_range" CHECK (
  ("royaltyBps" IS NULL OR "royaltyBps" BETWEEN 0 AND 10000) AND ("maxDiscountBps" IS NULL OR "maxDiscountBps" BETWEEN 0 AND 10000)
  AND ("minimumPriceAmount" IS NULL OR "minimumPriceAmount" >= 0) AND "version" >= 1
);
ALTER TABLE "ArtworkLicensingTerms" ADD CONSTRAINT "ArtworkLicensingTerms_minimum_price_pair" CHECK (
  ("minimumPriceAmount" IS NULL) = ("minimumPriceCurrency" IS NULL) AND ("minimumPriceCurrency" IS NULL OR "minimumPriceCurrency" ~ '^[A-Z]{3}$')
);
ALTER TABLE "ProductVariantPrice" ADD CONSTRAINT "ProductVariantPrice_amounts_not_negative" CHECK (
  "productionCostAmount" >= 0 AND "suggestedPriceAmount" >= "productionCostAmount" AND "currency" ~ '^[A-Z]{3}$'
);
