-- CreateTable
CREATE TABLE "RoomPhoto" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "originalKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "variants" JSONB NOT NULL DEFAULT '[]',
    "calibration" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoomPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WallPreview" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "roomPhotoId" TEXT NOT NULL,
    "artworkId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "frame" TEXT NOT NULL,
    "renderer" TEXT NOT NULL,
    "notice" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WallPreview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RoomPhoto_userId_createdAt_idx" ON "RoomPhoto"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "WallPreview_roomPhotoId_createdAt_idx" ON "WallPreview"("roomPhotoId", "createdAt");

-- CreateIndex
CREATE INDEX "WallPreview_userId_createdAt_idx" ON "WallPreview"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "WallPreview_artworkId_idx" ON "WallPreview"("artworkId");

-- AddForeignKey
ALTER TABLE "RoomPhoto" ADD CONSTRAINT "RoomPhoto_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WallPreview" ADD CONSTRAINT "WallPreview_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WallPreview" ADD CONSTRAINT "WallPreview_roomPhotoId_fkey" FOREIGN KEY ("roomPhotoId") REFERENCES "RoomPhoto"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WallPreview" ADD CONSTRAINT "WallPreview_artworkId_fkey" FOREIGN KEY ("artworkId") REFERENCES "Artwork"("id") ON DELETE CASCADE ON UPDATE CASCADE;
