import { artworksNeedingMockups } from "@atelier/core/mockups/backfill";
import { syncArtworkMockups } from "@atelier/core/mockups/sync";
import { mockupsBackfillRequested } from "@atelier/events";
import { defineJob } from "../define.ts";

/**
 * mockups.backfill-requested → every public work's missing or stale mockups, one work per step in one run: a
 * catalogue's worth of drawing holds one worker slot, and a retry (or a timed-out attempt) resumes after the works
 * already done.
 */
export const backfillMockups = defineJob({
  id: "backfill-mockups",
  name: "Draw the catalogue's missing product mockups",
  triggers: [mockupsBackfillRequested],
  retries: 8,
  timeoutMs: 600_000,
  async handler({ step, deps }) {
    const storage = deps.storage;
    if (!storage) return { status: "skipped", reason: "no media storage in this runner" };
    const { ids } = await step.run("list", () => artworksNeedingMockups(deps.db));
    for (const id of ids) await step.run(`artwork-${id}`, () => syncArtworkMockups({ db: deps.db, storage }, id));
    return { status: "done", artworks: ids.length };
  },
});
