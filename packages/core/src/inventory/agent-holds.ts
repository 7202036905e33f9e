import type { Db } from "@atelier/db";
import type { EventSender } from "@atelier/events";
import { AppError } from "../errors.ts";
import { reserveUnits } from "./reserve.ts";
import type { Tx } from "./tx.ts";

/** How long an agent's hold lasts: long enough for its human to look, short enough not to shut others out. */
export const AGENT_HOLD_MINUTES = 15;
/** Works one person's agents may hold at once. */
export const MAX_ACTIVE_AGENT_HOLDS = 3;
/** After holding a work, the same person cannot hold it again for this long (no rolling holds that never let go). */
export const AGENT_REHOLD_COOLDOWN_MINUTES = 60;

export interface AgentHoldDeps {
  db: Db;
  events: EventSender;
  now: () => Date;
}

export interface AgentHoldView {
  holdId: string;
  artworkId: string;
  expiresAt: Date;
  /** the caller already held this work: the same hold is answered, not extended */
  alreadyHeld: boolean;
}

/**
 * Holds one unit of a work for `userId` (asked by their agent with `tokenId`) under the same rule as a
 * checkout (reserveUnits: a conditional UPDATE of Artwork.unitsHeld), so two agents asking for the same
 * original get one hold between them. The holder's own checkout converts it (convertOwnAgentHolds);
 * otherwise release-agent-hold gives it back at expiry, once.
 */
export async function holdArtwork(deps: AgentHoldDeps, userId: string, tokenId: string | null, artworkId: string): Promise<AgentHoldView> {
  const { db } = deps;
  const now = deps.now();
  await releaseExpiredAgentHolds(db, now);
  const art = await db.artwork.findFirst({
    where: { id: artworkId, status: { in: ["PUBLISHED", "SOLD"] } },
    select: { id: true, title: true, artist: { select: { userId: true } } },
  });
  if (!art) throw AppError.field("NOT_FOUND", "artworkId", "We couldn't find that artwork.");
  if (art.artist.userId === userId) throw AppError.field("BAD_REQUEST", "artworkId", "This is your own work: it can't be held for you.");

  const hold = await db.$transaction(async (tx) => {
    // one decision per person at a time, so parallel calls cannot slip past the limits together
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`agent-hold:${userId}`}, 0))`;
    const mine = await tx.agentHold.findFirst({ where: { userId, artworkId, status: "HELD" }, select: { id: true, expiresAt: true } });
    if (mine) return { holdId: mine.id, artworkId, expiresAt: mine.expiresAt, alreadyHeld: true };
    const since = new Date(now.getTime() - AGENT_REHOLD_COOLDOWN_MINUTES * 60_000);
    const recent = await tx.agentHold.findFirst({
      where: { userId, artworkId, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    if (recent) {
      const again = new Date(recent.createdAt.getTime() + AGENT_REHOLD_COOLDOWN_MINUTES * 60_000);
      throw AppError.field(
        "CONFLICT",
        "artworkId",
        `${art.title} was held for you at ${recent.createdAt.toISOString()}; it can be held again from ${again.toISOString()}. Add it to the cart and check out to keep it.`,
      );
    }
    const active = await tx.agentHold.count({ where: { userId, status: "HELD" } });
    if (active >= MAX_ACTIVE_AGENT_HOLDS) {
      throw AppError.field("CONFLICT", "artworkId", `You already hold ${active} works, the most at once. Check one out or let a hold expire first.`);
    }
    const refused = await reserveUnits(tx, [{ artworkId, quantity: 1 }]);
    if (refused.length)
      throw AppError.field("CONFLICT", "artworkId", `${art.title} is not available to hold: it is sold, reserved by someone else, or not for sale.`);
    const expiresAt = new Date(now.getTime() + AGENT_HOLD_MINUTES * 60_000);
    const row = await tx.agentHold.create({ data: { userId, tokenId, artworkId, quantity: 1, expiresAt }, select: { id: true } });
    return { holdId: row.id, artworkId, expiresAt, alreadyHeld: false };
  });
  if (!hold.alreadyHeld) {
    await deps.events.send({
      name: "atelier/agent-hold.placed",
      data: { holdId: hold.holdId, expiresAt: hold.expiresAt.toISOString() },
      id: `agent-hold:${hold.holdId}`,
    });
  }
  return hold;
}

/** Ends one hold (HELD → `to`) and gives its units back, inside the caller's transaction; only the call that moved it gives them back. */
async function endHold(tx: Tx, hold: { id: string; artworkId: string; quantity: number }, to: "RELEASED" | "CONVERTED", now: Date): Promise<boolean> {
  const moved = await tx.agentHold.updateMany({ where: { id: hold.id, status: "HELD" }, data: { status: to, endedAt: now } });
  if (moved.count !== 1) return false;
  await tx.$executeRaw`UPDATE "Artwork" SET "unitsHeld" = "unitsHeld" - ${hold.quantity}, "updatedAt" = now() WHERE id = ${hold.artworkId}`;
  return true;
}

/** The job's release at expiry: nothing when the hold was already converted or released. */
export async function releaseAgentHold(db: Db, holdId: string, now: Date): Promise<{ released: boolean }> {
  return db.$transaction(async (tx) => {
    const hold = await tx.agentHold.findUnique({ where: { id: holdId }, select: { id: true, artworkId: true, quantity: true, status: true, expiresAt: true } });
    if (!hold || hold.status !== "HELD" || hold.expiresAt > now) return { released: false };
    return { released: await endHold(tx, hold, "RELEASED", now) };
  });
}

/** The backstop for a late job: every hold past its expiry is released (once each) before a new hold or checkout is decided. */
export async function releaseExpiredAgentHolds(db: Db, now: Date, artworkIds?: string[]): Promise<number> {
  const due = await db.agentHold.findMany({
    where: { status: "HELD", expiresAt: { lte: now }, ...(artworkIds ? { artworkId: { in: artworkIds } } : {}) },
    select: { id: true },
    take: 100,
  });
  let released = 0;
  for (const d of due) if ((await releaseAgentHold(db, d.id, now)).released) released++;
  return released;
}

/**
 * The holder checks out: their holds on these works end as CONVERTED and give back their units inside the
 * checkout's transaction, just before the checkout reserves the same units again. A rolled-back checkout
 * rolls the conversion back with it, so the hold is never lost to a refused checkout.
 */
export async function convertOwnAgentHolds(tx: Tx, userId: string, artworkIds: string[], now: Date): Promise<number> {
  if (artworkIds.length === 0) return 0;
  const holds = await tx.agentHold.findMany({
    where: { userId, artworkId: { in: artworkIds }, status: "HELD" },
    select: { id: true, artworkId: true, quantity: true },
    orderBy: { artworkId: "asc" },
  });
  let converted = 0;
  for (const h of holds) if (await endHold(tx, h, "CONVERTED", now)) converted++;
  return converted;
}

/** The person's holds still in force, soonest to expire first. */
export function listAgentHolds(db: Db, userId: string) {
  return db.agentHold.findMany({
    where: { userId, status: "HELD" },
    orderBy: { expiresAt: "asc" },
    select: { id: true, artworkId: true, expiresAt: true, artwork: { select: { slug: true, title: true } } },
  });
}
