import type { z } from "zod";
import { AppError } from "../errors.ts";
import { reserveUnits } from "../inventory/reserve.ts";
import type { Tx } from "../inventory/tx.ts";
import { recordClaimSchema, type RecordClaimInput } from "../schemas/live-shows.ts";
import type { LiveShowDeps } from "./deps.ts";
import { SHOW_NOT_FOUND } from "./owned.ts";

/** holding: the buyer holds a unit; queued: in line behind the holders; existing: the buyer already claimed it. */
export type ClaimOutcome = "holding" | "queued" | "existing";

export const claimSelect = {
  id: true,
  itemId: true,
  buyerHandle: true,
  buyerEmail: true,
  status: true,
  position: true,
  createdAt: true,
} as const;

interface LockedItem {
  id: string;
  title: string;
  number: number;
  artworkId: string | null;
  quantity: number;
  unitsHeld: number;
}

/**
 * Records a viewer's claim on a live show's item, in one transaction. The item's row lock orders the claims on
 * it: while the item has a free unit the claim HOLDS it (a conditional update of the item's unitsHeld and, for an
 * artwork, the same conditional hold of the artwork's unit as a checkout, so no online buyer takes it and no
 * two holders exist); otherwise it joins the QUEUE with the next position. The same buyer claiming the same item
 * again gets their open claim back. Bad input or a show that is not live writes nothing and names the field.
 */
export async function recordClaim(deps: LiveShowDeps, raw: RecordClaimInput | z.output<typeof recordClaimSchema>) {
  const parsed = recordClaimSchema.safeParse(raw);
  if (!parsed.success) throw parsed.error;
  const input = parsed.data;
  return deps.db.$transaction(async (tx) => {
    // One round trip locks the item (FOR UPDATE orders the claims on it) and shares the show's row (claims run side
    // by side, while endShow's update waits for them and later claims see ENDED).
    const [item] = await tx.$queryRaw<(LockedItem & { showStatus: string })[]>`
      SELECT i.id, i.title, i.number, i."artworkId", i.quantity, i."unitsHeld", s.status::text AS "showStatus"
      FROM "LiveShowItem" i JOIN "LiveShow" s ON s.id = i."showId"
      WHERE i."showId" = ${input.showId} AND i.number = ${input.itemNumber}
      FOR UPDATE OF i FOR SHARE OF s`;
    const showStatus = item?.showStatus ?? (await tx.liveShow.findUnique({ where: { id: input.showId }, select: { status: true } }))?.status;
    if (!showStatus) throw new AppError("NOT_FOUND", SHOW_NOT_FOUND);
    if (showStatus !== "LIVE")
      throw AppError.field(
        "PRECONDITION_FAILED",
        "showId",
        showStatus === "DRAFT" ? "Start the show to record claims." : "This show has ended: no more claims.",
      );
    if (!item) throw AppError.field("BAD_REQUEST", "itemNumber", `There is no item ${input.itemNumber} in this show.`);

    // a new statement, so its snapshot sees every claim committed before this transaction got the item's lock
    const [line] = await tx.$queryRaw<{ openId: string | null; position: number }[]>`
      SELECT (SELECT id FROM "LiveClaim" WHERE "itemId" = ${item.id} AND "buyerHandle" = ${input.handle} AND status IN ('HOLDING', 'QUEUED') LIMIT 1) AS "openId",
        (SELECT COALESCE(MAX(position), 0) + 1 FROM "LiveClaim" WHERE "itemId" = ${item.id})::int AS position`;
    if (line?.openId) {
      // an email given now completes a claim recorded without one
      if (input.email) await tx.liveClaim.updateMany({ where: { id: line.openId, buyerEmail: null }, data: { buyerEmail: input.email } });
      const claim = await tx.liveClaim.findUniqueOrThrow({ where: { id: line.openId }, select: claimSelect });
      return { outcome: "existing" as ClaimOutcome, claim, item: { number: item.number, title: item.title } };
    }

    const position = line!.position;
    const holds = await holdUnit(tx, item);
    const claim = await tx.liveClaim.create({
      data: {
        showId: input.showId,
        itemId: item.id,
        buyerHandle: input.handle,
        buyerEmail: input.email ?? null,
        status: holds ? "HOLDING" : "QUEUED",
        position,
      },
      select: claimSelect,
    });
    return { outcome: (holds ? "holding" : "queued") as ClaimOutcome, claim, item: { number: item.number, title: item.title } };
  });
}

/**
 * Takes one free unit of a locked item for a new holder: the artwork's unit first (it may be in an online buyer's
 * checkout), then the item's. False when either has none free; then nothing was changed.
 */
async function holdUnit(tx: Tx, item: LockedItem): Promise<boolean> {
  if (item.unitsHeld >= item.quantity) return false;
  if (item.artworkId) {
    const refused = await reserveUnits(tx, [{ artworkId: item.artworkId, quantity: 1 }]);
    if (refused.length > 0) return false;
  }
  const held = await tx.$executeRaw`
    UPDATE "LiveShowItem" SET "unitsHeld" = "unitsHeld" + 1, "updatedAt" = now()
    WHERE id = ${item.id} AND "unitsHeld" < quantity`;
  if (held !== 1) throw new Error(`live show item ${item.id} changed under its row lock`);
  return true;
}
