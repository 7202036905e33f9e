import { handlePrintLabWebhook } from "@atelier/api";
import { db } from "~/server/db";
import { jobs } from "~/server/jobs";
import { getPrintLab } from "~/server/print-lab";

/** The print lab (Printful, or the local lab) delivers signed events here; see packages/core/src/fulfilment/webhook-ingest.ts. */
export async function POST(req: Request) {
  const lab = getPrintLab();
  return handlePrintLabWebhook(req, lab && { db, lab, events: jobs().sender, now: () => new Date() });
}
