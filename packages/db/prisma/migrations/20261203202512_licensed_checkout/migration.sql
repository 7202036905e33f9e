-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "LedgerPayee" ADD VALUE 'STORE';
ALTER TYPE "LedgerPayee" ADD VALUE 'PRINT_LAB';

-- DropIndex
DROP INDEX "CartItem_cartId_artworkId_key";

-- AlterTable
ALTER TABLE "CartItem" ADD COLUMN     "listingId" TEXT;

-- AlterTable
ALTER TABLE "OrderItem" ADD COLUMN     "discountAmount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "grossAmount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "labAmount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "licensingTerms" JSONB,
ADD COLUMN     "listingId" TEXT,
ADD COLUMN     "listingSeller" "ListingSeller",
ADD COLUMN     "productTypeCode" TEXT,
ADD COLUMN     "productionAmount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "royaltyBps" INTEGER,
ADD COLUMN     "storeAmount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "storeId" TEXT,
ADD COLUMN     "storeOwnerId" TEXT,
ADD COLUMN     "variantCode" TEXT;

-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "labAmount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "labCostBorneAmount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "storeAmount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "storeDebtAmount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "storeReversedAmount" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "CartItem_cartId_idx" ON "CartItem"("cartId");

-- CreateIndex
CREATE INDEX "CartItem_listingId_idx" ON "CartItem"("listingId");

-- CreateIndex
CREATE INDEX "OrderItem_storeOwnerId_createdAt_idx" ON "OrderItem"("storeOwnerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "OrderItem_listingId_idx" ON "OrderItem"("listingId");

-- AddForeignKey
ALTER TABLE "CartItem" ADD CONSTRAINT "CartItem_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_storeOwnerId_fkey" FOREIGN KEY ("storeOwnerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One cart line per artwork itself and one per licensed product (replaces CartItem_cartId_artworkId_key).
CREATE UNIQUE INDEX "CartItem_one_artwork_line" ON "CartItem" ("cartId", "artworkId") WHERE "listingId" IS NULL;
CREATE UNIQUE INDEX "CartItem_one_listing_line" ON "CartItem" ("cartId", "listingId") WHERE "listingId" IS NOT NULL;

-- An item's split adds up to the minor unit over four parties (artist, store, print lab, platform), and refunds
-- never exceed what was paid for it. Licensed lines (listingSeller set) name their variant; an artwork's own line
-- has no store, lab or discount part; only a store's line has a store owner.
ALTER TABLE "OrderItem" DROP CONSTRAINT "OrderItem_split_adds_up";
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_split_adds_up" CHECK (
  "quantity" >= 1 AND "unitAmount" >= 0 AND "discountAmount" >= 0 AND "shippingAmount" >= 0
  AND "subtotalAmount" = "unitAmount" * "quantity" - "discountAmount"
  AND "commissionAmount" >= 0 AND "artistAmount" >= 0 AND "storeAmount" >= 0 AND "labAmount" >= 0 AND "productionAmount" >= 0
  AND "subtotalAmount" + "shippingAmount" = "commissionAmount" + "artistAmount" + "storeAmount" + "labAmount"
  AND "refundedAmount" >= 0 AND "refundedAmount" <= "subtotalAmount" + "shippingAmount"
  AND ("listingSeller" IS NULL) = ("variantCode" IS NULL)
  AND ("listingSeller" IS NOT NULL OR ("storeAmount" = 0 AND "labAmount" = 0 AND "discountAmount" = 0 AND "productionAmount" = 0))
  AND ("listingSeller" IS NULL OR ("grossAmount" = "unitAmount" * "quantity" AND "labAmount" = "productionAmount" + "shippingAmount"))
  AND ("storeOwnerId" IS NULL OR "listingSeller"::text = 'STORE')
);

ALTER TABLE "Refund" DROP CONSTRAINT "Refund_parts_add_up";
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_parts_add_up" CHECK (
  "amount" > 0 AND "artistAmount" >= 0 AND "platformAmount" >= 0 AND "storeAmount" >= 0 AND "labAmount" >= 0
  AND "artistAmount" + "storeAmount" + "labAmount" + "platformAmount" = "amount"
  AND "labCostBorneAmount" >= 0 AND "labCostBorneAmount" <= "platformAmount"
  AND "reversedAmount" >= 0 AND "debtAmount" >= 0 AND "reversedAmount" + "debtAmount" <= "artistAmount"
  AND "storeReversedAmount" >= 0 AND "storeDebtAmount" >= 0 AND "storeReversedAmount" + "storeDebtAmount" <= "storeAmount"
);

-- The platform and the print lab are no user; artists and store owners are (text comparison: the new enum values
-- cannot be named as literals in the transaction that adds them).
ALTER TABLE "LedgerEntry" DROP CONSTRAINT "LedgerEntry_payee";
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_payee" CHECK (("payee"::text IN ('PLATFORM', 'PRINT_LAB')) = ("payeeId" IS NULL));
