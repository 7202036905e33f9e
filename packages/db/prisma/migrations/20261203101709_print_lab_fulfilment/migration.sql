-- CreateEnum
CREATE TYPE "FulfilmentStatus" AS ENUM ('PENDING', 'CREATED', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'FAILED');

-- CreateEnum
CREATE TYPE "PrintLabEventStatus" AS ENUM ('RECEIVED', 'IGNORED', 'PROCESSED', 'FAILED');

-- CreateTable
CREATE TABLE "Fulfilment" (
    "id" TEXT NOT NULL,
    "orderItemId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "providerOrderId" TEXT,
    "status" "FulfilmentStatus" NOT NULL DEFAULT 'PENDING',
    "product" JSONB NOT NULL,
    "carrier" TEXT,
    "trackingNumber" TEXT,
    "trackingUrl" TEXT,
    "failureReason" TEXT,
    "lastEventAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "inProductionAt" TIMESTAMP(3),
    "shippedAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Fulfilment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrintLabEvent" (
    "id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "externalOrderId" TEXT,
    "payload" JSONB NOT NULL,
    "change" JSONB,
    "status" "PrintLabEventStatus" NOT NULL DEFAULT 'RECEIVED',
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "enqueuedAt" TIMESTAMP(3),
    "processedAt" TIMESTAMP(3),
    "deliveries" INTEGER NOT NULL DEFAULT 1,
    "outcome" TEXT,
    "lastError" TEXT,

    CONSTRAINT "PrintLabEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Fulfilment_orderItemId_key" ON "Fulfilment"("orderItemId");

-- CreateIndex
CREATE UNIQUE INDEX "Fulfilment_externalId_key" ON "Fulfilment"("externalId");

-- CreateIndex
CREATE INDEX "Fulfilment_status_updatedAt_idx" ON "Fulfilment"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "PrintLabEvent_externalOrderId_occurredAt_idx" ON "PrintLabEvent"("externalOrderId", "occurredAt");

-- CreateIndex
CREATE INDEX "PrintLabEvent_status_receivedAt_idx" ON "PrintLabEvent"("status", "receivedAt");

-- AddForeignKey
ALTER TABLE "Fulfilment" ADD CONSTRAINT "Fulfilment_orderItemId_fkey" FOREIGN KEY ("orderItemId") REFERENCES "OrderItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
