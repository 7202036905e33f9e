import type { z } from "zod";
import { AppError } from "../errors.ts";
import { enforceRateLimit } from "../rate-limit/index.ts";
import type { askArtistSchema, replyToEnquirySchema } from "../schemas/enquiries.ts";
import { enquiryRateLimits, type EnquiryDeps } from "./deps.ts";
import { postMessage, threadPartiesSelect, toThreadParties } from "./post.ts";

/** Works anyone can see (and so ask about): the public catalogue, sold work included. */
const PUBLIC_STATUSES = ["PUBLISHED", "SOLD"] as const;

/**
 * A signed-in collector asks the artist about a public artwork. The first question starts the thread of this
 * collector and work; a later one joins it (one conversation per work, never a pile of threads). The artist is
 * mailed. Limits: RATE_LIMIT_ENQUIRIES_PER_HOUR new threads and RATE_LIMIT_ENQUIRY_MESSAGES_PER_HOUR messages.
 */
export async function askArtist(deps: EnquiryDeps, collectorId: string, input: z.output<typeof askArtistSchema>) {
  const { db } = deps;
  const artwork = await db.artwork.findFirst({
    where: { id: input.artworkId, status: { in: [...PUBLIC_STATUSES] } },
    select: { id: true, artist: { select: { userId: true } } },
  });
  if (!artwork) throw new AppError("NOT_FOUND", "We couldn't find that artwork.");
  if (artwork.artist.userId === collectorId)
    throw AppError.field("BAD_REQUEST", "body", "This is your own work: collectors' questions about it appear in your studio.");

  const existing = await db.enquiry.findUnique({ where: { artworkId_collectorId: { artworkId: artwork.id, collectorId } }, select: { id: true } });
  const limits = enquiryRateLimits(deps.settings);
  if (!existing) await enforceRateLimit(db, limits.newThreads, collectorId, deps.now());
  await enforceRateLimit(db, limits.messages, collectorId, deps.now());

  const result = await db.$transaction(async (tx) => {
    const thread = await tx.enquiry.upsert({
      where: { artworkId_collectorId: { artworkId: artwork.id, collectorId } },
      create: { artworkId: artwork.id, collectorId, artistUserId: artwork.artist.userId, lastMessageAt: deps.now() },
      update: {},
      select: threadPartiesSelect,
    });
    const posted = await postMessage(deps, tx, toThreadParties(thread), collectorId, input.body);
    return { enquiryId: thread.id, messageId: posted.message.id, afterCommit: posted.afterCommit };
  });
  await result.afterCommit();
  return { enquiryId: result.enquiryId, messageId: result.messageId, started: !existing };
}

/** Either party writes into their thread (anyone else: not found, so ids can't be probed). The other party is mailed. */
export async function replyToEnquiry(deps: EnquiryDeps, callerId: string, input: z.output<typeof replyToEnquirySchema>) {
  const { db } = deps;
  const row = await db.enquiry.findFirst({
    where: { id: input.enquiryId, OR: [{ collectorId: callerId }, { artistUserId: callerId }] },
    select: threadPartiesSelect,
  });
  if (!row) throw new AppError("NOT_FOUND", "We couldn't find that conversation.");
  await enforceRateLimit(db, enquiryRateLimits(deps.settings).messages, callerId, deps.now());
  const result = await db.$transaction(async (tx) => {
    const posted = await postMessage(deps, tx, toThreadParties(row), callerId, input.body);
    return { messageId: posted.message.id, afterCommit: posted.afterCommit };
  });
  await result.afterCommit();
  return { enquiryId: row.id, messageId: result.messageId };
}
