import type { z } from "zod";
import { AppError } from "../errors.ts";
import type { createShowSchema } from "../schemas/live-shows.ts";
import type { LiveShowDeps } from "./deps.ts";
import { requireShowArtist, SHOW_NOT_FOUND } from "./owned.ts";

const showSelect = {
  id: true,
  title: true,
  startsAt: true,
  platform: true,
  currency: true,
  status: true,
  endedAt: true,
  createdAt: true,
} as const;

/** A new DRAFT show of the artist `userId`; items are added next, claims are taken once it is started. */
export async function createShow(deps: LiveShowDeps, userId: string, input: z.output<typeof createShowSchema>) {
  const artistId = await requireShowArtist(deps.db, userId);
  return deps.db.liveShow.create({
    data: { artistId, title: input.title, startsAt: input.startsAt, platform: input.platform, currency: input.currency },
    select: showSelect,
  });
}

/** The artist's shows, newest first, with how many items and open claims each has. */
export async function listShows(deps: Pick<LiveShowDeps, "db">, userId: string) {
  const shows = await deps.db.liveShow.findMany({
    where: { artist: { userId } },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: 100,
    select: { ...showSelect, _count: { select: { items: true, claims: { where: { status: "HOLDING" } } } } },
  });
  return shows.map(({ _count, ...show }) => ({ ...show, itemCount: _count.items, holdingCount: _count.claims }));
}

/** DRAFT → LIVE (claims can be recorded). Starting a live show again changes nothing; an ended show stays ended. */
export async function startShow(deps: LiveShowDeps, showId: string) {
  await deps.db.liveShow.updateMany({ where: { id: showId, status: "DRAFT" }, data: { status: "LIVE" } });
  const show = await deps.db.liveShow.findUnique({ where: { id: showId }, select: showSelect });
  if (!show) throw new AppError("NOT_FOUND", SHOW_NOT_FOUND);
  if (show.status === "ENDED") throw AppError.field("PRECONDITION_FAILED", "showId", "This show has ended; create a new show to sell again.");
  return show;
}

/**
 * Ends the show (no more claims). Holders keep their units for their invoices and the queue stays in line, so a
 * voided invoice can still pass the work on. Ending an ended show returns it unchanged.
 */
export async function endShow(deps: LiveShowDeps, showId: string) {
  await deps.db.liveShow.updateMany({ where: { id: showId, status: { not: "ENDED" } }, data: { status: "ENDED", endedAt: deps.now() } });
  const show = await deps.db.liveShow.findUnique({ where: { id: showId }, select: showSelect });
  if (!show) throw new AppError("NOT_FOUND", SHOW_NOT_FOUND);
  return show;
}
