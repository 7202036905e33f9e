import type { Db } from "@atelier/db";
import type { z } from "zod";
import { variantKey } from "../artwork/thumbnail.ts";
import { AppError } from "../errors.ts";
import { afterIdCursor, idCursorPage } from "../pagination.ts";
import type { enquiryIdSchema, listEnquiriesSchema } from "../schemas/enquiries.ts";

export type EnquirySide = "collector" | "artist";

const artworkSelect = {
  title: true,
  slug: true,
  status: true,
  artist: { select: { displayName: true } },
  images: { select: { variants: true, originalKey: true, altText: true }, orderBy: { position: "asc" as const }, take: 1 },
} as const;

type ArtworkRow = {
  title: string;
  slug: string;
  status: string;
  artist: { displayName: string };
  images: { variants: unknown; originalKey: string; altText: string }[];
};

function artworkOf(a: ArtworkRow) {
  const image = a.images[0];
  return {
    title: a.title,
    slug: a.slug,
    /** whether its public page still exists (a work unpublished later keeps its thread) */
    isPublic: a.status === "PUBLISHED" || a.status === "SOLD",
    artistName: a.artist.displayName,
    thumbnailKey: image ? variantKey(image.variants, 320, image.originalKey) : null,
    thumbnailAlt: image?.altText || a.title,
  };
}

const sideWhere = (side: EnquirySide, userId: string) => (side === "artist" ? { artistUserId: userId } : { collectorId: userId });
const unread = (side: EnquirySide, e: { lastMessageAt: Date; collectorReadAt: Date | null; artistReadAt: Date | null }) => {
  const readAt = side === "artist" ? e.artistReadAt : e.collectorReadAt;
  return !readAt || readAt < e.lastMessageAt;
};

/** One side's threads, latest message first: the collector's questions (account) or the questions about an artist's works (studio). */
export async function listEnquiries(db: Db, userId: string, side: EnquirySide, input: z.output<typeof listEnquiriesSchema>) {
  const where = sideWhere(side, userId);
  const page = await afterIdCursor(input.cursor, (id) => db.enquiry.findFirst({ where: { id, ...where }, select: { id: true } }));
  const rows = await db.enquiry.findMany({
    where,
    orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...page,
    select: {
      id: true,
      lastMessageAt: true,
      collectorReadAt: true,
      artistReadAt: true,
      collector: { select: { name: true } },
      artwork: { select: artworkSelect },
      messages: { select: { body: true, authorId: true }, orderBy: { createdAt: "desc" }, take: 1 },
      _count: { select: { messages: true } },
    },
  });
  const { items, nextCursor } = idCursorPage(rows, input.limit);
  return {
    items: items.map((e) => ({
      id: e.id,
      artwork: artworkOf(e.artwork),
      /** the other party's name */
      withName: side === "artist" ? e.collector.name || "A collector" : e.artwork.artist.displayName,
      lastMessageAt: e.lastMessageAt,
      lastMessage: e.messages[0] ? { excerpt: e.messages[0].body.slice(0, 160), fromMe: e.messages[0].authorId === userId } : null,
      messageCount: e._count.messages,
      unread: unread(side, e),
    })),
    nextCursor,
    unreadCount: await unreadEnquiryCount(db, userId, side),
  };
}

/** A thread with its messages, for either of its two parties; anyone else (admins included): not found. */
export async function getEnquiry(db: Db, userId: string, input: z.output<typeof enquiryIdSchema>) {
  const e = await db.enquiry.findFirst({
    where: { id: input.enquiryId, OR: [{ collectorId: userId }, { artistUserId: userId }] },
    select: {
      id: true,
      collectorId: true,
      artistUserId: true,
      createdAt: true,
      lastMessageAt: true,
      collectorReadAt: true,
      artistReadAt: true,
      collector: { select: { name: true } },
      artwork: { select: artworkSelect },
      messages: { select: { id: true, body: true, authorId: true, createdAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!e) throw new AppError("NOT_FOUND", "We couldn't find that conversation.");
  const side: EnquirySide = e.artistUserId === userId ? "artist" : "collector";
  const collectorName = e.collector.name || "A collector";
  return {
    id: e.id,
    side,
    artwork: artworkOf(e.artwork),
    collectorName,
    artistName: e.artwork.artist.displayName,
    createdAt: e.createdAt,
    unread: unread(side, e),
    messages: e.messages.map((m) => ({
      id: m.id,
      body: m.body,
      createdAt: m.createdAt,
      fromMe: m.authorId === userId,
      authorName: m.authorId === e.artistUserId ? e.artwork.artist.displayName : collectorName,
      byArtist: m.authorId === e.artistUserId,
    })),
  };
}

/** The caller opened the thread: their read mark moves to now (only theirs; not found for anyone else). */
export async function markEnquiryRead(deps: { db: Db; now: () => Date }, userId: string, input: z.output<typeof enquiryIdSchema>) {
  const now = deps.now();
  const [asArtist, asCollector] = await deps.db.$transaction([
    deps.db.enquiry.updateMany({ where: { id: input.enquiryId, artistUserId: userId }, data: { artistReadAt: now } }),
    deps.db.enquiry.updateMany({ where: { id: input.enquiryId, collectorId: userId }, data: { collectorReadAt: now } }),
  ]);
  if (asArtist.count + asCollector.count === 0) throw new AppError("NOT_FOUND", "We couldn't find that conversation.");
  return { enquiryId: input.enquiryId, readAt: now };
}

/** How many of the user's threads (on one side) have a message they have not read yet: for the studio and account links. */
export async function unreadEnquiryCount(db: Db, userId: string, side: EnquirySide): Promise<number> {
  const rows =
    side === "artist"
      ? await db.$queryRaw<{ n: bigint }[]>`
          SELECT count(*)::bigint AS n FROM "Enquiry" WHERE "artistUserId" = ${userId} AND ("artistReadAt" IS NULL OR "artistReadAt" < "lastMessageAt")`
      : await db.$queryRaw<{ n: bigint }[]>`
          SELECT count(*)::bigint AS n FROM "Enquiry" WHERE "collectorId" = ${userId} AND ("collectorReadAt" IS NULL OR "collectorReadAt" < "lastMessageAt")`;
  return Number(rows[0]?.n ?? 0);
}
