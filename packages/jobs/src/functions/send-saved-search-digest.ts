import { digestDueEvent, nextDigest, sendDigest } from "@atelier/core/saved-searches/digest";
import { savedSearchDigestDue } from "@atelier/events";
import { defineJob } from "../define.ts";

/**
 * One user's saved-search digest: sleeps until it is due (the first new match plus a short gathering
 * window, never sooner than a day after the last digest), mails every pending match at once, and —
 * when matches arrived meanwhile — schedules the next period's digest.
 */
export const sendSavedSearchDigest = defineJob({
  id: "send-saved-search-digest",
  name: "Mail a saved-search digest",
  triggers: [savedSearchDigestDue],
  retries: 5,
  async handler({ event, step, deps }) {
    const { userId } = event.data;
    const due = await step.run("when", () => nextDigest(deps.db, userId));
    if (!due) return { status: "nothing" };
    await step.sleepUntil("until-due", new Date(due.at));
    const sent = await step.run("send", () => sendDigest(deps, userId));
    const next = await step.run("next", () => nextDigest(deps.db, userId));
    if (next && next.afterDigestId !== due.afterDigestId) await step.sendEvent("next-period", digestDueEvent(userId, next.afterDigestId));
    return sent;
  },
});
