import { licensingTermsChanged } from "@atelier/events";
import { pauseNoncompliantListings } from "@atelier/core/stores/recheck";
import { defineJob } from "../define.ts";

/**
 * licensing-terms.changed → every active listing of the artwork (or of all the artist's works) is re-checked
 * against the new terms; those that no longer comply are paused with the reason, and each store is mailed once.
 */
export const pauseNoncompliantListingsJob = defineJob({
  id: "pause-noncompliant-listings",
  name: "Pause listings that no longer keep the artist's terms",
  triggers: [licensingTermsChanged],
  retries: 6,
  async handler({ event, step, deps }) {
    const r = await step.run("recheck", () =>
      pauseNoncompliantListings({ db: deps.db, platformFeeBps: deps.licensedFeeBps ?? 1_000, now: deps.now, appUrl: deps.appUrl }, event.data),
    );
    for (const mail of r.mails) await step.sendEvent(`mail-${mail.id}`, mail);
    return { checked: r.checked, paused: r.paused.length, mailed: r.mails.length };
  },
});
