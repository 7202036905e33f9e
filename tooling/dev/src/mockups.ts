import { requestMissingMockups } from "@atelier/core/mockups/backfill";
import type { Db } from "@atelier/db";
import { allFunctions, createInProcessSender, usesInngest } from "@atelier/jobs";

/**
 * Queues the backfill-mockups job when some public work's product mockups are missing or stale, so the studio
 * shows them on the first `./atelier dev`. The app's in-process worker draws them in the background after it
 * starts (about a second per product), one work after another in one run. With an Inngest server configured the queue is Inngest's, which
 * this script does not reach: mockups are then drawn as works are published or edited. ATELIER_MOCKUP_BACKFILL=0
 * turns the backfill off (the end-to-end server does, so ~350 drawings do not compete with the browser tests).
 */
export async function queueMockups(db: Db, env: Record<string, string | undefined>, log: (line: string) => void) {
  if (env.ATELIER_MOCKUP_BACKFILL === "0") {
    log("mockups: backfill off (ATELIER_MOCKUP_BACKFILL=0); drawn as works are published or edited");
    return;
  }
  if (usesInngest(env)) {
    log("mockups: an Inngest server is configured, so they are drawn as works are published or edited");
    return;
  }
  const events = createInProcessSender(db, { functions: allFunctions });
  await requestMissingMockups({ db, events, log });
}
