import crypto from "node:crypto";
import type { Db } from "@atelier/db";
import { mockupsRequestedEvent, type EventSender } from "@atelier/events";
import { MOCKUP_PUBLIC_STATUSES, mockupWork, planMockups } from "./plan.ts";

/**
 * Asks the generate-mockups job for every public artwork whose mockups are missing or stale (only hashes are
 * compared here; nothing is drawn). The event id names the work to do, so running this again before the job has
 * caught up asks for nothing twice. `./atelier dev` runs it after seeding the demo catalogue.
 */
export async function requestMissingMockups(deps: { db: Db; events: EventSender; log?: (line: string) => void }) {
  const artworks = await deps.db.artwork.findMany({ where: { status: { in: [...MOCKUP_PUBLIC_STATUSES] } }, select: { id: true }, orderBy: { id: "asc" } });
  let requested = 0;
  for (const { id } of artworks) {
    const plan = await planMockups(deps.db, id);
    if (!plan) continue;
    const work = mockupWork(plan);
    if (work.draw.length === 0 && work.remove.length === 0) continue;
    const key = crypto
      .createHash("sha256")
      .update(JSON.stringify([work.draw.map((d) => d.sourceHash), work.remove]))
      .digest("hex")
      .slice(0, 24);
    await deps.events.send(mockupsRequestedEvent(id, key));
    requested++;
  }
  deps.log?.(`mockups: ${requested} of ${artworks.length} public artworks queued for the generate-mockups job`);
  return { scanned: artworks.length, requested };
}
