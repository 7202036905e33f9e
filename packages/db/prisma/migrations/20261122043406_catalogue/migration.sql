-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ArtworkKind" AS ENUM ('ORIGINAL', 'EDITION');

-- CreateEnum
CREATE TYPE "ArtworkStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'REJECTED', 'UNPUBLISHED', 'ARCHIVED', 'SOLD');

-- CreateEnum
CREATE TYPE "DimensionUnit" AS ENUM ('CM', 'IN');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "ArtistApplication" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "displayName" TEXT NOT NULL,
    "statement" TEXT NOT NULL DEFAULT '',
    "portfolioUrl" TEXT,
    "instagramHandle" TEXT,
    "website" TEXT,
    "previousExhibitions" TEXT NOT NULL DEFAULT '',
    "termsAcceptedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "rejectionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArtistApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArtistProfile" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "bio" TEXT NOT NULL DEFAULT '',
    "statement" TEXT NOT NULL DEFAULT '',
    "location" TEXT,
    "website" TEXT,
    "instagram" TEXT,
    "avatarKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArtistProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Artwork" (
    "id" TEXT NOT NULL,
    "artistId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "medium" TEXT NOT NULL,
    "widthTenths" INTEGER NOT NULL,
    "heightTenths" INTEGER NOT NULL,
    "depthTenths" INTEGER,
    "dimensionUnit" "DimensionUnit" NOT NULL DEFAULT 'CM',
    "year" INTEGER,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "priceAmount" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "kind" "ArtworkKind" NOT NULL DEFAULT 'ORIGINAL',
    "editionSize" INTEGER,
    "editionsSold" INTEGER NOT NULL DEFAULT 0,
    "status" "ArtworkStatus" NOT NULL DEFAULT 'DRAFT',
    "rejectionReason" TEXT,
    "reviewNote" TEXT,
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "searchVector" tsvector,

    CONSTRAINT "Artwork_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArtworkImage" (
    "id" TEXT NOT NULL,
    "artworkId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "altText" TEXT NOT NULL DEFAULT '',
    "originalKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "dominantColor" TEXT NOT NULL,
    "blurDataUrl" TEXT NOT NULL,
    "variants" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArtworkImage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Favorite" (
    "userId" TEXT NOT NULL,
    "artworkId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Favorite_pkey" PRIMARY KEY ("userId","artworkId")
);

-- CreateTable
CREATE TABLE "Follow" (
    "userId" TEXT NOT NULL,
    "artistId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("userId","artistId")
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" TEXT NOT NULL,
    "toEmail" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "EmailStatus" NOT NULL DEFAULT 'PENDING',
    "transport" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArtistApplication_status_submittedAt_idx" ON "ArtistApplication"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "ArtistApplication_userId_idx" ON "ArtistApplication"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ArtistProfile_userId_key" ON "ArtistProfile"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ArtistProfile_slug_key" ON "ArtistProfile"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Artwork_slug_key" ON "Artwork"("slug");

-- CreateIndex
CREATE INDEX "Artwork_status_publishedAt_id_idx" ON "Artwork"("status", "publishedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Artwork_status_priceAmount_id_idx" ON "Artwork"("status", "priceAmount", "id");

-- CreateIndex
CREATE INDEX "Artwork_artistId_status_idx" ON "Artwork"("artistId", "status");

-- CreateIndex
CREATE INDEX "Artwork_searchVector_idx" ON "Artwork" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Artwork_tags_idx" ON "Artwork" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "ArtworkImage_artworkId_position_idx" ON "ArtworkImage"("artworkId", "position");

-- CreateIndex
CREATE INDEX "Favorite_artworkId_idx" ON "Favorite"("artworkId");

-- CreateIndex
CREATE INDEX "Follow_artistId_idx" ON "Follow"("artistId");

-- CreateIndex
CREATE INDEX "EmailOutbox_toEmail_createdAt_idx" ON "EmailOutbox"("toEmail", "createdAt");

-- CreateIndex
CREATE INDEX "EmailOutbox_status_createdAt_idx" ON "EmailOutbox"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "ArtistApplication" ADD CONSTRAINT "ArtistApplication_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArtistApplication" ADD CONSTRAINT "ArtistApplication_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArtistProfile" ADD CONSTRAINT "ArtistProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Artwork" ADD CONSTRAINT "Artwork_artistId_fkey" FOREIGN KEY ("artistId") REFERENCES "ArtistProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArtworkImage" ADD CONSTRAINT "ArtworkImage_artworkId_fkey" FOREIGN KEY ("artworkId") REFERENCES "Artwork"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Favorite" ADD CONSTRAINT "Favorite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Favorite" ADD CONSTRAINT "Favorite_artworkId_fkey" FOREIGN KEY ("artworkId") REFERENCES "Artwork"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_artistId_fkey" FOREIGN KEY ("artistId") REFERENCES "ArtistProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written: what schema.prisma cannot express.
-- ---------------------------------------------------------------------------------------------

-- At most one active (draft or pending) application per user, decided by the database.
CREATE UNIQUE INDEX "ArtistApplication_one_active_per_user" ON "ArtistApplication" ("userId")
  WHERE "status" IN ('DRAFT', 'PENDING');

-- Money and stock invariants.
ALTER TABLE "Artwork" ADD CONSTRAINT "Artwork_price_positive" CHECK ("priceAmount" > 0 AND "priceAmount" <= 100000000);
ALTER TABLE "Artwork" ADD CONSTRAINT "Artwork_currency_upper" CHECK ("currency" ~ '^[A-Z]{3}$');
ALTER TABLE "Artwork" ADD CONSTRAINT "Artwork_edition_shape" CHECK (("kind" = 'EDITION') = ("editionSize" IS NOT NULL));
ALTER TABLE "Artwork" ADD CONSTRAINT "Artwork_editions_in_range" CHECK ("editionsSold" >= 0 AND ("editionSize" IS NULL OR "editionsSold" <= "editionSize"));
ALTER TABLE "Artwork" ADD CONSTRAINT "Artwork_dimensions_positive" CHECK ("widthTenths" > 0 AND "heightTenths" > 0 AND ("depthTenths" IS NULL OR "depthTenths" > 0));

-- Weighted full-text document: title (A) > artist name (B) > tags and medium (C) > description (D).
CREATE FUNCTION "artwork_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('english', coalesce(NEW."title", '')), 'A') ||
    setweight(to_tsvector('english', coalesce((SELECT "displayName" FROM "ArtistProfile" WHERE "id" = NEW."artistId"), '')), 'B') ||
    setweight(to_tsvector('english', array_to_string(NEW."tags", ' ') || ' ' || coalesce(NEW."medium", '')), 'C') ||
    setweight(to_tsvector('english', coalesce(NEW."description", '')), 'D');
  RETURN NEW;
END
$$;

CREATE TRIGGER "artwork_search_refresh"
  BEFORE INSERT OR UPDATE OF "title", "description", "tags", "medium", "artistId" ON "Artwork"
  FOR EACH ROW EXECUTE FUNCTION "artwork_search_refresh"();

-- Renaming an artist re-indexes their artworks (the SET of "title" fires the trigger above).
CREATE FUNCTION "artist_name_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Artwork" SET "title" = "title" WHERE "artistId" = NEW."id";
  RETURN NEW;
END
$$;

CREATE TRIGGER "artist_name_search_refresh"
  AFTER UPDATE OF "displayName" ON "ArtistProfile"
  FOR EACH ROW WHEN (OLD."displayName" IS DISTINCT FROM NEW."displayName")
  EXECUTE FUNCTION "artist_name_search_refresh"();
