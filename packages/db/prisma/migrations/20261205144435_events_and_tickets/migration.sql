-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('EXHIBITION', 'OPENING', 'WORKSHOP', 'STUDIO_VISIT');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED', 'ENDED');

-- CreateEnum
CREATE TYPE "TicketStatus" AS ENUM ('VALID', 'VOID');

-- CreateEnum
CREATE TYPE "WaitingListStatus" AS ENUM ('WAITING', 'OFFERED', 'TAKEN', 'LAPSED', 'LEFT');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'ORGANIZER';

-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "attachments" JSONB;

-- AlterTable
ALTER TABLE "Order" ALTER COLUMN "shipTo" DROP NOT NULL;

-- AlterTable
ALTER TABLE "OrderItem" ADD COLUMN     "attendeeNames" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "ticketTypeId" TEXT,
ALTER COLUMN "artworkId" DROP NOT NULL,
ALTER COLUMN "kind" DROP NOT NULL;

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "organizerId" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "venueName" TEXT,
    "venueAddress" TEXT,
    "city" TEXT,
    "country" CHAR(2),
    "onlineUrl" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "seatsSold" INTEGER NOT NULL DEFAULT 0,
    "seatsHeld" INTEGER NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL,
    "status" "EventStatus" NOT NULL DEFAULT 'DRAFT',
    "landing" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventArtwork" (
    "eventId" TEXT NOT NULL,
    "artworkId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "EventArtwork_pkey" PRIMARY KEY ("eventId","artworkId")
);

-- CreateTable
CREATE TABLE "TicketType" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "priceAmount" INTEGER NOT NULL,
    "quota" INTEGER NOT NULL,
    "sold" INTEGER NOT NULL DEFAULT 0,
    "held" INTEGER NOT NULL DEFAULT 0,
    "offered" INTEGER NOT NULL DEFAULT 0,
    "maxPerOrder" INTEGER NOT NULL DEFAULT 10,
    "saleStartsAt" TIMESTAMP(3),
    "saleEndsAt" TIMESTAMP(3),
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TicketType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "ticketTypeId" TEXT NOT NULL,
    "holderId" TEXT NOT NULL,
    "orderItemId" TEXT,
    "attendeeName" TEXT NOT NULL,
    "status" "TicketStatus" NOT NULL DEFAULT 'VALID',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "ticketId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "list" TEXT NOT NULL DEFAULT 'Entrance',
    "nonce" TEXT NOT NULL,
    "checkedInById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaitingListEntry" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "ticketTypeId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "WaitingListStatus" NOT NULL DEFAULT 'WAITING',
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "offerExpiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WaitingListEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Event_organizerId_startsAt_idx" ON "Event"("organizerId", "startsAt" DESC);

-- CreateIndex
CREATE INDEX "EventArtwork_artworkId_idx" ON "EventArtwork"("artworkId");

-- CreateIndex
CREATE INDEX "TicketType_eventId_position_idx" ON "TicketType"("eventId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_code_key" ON "Ticket"("code");

-- CreateIndex
CREATE INDEX "Ticket_eventId_createdAt_idx" ON "Ticket"("eventId", "createdAt");

-- CreateIndex
CREATE INDEX "Ticket_holderId_createdAt_idx" ON "Ticket"("holderId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Ticket_orderItemId_idx" ON "Ticket"("orderItemId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_nonce_key" ON "CheckIn"("nonce");

-- CreateIndex
CREATE INDEX "CheckIn_eventId_createdAt_idx" ON "CheckIn"("eventId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_ticketId_list_key" ON "CheckIn"("ticketId", "list");

-- CreateIndex
CREATE INDEX "WaitingListEntry_ticketTypeId_status_createdAt_idx" ON "WaitingListEntry"("ticketTypeId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "WaitingListEntry_status_offerExpiresAt_idx" ON "WaitingListEntry"("status", "offerExpiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "WaitingListEntry_ticketTypeId_userId_key" ON "WaitingListEntry"("ticketTypeId", "userId");

-- CreateIndex
CREATE INDEX "OrderItem_ticketTypeId_idx" ON "OrderItem"("ticketTypeId");

-- AddForeignKey
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_ticketTypeId_fkey" FOREIGN KEY ("ticketTypeId") REFERENCES "TicketType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_organizerId_fkey" FOREIGN KEY ("organizerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventArtwork" ADD CONSTRAINT "EventArtwork_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventArtwork" ADD CONSTRAINT "EventArtwork_artworkId_fkey" FOREIGN KEY ("artworkId") REFERENCES "Artwork"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketType" ADD CONSTRAINT "TicketType_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_ticketTypeId_fkey" FOREIGN KEY ("ticketTypeId") REFERENCES "TicketType"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_orderItemId_fkey" FOREIGN KEY ("orderItemId") REFERENCES "OrderItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_checkedInById_fkey" FOREIGN KEY ("checkedInById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitingListEntry" ADD CONSTRAINT "WaitingListEntry_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitingListEntry" ADD CONSTRAINT "WaitingListEntry_ticketTypeId_fkey" FOREIGN KEY ("ticketTypeId") REFERENCES "TicketType"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitingListEntry" ADD CONSTRAINT "WaitingListEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Places are taken like an artwork's units: never more sold + held (+ offered to the waiting list) than there are.
ALTER TABLE "Event" ADD CONSTRAINT "Event_seats_fit" CHECK ("capacity" >= 1 AND "seatsSold" >= 0 AND "seatsHeld" >= 0 AND "seatsSold" + "seatsHeld" <= "capacity");
ALTER TABLE "Event" ADD CONSTRAINT "Event_currency_upper" CHECK ("currency" ~ '^[A-Z]{3}$');
ALTER TABLE "Event" ADD CONSTRAINT "Event_ends_after_start" CHECK ("endsAt" > "startsAt");
ALTER TABLE "TicketType" ADD CONSTRAINT "TicketType_places_fit" CHECK (
  "quota" >= 1 AND "sold" >= 0 AND "held" >= 0 AND "offered" >= 0 AND "sold" + "held" + "offered" <= "quota"
);
ALTER TABLE "TicketType" ADD CONSTRAINT "TicketType_price_not_negative" CHECK ("priceAmount" >= 0 AND "maxPerOrder" >= 1);
-- an order line is an artwork (or a licensed product of one) or places at an event, never both
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_artwork_or_ticket" CHECK (
  ("artworkId" IS NULL) <> ("ticketTypeId" IS NULL) AND ("kind" IS NULL) = ("artworkId" IS NULL)
);
ALTER TABLE "WaitingListEntry" ADD CONSTRAINT "WaitingListEntry_quantity_positive" CHECK ("quantity" >= 1);
