import type { Tx } from "./tx.ts";

export interface UnitRequest {
  artworkId: string;
  quantity: number;
}

/**
 * Holds `quantity` units of each artwork for an open checkout, inside the caller's transaction. One
 * conditional UPDATE per artwork decides under the row lock: the work must be published and sold + held
 * + quantity must fit its stock (1 for an original, editionSize for an edition). Artworks are taken in id
 * order so two checkouts sharing works never deadlock. Returns the ids that could not be held; the caller
 * rolls the whole transaction back when there is any (all or nothing). CHECK Artwork_never_oversold is the backstop.
 */
export async function reserveUnits(tx: Tx, requests: UnitRequest[]): Promise<string[]> {
  const refused: string[] = [];
  for (const r of [...requests].sort((a, b) => (a.artworkId < b.artworkId ? -1 : 1))) {
    if (!Number.isSafeInteger(r.quantity) || r.quantity < 1) throw new RangeError(`quantity must be a whole number ≥ 1 (got ${r.quantity})`);
    const held = await tx.$executeRaw`
      UPDATE "Artwork" SET "unitsHeld" = "unitsHeld" + ${r.quantity}, "updatedAt" = now()
      WHERE id = ${r.artworkId} AND status = 'PUBLISHED'
        AND "editionsSold" + "unitsHeld" + ${r.quantity} <= CASE WHEN kind = 'ORIGINAL' THEN 1 ELSE COALESCE("editionSize", 0) END`;
    if (held !== 1) refused.push(r.artworkId);
  }
  return refused;
}
