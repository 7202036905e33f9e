import type { InvoiceSyncDeps } from "@atelier/core/invoices/sync";
import { releaseClaimToNext } from "@atelier/core/live-shows/pass";
import type { JobDeps } from "./define.ts";

/** What the invoice functions need, from a job's dependencies; a voided live-show invoice passes each claim to the next claimer. */
export function invoiceDeps(deps: JobDeps): InvoiceSyncDeps {
  return {
    db: deps.db,
    stripe: deps.stripe,
    events: deps.events,
    now: deps.now,
    appUrl: deps.appUrl,
    releaseClaim: (tx, claimId) => releaseClaimToNext(tx, claimId),
  };
}
