-- CreateTable
CREATE TABLE "OperationalError" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OperationalError_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OperationalError_lastSeenAt_idx" ON "OperationalError"("lastSeenAt");

-- CreateIndex
CREATE UNIQUE INDEX "OperationalError_source_fingerprint_key" ON "OperationalError"("source", "fingerprint");
