import { syncArtworkMockups } from "@atelier/core/mockups/sync";
import { artworkChanged, artworkPublished, mockupsRequested } from "@atelier/events";
import { defineJob } from "../define.ts";

/**
 * artwork.published / artwork.changed / mockups.requested → the artwork's product mockups: drawn for each product
 * type its licensing terms allow, removed for types no longer allowed; a mockup of the same source is never
 * redrawn (core/mockups/plan.ts), so the many events one edit sends cost a few hashes. Each type is stored as it
 * is drawn, so a retry picks up where a failure stopped.
 */
export const generateMockups = defineJob({
  id: "generate-mockups",
  name: "Draw an artwork's product mockups",
  triggers: [artworkPublished, artworkChanged, mockupsRequested],
  retries: 4,
  timeoutMs: 180_000,
  async handler({ event, step, deps }) {
    const storage = deps.storage;
    // the web app always passes its media storage; a runner without one (a script, a test) has nothing to draw on
    if (!storage) return { status: "skipped", reason: "no media storage in this runner" };
    return step.run("sync-mockups", () => syncArtworkMockups({ db: deps.db, storage }, event.data.artworkId));
  },
});
