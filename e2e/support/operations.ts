import type { Db } from "@atelier/db";
import crypto from "node:crypto";

/** Rows for the admin operations pages, written straight into the e2e database; each returns what it made. */

function tag(): string {
  return crypto.randomBytes(4).toString("hex");
}

/** A Stripe webhook whose function gave up (the handled type account.updated, so it can be replayed). */
export async function insertFailedStripeEvent(db: Db, t = tag()) {
  const id = `evt_e2e${t}`;
  const account = `acct_e2e${t}`;
  const lastError = `StripeConnectionError: connection to Stripe refused (e2e ${t})`;
  return db.stripeEvent.create({
    data: {
      id,
      type: "account.updated",
      account,
      livemode: false,
      apiVersion: "2026-02-25.clover",
      payload: { id, object: "event", type: "account.updated", account, data: { object: { id: account, object: "account", details_submitted: true } } },
      status: "FAILED",
      stripeCreatedAt: new Date(Date.now() - 60_000),
      enqueuedAt: new Date(Date.now() - 50_000),
      attempts: 9,
      deliveries: 2,
      lastError,
    },
  });
}

/** A send-email run that used up its attempts; its payload is valid, so a replay succeeds and stores the mail. */
export async function insertFailedEmailRun(db: Db, t = tag()) {
  const to = `replayed-${t}@e2e.atelier`;
  const run = await db.jobRun.create({
    data: {
      functionId: "send-email",
      eventName: "atelier/email.requested",
      eventId: `e2e-email-${t}`,
      payload: { template: "application-submitted", to, props: { displayName: `Replay ${t}` } },
      status: "FAILED",
      attempts: 5,
      maxAttempts: 5,
      lastError: `Error: SMTP server said 421 try later (e2e ${t})`,
      finishedAt: new Date(),
    },
  });
  return { run, to };
}
