-- CreateEnum
CREATE TYPE "LiveShowPlatform" AS ENUM ('INSTAGRAM', 'FACEBOOK', 'OWN_STREAM', 'OPENING_NIGHT', 'OTHER');

-- CreateEnum
CREATE TYPE "LiveShowStatus" AS ENUM ('DRAFT', 'LIVE', 'ENDED');

-- CreateEnum
CREATE TYPE "LiveClaimStatus" AS ENUM ('HOLDING', 'QUEUED', 'PASSED', 'RELEASED', 'INVOICED');

-- CreateTable
CREATE TABLE "LiveShow" (
    "id" TEXT NOT NULL,
    "artistId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "platform" "LiveShowPlatform" NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" "LiveShowStatus" NOT NULL DEFAULT 'DRAFT',
    "endedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LiveShow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveShowItem" (
    "id" TEXT NOT NULL,
    "showId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "artworkId" TEXT,
    "title" TEXT NOT NULL,
    "unitAmount" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unitsHeld" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LiveShowItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveClaim" (
    "id" TEXT NOT NULL,
    "showId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "buyerHandle" TEXT NOT NULL,
    "buyerEmail" TEXT,
    "status" "LiveClaimStatus" NOT NULL,
    "position" INTEGER NOT NULL,
    "invoiceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LiveClaim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LiveShow_artistId_startsAt_idx" ON "LiveShow"("artistId", "startsAt" DESC);

-- CreateIndex
CREATE INDEX "LiveShowItem_artworkId_idx" ON "LiveShowItem"("artworkId");

-- CreateIndex
CREATE UNIQUE INDEX "LiveShowItem_showId_number_key" ON "LiveShowItem"("showId", "number");

-- CreateIndex
CREATE INDEX "LiveClaim_showId_status_idx" ON "LiveClaim"("showId", "status");

-- CreateIndex
CREATE INDEX "LiveClaim_itemId_buyerHandle_idx" ON "LiveClaim"("itemId", "buyerHandle");

-- CreateIndex
CREATE UNIQUE INDEX "LiveClaim_itemId_position_key" ON "LiveClaim"("itemId", "position");

-- AddForeignKey
ALTER TABLE "LiveShow" ADD CONSTRAINT "LiveShow_artistId_fkey" FOREIGN KEY ("artistId") REFERENCES "ArtistProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveShowItem" ADD CONSTRAINT "LiveShowItem_showId_fkey" FOREIGN KEY ("showId") REFERENCES "LiveShow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveShowItem" ADD CONSTRAINT "LiveShowItem_artworkId_fkey" FOREIGN KEY ("artworkId") REFERENCES "Artwork"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveClaim" ADD CONSTRAINT "LiveClaim_showId_fkey" FOREIGN KEY ("showId") REFERENCES "LiveShow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveClaim" ADD CONSTRAINT "LiveClaim_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "LiveShowItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a show item never has more units held than it has, prices are never negative, and positions count from 1.
ALTER TABLE "LiveShowItem" ADD CONSTRAINT "LiveShowItem_units_fit" CHECK (
  "number" >= 1 AND "unitAmount" >= 0 AND "quantity" >= 1 AND "unitsHeld" >= 0 AND "unitsHeld" <= "quantity"
);
ALTER TABLE "LiveShow" ADD CONSTRAINT "LiveShow_currency_upper" CHECK ("currency" ~ '^[A-Z]{3}$');
ALTER TABLE "LiveClaim" ADD CONSTRAINT "LiveClaim_position_positive" CHECK ("position" >= 1 AND "buyerHandle" <> '');

-- One open claim (holding or in line) per buyer and item: the backstop of recordClaim's idempotency.
CREATE UNIQUE INDEX "LiveClaim_one_open_per_buyer" ON "LiveClaim" ("itemId", "buyerHandle") WHERE "status" IN ('HOLDING', 'QUEUED');
