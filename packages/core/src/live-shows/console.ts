import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import { unitsLeft } from "./items.ts";
import { SHOW_NOT_FOUND } from "./owned.ts";

/**
 * Everything the operator console shows: the show, its items in number order with their holders and queue
 * (by position), and how many units are still free. The page renders this; it derives nothing itself.
 */
export async function getShowConsole(db: Db, showId: string) {
  const show = await db.liveShow.findUnique({
    where: { id: showId },
    select: {
      id: true,
      title: true,
      startsAt: true,
      platform: true,
      currency: true,
      status: true,
      endedAt: true,
      items: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          title: true,
          unitAmount: true,
          quantity: true,
          unitsHeld: true,
          artworkId: true,
          claims: {
            where: { status: { in: ["HOLDING", "QUEUED", "INVOICED"] } },
            orderBy: { position: "asc" },
            select: { id: true, buyerHandle: true, buyerEmail: true, status: true, position: true },
          },
        },
      },
    },
  });
  if (!show) throw new AppError("NOT_FOUND", SHOW_NOT_FOUND);
  return {
    ...show,
    items: show.items.map(({ claims, ...item }) => ({
      ...item,
      unitsFree: item.quantity - item.unitsHeld,
      holders: claims.filter((c) => c.status !== "QUEUED"),
      queue: claims.filter((c) => c.status === "QUEUED"),
    })),
  };
}

/** The artist's published works in the show's currency with a unit left and not yet in the show: the item picker. */
export async function listClaimableWorks(db: Db, showId: string) {
  const show = await db.liveShow.findUnique({ where: { id: showId }, select: { artistId: true, currency: true } });
  if (!show) throw new AppError("NOT_FOUND", SHOW_NOT_FOUND);
  const works = await db.artwork.findMany({
    where: { artistId: show.artistId, status: "PUBLISHED", currency: show.currency, liveShowItems: { none: { showId } } },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, title: true, priceAmount: true, currency: true, kind: true, editionSize: true, editionsSold: true, unitsHeld: true },
  });
  return works
    .map((w) => ({ id: w.id, title: w.title, priceAmount: w.priceAmount, currency: w.currency, kind: w.kind, unitsLeft: unitsLeft(w) }))
    .filter((w) => w.unitsLeft > 0);
}
