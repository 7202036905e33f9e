import type { Db } from "@atelier/db";
import { eventsWithTransaction, type EventSender } from "@atelier/events";
import { artworkChangedEvent, artworkPublishedEvent, emailEvent } from "@atelier/events";
import { AppError } from "../errors.ts";
import type { ArtworkEvent } from "../artwork/status-machine.ts";
import { variantKey } from "../artwork/thumbnail.ts";
import { applyTransition } from "../artwork/transition.ts";
import { afterIdCursor, idCursorPage } from "../pagination.ts";

/** IN_REVIEW artworks, oldest submission first, keyset-paged by id. */
export async function reviewQueue(db: Db, { cursor, limit }: { cursor?: string; limit: number }) {
  const rows = await db.artwork.findMany({
    where: { status: "IN_REVIEW" },
    orderBy: [{ submittedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    take: limit + 1,
    ...(await afterIdCursor(cursor, (id) => db.artwork.findUnique({ where: { id }, select: { id: true } }))),
    select: {
      id: true,
      title: true,
      medium: true,
      priceAmount: true,
      currency: true,
      kind: true,
      submittedAt: true,
      publishedAt: true,
      artist: { select: { displayName: true, slug: true } },
      images: { orderBy: { position: "asc" }, take: 1, select: { variants: true, originalKey: true, dominantColor: true } },
      _count: { select: { images: true } },
    },
  });
  const { items: page, nextCursor } = idCursorPage(rows, limit);
  const total = await db.artwork.count({ where: { status: "IN_REVIEW" } });
  return {
    total,
    items: page.map(({ images, _count, ...a }) => ({
      ...a,
      imageCount: _count.images,
      // an artwork that was published before and came back after an edit
      resubmission: a.publishedAt !== null,
      thumbnailKey: images[0] ? variantKey(images[0].variants, 320, images[0].originalKey) : null,
      dominantColor: images[0]?.dominantColor ?? null,
    })),
    nextCursor,
  };
}

/** A full preview of any artwork for moderation: details, all images, the artist. */
export async function reviewArtwork(db: Db, id: string) {
  const a = await db.artwork.findUnique({
    where: { id },
    include: {
      artist: { select: { id: true, slug: true, displayName: true, bio: true, location: true, website: true, user: { select: { email: true } } } },
      images: {
        orderBy: { position: "asc" },
        select: { id: true, altText: true, variants: true, originalKey: true, width: true, height: true, dominantColor: true },
      },
    },
  });
  if (!a) throw new AppError("NOT_FOUND", "Artwork not found");
  return {
    ...a,
    images: a.images.map((i) => ({ ...i, largeKey: variantKey(i.variants, 1280, i.originalKey), thumbKey: variantKey(i.variants, 320, i.originalKey) })),
  };
}

type Decision = { event: Extract<ArtworkEvent, "approve" | "requestChanges" | "reject">; note?: string };

export interface ModerationDeps {
  db: Db;
  events: EventSender;
  /** public origin for links in the artist's mail */
  appUrl: string;
}

const DECISION_MAIL = { approve: "approved", requestChanges: "changes_requested", reject: "rejected" } as const;

/**
 * Applies a moderation decision to an IN_REVIEW artwork and audits it, in one transaction. The
 * artist's mail is queued in the same transaction (in-process jobs) or sent right after commit (Inngest).
 */
async function decide({ db, events, appUrl }: ModerationDeps, actorId: string, id: string, { event, note }: Decision) {
  const result = await db.$transaction(async (tx) => {
    const artwork = await tx.artwork.findUnique({
      where: { id },
      select: {
        id: true,
        status: true,
        publishedAt: true,
        title: true,
        slug: true,
        artist: { select: { displayName: true, user: { select: { email: true } } } },
      },
    });
    if (!artwork) throw new AppError("NOT_FOUND", "Artwork not found");
    if (artwork.status !== "IN_REVIEW") {
      throw new AppError("PRECONDITION_FAILED", `Only artworks in review can be moderated; this one is ${artwork.status.toLowerCase().replace("_", " ")}.`);
    }
    const now = new Date();
    const data =
      event === "approve"
        ? { reviewedAt: now, publishedAt: artwork.publishedAt ?? now, reviewNote: null, rejectionReason: null }
        : event === "requestChanges"
          ? { reviewedAt: now, reviewNote: note ?? null, rejectionReason: null }
          : { reviewedAt: now, rejectionReason: note ?? null, reviewNote: null };
    const status = await applyTransition(tx, artwork, event, data);
    const action = { approve: "artwork.approve", requestChanges: "artwork.request_changes", reject: "artwork.reject" }[event];
    await tx.auditLog.create({
      data: {
        actorId,
        action,
        targetType: "Artwork",
        targetId: id,
        data: { title: artwork.title, from: artwork.status, to: status, ...(note ? { note } : {}) },
      },
    });
    const mail = emailEvent(
      {
        template: "artwork-reviewed",
        to: artwork.artist.user.email,
        props: {
          displayName: artwork.artist.displayName,
          title: artwork.title,
          decision: DECISION_MAIL[event],
          note,
          url: event === "approve" ? `${appUrl}/artworks/${artwork.slug}` : `${appUrl}/studio/artworks/${id}`,
        },
      },
      `artwork-reviewed:${id}:${now.getTime()}`,
    );
    // approval publishes it: its search embedding is made in the background, and saved searches waiting for it are matched
    const queued = event === "approve" ? [mail, artworkChangedEvent(id, now), artworkPublishedEvent(id, now)] : mail;
    return { id, status, afterCommit: await eventsWithTransaction(events, tx, queued) };
  });
  await result.afterCommit();
  return { id: result.id, status: result.status };
}

export const approveArtwork = (deps: ModerationDeps, actorId: string, id: string) => decide(deps, actorId, id, { event: "approve" });
export const requestArtworkChanges = (deps: ModerationDeps, actorId: string, id: string, message: string) =>
  decide(deps, actorId, id, { event: "requestChanges", note: message });
export const rejectArtwork = (deps: ModerationDeps, actorId: string, id: string, reason: string) =>
  decide(deps, actorId, id, { event: "reject", note: reason });
