-- CreateEnum
CREATE TYPE "CertificateTransferKind" AS ENUM ('ISSUED', 'SALE', 'PRIVATE', 'RETURNED');

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "serial" TEXT NOT NULL,
    "artworkId" TEXT NOT NULL,
    "editionNumber" INTEGER NOT NULL,
    "editionSize" INTEGER,
    "orderItemId" TEXT NOT NULL,
    "ownerUserId" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "ownedSince" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "payload" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "ownerNamePublic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificateTransfer" (
    "id" TEXT NOT NULL,
    "certificateId" TEXT NOT NULL,
    "kind" "CertificateTransferKind" NOT NULL,
    "version" INTEGER NOT NULL,
    "fromUserId" TEXT,
    "toUserId" TEXT NOT NULL,
    "orderItemId" TEXT,
    "unitIndex" INTEGER,
    "payload" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CertificateTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_serial_key" ON "Certificate"("serial");

-- CreateIndex
CREATE INDEX "Certificate_ownerUserId_issuedAt_idx" ON "Certificate"("ownerUserId", "issuedAt" DESC);

-- CreateIndex
CREATE INDEX "Certificate_orderItemId_idx" ON "Certificate"("orderItemId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_artworkId_editionNumber_key" ON "Certificate"("artworkId", "editionNumber");

-- CreateIndex
CREATE INDEX "CertificateTransfer_toUserId_idx" ON "CertificateTransfer"("toUserId");

-- CreateIndex
CREATE UNIQUE INDEX "CertificateTransfer_certificateId_version_key" ON "CertificateTransfer"("certificateId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "CertificateTransfer_orderItemId_unitIndex_kind_key" ON "CertificateTransfer"("orderItemId", "unitIndex", "kind");

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_artworkId_fkey" FOREIGN KEY ("artworkId") REFERENCES "Artwork"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_orderItemId_fkey" FOREIGN KEY ("orderItemId") REFERENCES "OrderItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateTransfer" ADD CONSTRAINT "CertificateTransfer_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateTransfer" ADD CONSTRAINT "CertificateTransfer_fromUserId_fkey" FOREIGN KEY ("fromUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateTransfer" ADD CONSTRAINT "CertificateTransfer_toUserId_fkey" FOREIGN KEY ("toUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateTransfer" ADD CONSTRAINT "CertificateTransfer_orderItemId_fkey" FOREIGN KEY ("orderItemId") REFERENCES "OrderItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
