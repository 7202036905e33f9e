import type { Db } from "@atelier/db";

export interface RollupLine {
  claimId: string;
  itemId: string;
  artworkId: string | null;
  title: string;
  unitAmount: number;
  quantity: 1;
}
export interface BuyerRollup {
  handle: string;
  email: string | null;
  lines: RollupLine[];
  /** sum of the lines, minor units of `currency` */
  total: number;
}

/**
 * What each buyer holds at a show, ready to invoice: HOLDING claims grouped by handle (the same handle is the
 * same buyer), one line per claim (one unit each), the email from the earliest of their claims that has one.
 * Deterministic: buyers by handle, lines by item number then claim position.
 */
export async function buyerRollup(db: Db, showId: string): Promise<{ showId: string; currency: string; buyers: BuyerRollup[] }> {
  const show = await db.liveShow.findUniqueOrThrow({ where: { id: showId }, select: { currency: true } });
  const claims = await db.liveClaim.findMany({
    where: { showId, status: "HOLDING" },
    select: {
      id: true,
      buyerHandle: true,
      buyerEmail: true,
      createdAt: true,
      position: true,
      item: { select: { id: true, number: true, artworkId: true, title: true, unitAmount: true } },
    },
  });
  const byBuyer = new Map<string, typeof claims>();
  for (const c of claims) byBuyer.set(c.buyerHandle, [...(byBuyer.get(c.buyerHandle) ?? []), c]);
  const buyers = [...byBuyer.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([handle, own]) => {
      const earliestWithEmail = [...own].filter((c) => c.buyerEmail).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))[0];
      const lines = [...own]
        .sort((a, b) => a.item.number - b.item.number || a.position - b.position)
        .map((c) => ({
          claimId: c.id,
          itemId: c.item.id,
          artworkId: c.item.artworkId,
          title: c.item.title,
          unitAmount: c.item.unitAmount,
          quantity: 1 as const,
        }));
      return { handle, email: earliestWithEmail?.buyerEmail ?? null, lines, total: lines.reduce((sum, l) => sum + l.unitAmount, 0) };
    });
  return { showId, currency: show.currency, buyers };
}
