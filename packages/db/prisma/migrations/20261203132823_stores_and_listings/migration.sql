-- CreateEnum
CREATE TYPE "ListingSeller" AS ENUM ('STORE', 'ARTIST_SHOP');

-- CreateEnum
CREATE TYPE "ListingStatus" AS ENUM ('ACTIVE', 'PAUSED', 'REMOVED');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'STORE_OWNER';

-- CreateTable
CREATE TABLE "StoreApplication" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'PENDING',
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "website" TEXT,
    "reason" TEXT NOT NULL,
    "country" TEXT NOT NULL DEFAULT 'IE',
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "rejectionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StoreApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "website" TEXT,
    "country" TEXT NOT NULL DEFAULT 'IE',
    "ownerUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Listing" (
    "id" TEXT NOT NULL,
    "seller" "ListingSeller" NOT NULL,
    "storeId" TEXT,
    "artworkId" TEXT NOT NULL,
    "variantCode" TEXT NOT NULL,
    "unitAmount" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "discountBps" INTEGER NOT NULL DEFAULT 0,
    "status" "ListingStatus" NOT NULL DEFAULT 'ACTIVE',
    "pauseReason" TEXT,
    "pausedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Listing_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StoreApplication_status_submittedAt_idx" ON "StoreApplication"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "StoreApplication_userId_idx" ON "StoreApplication"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Store_slug_key" ON "Store"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Store_ownerUserId_key" ON "Store"("ownerUserId");

-- CreateIndex
CREATE INDEX "Listing_artworkId_status_idx" ON "Listing"("artworkId", "status");

-- CreateIndex
CREATE INDEX "Listing_storeId_status_idx" ON "Listing"("storeId", "status");

-- AddForeignKey
ALTER TABLE "StoreApplication" ADD CONSTRAINT "StoreApplication_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreApplication" ADD CONSTRAINT "StoreApplication_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Store" ADD CONSTRAINT "Store_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_artworkId_fkey" FOREIGN KEY ("artworkId") REFERENCES "Artwork"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_variantCode_fkey" FOREIGN KEY ("variantCode") REFERENCES "ProductVariant"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- At most one application under review per user (Prisma cannot express partial indexes).
CREATE UNIQUE INDEX "StoreApplication_one_pending_per_user" ON "StoreApplication" ("userId") WHERE "status" = 'PENDING';

-- One listing that is not REMOVED per seller, store (none for the artist's own shop), artwork and variant.
CREATE UNIQUE INDEX "Listing_one_live_per_seller_variant" ON "Listing" ("seller", COALESCE("storeId", ''), "artworkId", "variantCode") WHERE "status" <> 'REMOVED';

-- A store's listing names its store; the artist's own shop names none.
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_store_matches_seller" CHECK (("seller" = 'STORE') = ("storeId" IS NOT NULL));
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_amounts" CHECK ("unitAmount" > 0 AND "discountBps" >= 0 AND "discountBps" <= 10000);
