import { AppError } from "../errors.ts";
import type { Tx } from "../inventory/tx.ts";
import { claimSelect } from "./claim.ts";
import type { LiveShowDeps } from "./deps.ts";

/** What moving a holder's unit on did: who now holds it (null: nobody queued, so the unit went back on sale). */
export interface HoldMove {
  moved: boolean;
  claim: { id: string; status: string } | null;
  nextHolder: { id: string; buyerHandle: string; position: number } | null;
  unitReleased: boolean;
}

/**
 * The holder passes: their claim becomes PASSED and the unit moves to the first claim in line, which becomes
 * HOLDING; the artwork's unit stays held throughout, so no online buyer can slip in between. With nobody in line
 * the unit is given back (item and artwork). Passing a claim that no longer holds changes nothing.
 */
export async function passClaim(deps: LiveShowDeps, claimId: string): Promise<HoldMove> {
  const move = await deps.db.$transaction((tx) => releaseClaimToNext(tx, claimId, { as: "PASSED" }));
  if (!move.claim) throw new AppError("NOT_FOUND", "We couldn't find that claim.");
  if (!move.moved) throw AppError.field("CONFLICT", "claimId", "This claim no longer holds the item (it was passed or released already).");
  return move;
}

/**
 * Moves the unit of a HOLDING or INVOICED claim to the next in line, inside the caller's transaction (an invoice
 * voided → the next claimer holds the work). The claim becomes RELEASED (or `as`). Conditional on the claim's
 * status and ordered by the item's row lock, so a repeated void or two passes at once move the unit once.
 */
export async function releaseClaimToNext(tx: Tx, claimId: string, opts: { as?: "PASSED" | "RELEASED" } = {}): Promise<HoldMove> {
  const found = await tx.liveClaim.findUnique({ where: { id: claimId }, select: { id: true, itemId: true, status: true } });
  if (!found) return { moved: false, claim: null, nextHolder: null, unitReleased: false };
  const [item] = await tx.$queryRaw<{ id: string; artworkId: string | null }[]>`
    SELECT id, "artworkId" FROM "LiveShowItem" WHERE id = ${found.itemId} FOR UPDATE`;
  const gaveUp = await tx.liveClaim.updateMany({
    where: { id: claimId, status: { in: ["HOLDING", "INVOICED"] } },
    data: { status: opts.as ?? "RELEASED" },
  });
  const claim = await tx.liveClaim.findUniqueOrThrow({ where: { id: claimId }, select: { id: true, status: true } });
  if (gaveUp.count !== 1 || !item) return { moved: false, claim, nextHolder: null, unitReleased: false };

  const next = await tx.liveClaim.findFirst({
    where: { itemId: item.id, status: "QUEUED" },
    orderBy: { position: "asc" },
    select: { id: true, buyerHandle: true, position: true },
  });
  if (next) {
    await tx.liveClaim.update({ where: { id: next.id }, data: { status: "HOLDING" }, select: claimSelect });
    return { moved: true, claim, nextHolder: next, unitReleased: false };
  }
  await tx.$executeRaw`UPDATE "LiveShowItem" SET "unitsHeld" = "unitsHeld" - 1, "updatedAt" = now() WHERE id = ${item.id}`;
  if (item.artworkId) await tx.$executeRaw`UPDATE "Artwork" SET "unitsHeld" = "unitsHeld" - 1, "updatedAt" = now() WHERE id = ${item.artworkId}`;
  return { moved: true, claim, nextHolder: null, unitReleased: true };
}
