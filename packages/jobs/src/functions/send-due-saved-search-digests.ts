import { sendDueDigests } from "@atelier/core/saved-searches/digest";
import { savedSearchDigestsRequested } from "@atelier/events";
import { defineJob } from "../define.ts";

/**
 * The daily sweep (packages/jobs/src/schedule.ts) and the admin's "send due digests now": a digest
 * to every user with pending matches whose last digest is a day old or more. It skips the gathering
 * window, never the daily limit. A backstop: each user's own digest run normally sends it.
 */
export const sendDueSavedSearchDigests = defineJob({
  id: "send-due-saved-search-digests",
  name: "Mail every due saved-search digest",
  triggers: [savedSearchDigestsRequested],
  retries: 3,
  timeoutMs: 120_000,
  async handler({ step, deps }) {
    return step.run("send-due", () => sendDueDigests(deps));
  },
});
