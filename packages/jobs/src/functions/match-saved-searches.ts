import { syncArtworkEmbedding } from "@atelier/core/embeddings/embed-artwork";
import { digestDueEvent, nextDigest } from "@atelier/core/saved-searches/digest";
import { matchPublishedArtwork } from "@atelier/core/saved-searches/match";
import { artworkPublished } from "@atelier/events";
import { defineJob } from "../define.ts";

/**
 * atelier/artwork.published → the saved searches waiting for this work. The embedding is brought up
 * to date first (embed-artwork runs on the same publication in parallel; both skip unchanged text),
 * so the hybrid search can find the work by meaning; then each user with a new match gets a
 * digest-due event for their current period (one id per period, so one digest run).
 */
export const matchSavedSearches = defineJob({
  id: "match-saved-searches",
  name: "Match a new work against saved searches",
  triggers: [artworkPublished],
  retries: 5,
  timeoutMs: 120_000,
  async handler({ event, step, deps }) {
    const { artworkId } = event.data;
    await step.run("embedding", () => syncArtworkEmbedding({ db: deps.db, model: deps.embeddings, now: deps.now }, artworkId));
    const outcome = await step.run("match", () => matchPublishedArtwork({ db: deps.db, embeddings: deps.embeddings }, artworkId));
    if (outcome.userIds.length === 0) return outcome;
    const due = await step.run("periods", async () => {
      const periods = await Promise.all(outcome.userIds.map(async (userId) => ({ userId, next: await nextDigest(deps.db, userId) })));
      return periods.filter((p) => p.next).map((p) => digestDueEvent(p.userId, p.next!.afterDigestId));
    });
    if (due.length) await step.sendEvent("digests-due", due);
    return outcome;
  },
});
