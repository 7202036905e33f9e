import crypto from "node:crypto";
import type { Db } from "@atelier/db";
import type { EventSender } from "@atelier/events";
import { MOCKUP_PUBLIC_STATUSES, mockupWork, planMockups } from "./plan.ts";

/** The public works whose mockups are missing or stale, with a hash of the work to do (only hashes are compared; nothing is drawn). */
export async function artworksNeedingMockups(db: Db): Promise<{ ids: string[]; scanned: number; workHash: string }> {
  const artworks = await db.artwork.findMany({ where: { status: { in: [...MOCKUP_PUBLIC_STATUSES] } }, select: { id: true }, orderBy: { id: "asc" } });
  const ids: string[] = [];
  const hash = crypto.createHash("sha256");
  for (const { id } of artworks) {
    const plan = await planMockups(db, id);
    if (!plan) continue;
    const work = mockupWork(plan);
    if (work.draw.length === 0 && work.remove.length === 0) continue;
    ids.push(id);
    hash.update(JSON.stringify([id, work.draw.map((d) => d.sourceHash), work.remove]));
  }
  return { ids, scanned: artworks.length, workHash: hash.digest("hex").slice(0, 24) };
}

/**
 * Asks the backfill-mockups job to draw what is missing, in one run (one worker slot: the rest of the app's jobs keep
 * theirs). The event id names the work to do, so asking again before the job has caught up asks for nothing twice.
 * `./atelier dev` runs it after seeding the demo catalogue.
 */
export async function requestMissingMockups(deps: { db: Db; events: EventSender; log?: (line: string) => void }) {
  const { ids, scanned, workHash } = await artworksNeedingMockups(deps.db);
  if (ids.length) await deps.events.send({ name: "atelier/mockups.backfill-requested", data: { reason: "seed" }, id: `mockups-backfill:${workHash}` });
  deps.log?.(`mockups: ${ids.length} of ${scanned} public artworks queued for the backfill-mockups job`);
  return { scanned, requested: ids.length };
}
