-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('DRAFT', 'OPEN', 'PAID', 'VOID', 'UNCOLLECTIBLE');

-- CreateEnum
CREATE TYPE "InvoiceSource" AS ENUM ('LIVE_SHOW', 'PRIVATE');

-- CreateEnum
CREATE TYPE "InvoicePart" AS ENUM ('FULL', 'DEPOSIT', 'BALANCE');

-- AlterTable
ALTER TABLE "LedgerEntry" ADD COLUMN     "invoiceId" TEXT;

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "sellerId" TEXT NOT NULL,
    "buyerName" TEXT NOT NULL,
    "buyerEmail" TEXT,
    "buyerHandle" TEXT,
    "buyerId" TEXT,
    "currency" CHAR(3) NOT NULL,
    "totalAmount" INTEGER NOT NULL,
    "commissionBps" INTEGER NOT NULL,
    "commissionAmount" INTEGER NOT NULL,
    "artistAmount" INTEGER NOT NULL,
    "stripeFeeAmount" INTEGER,
    "status" "InvoiceStatus" NOT NULL DEFAULT 'DRAFT',
    "source" "InvoiceSource" NOT NULL,
    "part" "InvoicePart" NOT NULL DEFAULT 'FULL',
    "depositId" TEXT,
    "showId" TEXT,
    "memo" TEXT NOT NULL DEFAULT '',
    "dueAt" TIMESTAMP(3) NOT NULL,
    "graceDays" INTEGER NOT NULL DEFAULT 7,
    "stripeCustomerId" TEXT,
    "stripeInvoiceId" TEXT,
    "stripeNumber" TEXT,
    "hostedUrl" TEXT,
    "stripePaymentIntent" TEXT,
    "stripeChargeId" TEXT,
    "stripeTransferId" TEXT,
    "finalizedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "sendCount" INTEGER NOT NULL DEFAULT 0,
    "paidAt" TIMESTAMP(3),
    "voidedAt" TIMESTAMP(3),
    "voidReason" TEXT,
    "reminderBeforeAt" TIMESTAMP(3),
    "reminderAfterAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceLine" (
    "id" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "unitAmount" INTEGER NOT NULL,
    "amount" INTEGER NOT NULL,
    "artworkId" TEXT,
    "claimId" TEXT,
    "holdsUnit" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvoiceLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_reference_key" ON "Invoice"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_depositId_key" ON "Invoice"("depositId");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_stripeInvoiceId_key" ON "Invoice"("stripeInvoiceId");

-- CreateIndex
CREATE INDEX "Invoice_sellerId_createdAt_idx" ON "Invoice"("sellerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Invoice_sellerId_updatedAt_idx" ON "Invoice"("sellerId", "updatedAt");

-- CreateIndex
CREATE INDEX "Invoice_showId_idx" ON "Invoice"("showId");

-- CreateIndex
CREATE INDEX "Invoice_status_dueAt_idx" ON "Invoice"("status", "dueAt");

-- CreateIndex
CREATE INDEX "InvoiceLine_invoiceId_idx" ON "InvoiceLine"("invoiceId");

-- CreateIndex
CREATE INDEX "InvoiceLine_artworkId_idx" ON "InvoiceLine"("artworkId");

-- CreateIndex
CREATE INDEX "InvoiceLine_claimId_idx" ON "InvoiceLine"("claimId");

-- CreateIndex
CREATE INDEX "LedgerEntry_invoiceId_idx" ON "LedgerEntry"("invoiceId");

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_depositId_fkey" FOREIGN KEY ("depositId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_artworkId_fkey" FOREIGN KEY ("artworkId") REFERENCES "Artwork"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- hand-written: the split of an invoice always adds up, and amounts are never negative
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_split_adds_up" CHECK ("totalAmount" = "commissionAmount" + "artistAmount");
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_amounts_positive" CHECK ("totalAmount" > 0 AND "commissionAmount" >= 0 AND "artistAmount" >= 0);
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_amount_adds_up" CHECK ("amount" = "quantity" * "unitAmount" AND "quantity" >= 1 AND "unitAmount" >= 0);
