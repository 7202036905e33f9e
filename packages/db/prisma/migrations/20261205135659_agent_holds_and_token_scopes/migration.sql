-- Existing API tokens get every scope (the column default fills their rows): they could do all of this before scopes existed.
-- CreateEnum
CREATE TYPE "AgentHoldStatus" AS ENUM ('HELD', 'RELEASED', 'CONVERTED');

-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "scopes" TEXT[] DEFAULT ARRAY['catalogue:read', 'cart:write', 'checkout:create', 'orders:read']::TEXT[];

-- CreateTable
CREATE TABLE "AgentHold" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenId" TEXT,
    "artworkId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "status" "AgentHoldStatus" NOT NULL DEFAULT 'HELD',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "AgentHold_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgentHold_status_expiresAt_idx" ON "AgentHold"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "AgentHold_userId_status_idx" ON "AgentHold"("userId", "status");

-- CreateIndex
CREATE INDEX "AgentHold_userId_artworkId_createdAt_idx" ON "AgentHold"("userId", "artworkId", "createdAt");

-- AddForeignKey
ALTER TABLE "AgentHold" ADD CONSTRAINT "AgentHold_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgentHold" ADD CONSTRAINT "AgentHold_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgentHold" ADD CONSTRAINT "AgentHold_artworkId_fkey" FOREIGN KEY ("artworkId") REFERENCES "Artwork"("id") ON DELETE CASCADE ON UPDATE CASCADE;
