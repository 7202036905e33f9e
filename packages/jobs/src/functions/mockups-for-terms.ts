import { artworksAffectedByTerms } from "@atelier/core/mockups/affected";
import { licensingTermsChanged, mockupsRequestedEvent } from "@atelier/events";
import { defineJob } from "../define.ts";

/**
 * licensing-terms.changed → a mockups.requested for every public work the change may bind (the one artwork, or
 * all of the artist's works), keyed by the terms' version: generate-mockups then draws newly allowed product
 * types and removes disallowed ones (works whose own terms decide their products are only hashed again).
 */
export const mockupsForTerms = defineJob({
  id: "mockups-for-terms",
  name: "Refresh mockups after licensing terms change",
  triggers: [licensingTermsChanged],
  retries: 4,
  async handler({ event, step, deps }) {
    const { artistId, artworkId, version } = event.data;
    const ids = await step.run("affected", () => artworksAffectedByTerms(deps.db, { artistId, artworkId }));
    const key = `terms-${artworkId ? "artwork" : "artist"}-v${version}`;
    if (ids.length)
      await step.sendEvent(
        "request-mockups",
        ids.map((id) => mockupsRequestedEvent(id, key)),
      );
    return { requested: ids.length };
  },
});
