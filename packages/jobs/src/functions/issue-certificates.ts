import { issueCertificatesForOrder } from "@atelier/core/certificates/issue";
import { resolveCertificateKey } from "@atelier/core/certificates/signing-key";
import { dataDir } from "@atelier/db";
import { orderPaid } from "@atelier/events";
import { defineJob } from "../define.ts";

/**
 * order.paid → a certificate of authenticity per unit sold (core/certificates/issue.ts). Idempotent per unit,
 * so a retry or a repeated event issues nothing twice; edition numbers are assigned under a lock on the artwork.
 */
export const issueCertificates = defineJob({
  id: "issue-certificates",
  name: "Issue certificates of authenticity",
  triggers: [orderPaid],
  retries: 6,
  async handler({ event, step, deps }) {
    const certificateKey = deps.certificateKey ?? resolveCertificateKey(undefined, dataDir());
    return step.run("issue", () => issueCertificatesForOrder({ db: deps.db, certificateKey, now: deps.now }, event.data.orderId));
  },
});
