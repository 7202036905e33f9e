import type { Db } from "@atelier/db";
import { allFunctions, createInProcessSender, drainJobs, outboxMailer, type JobDeps } from "@atelier/jobs";
import { sandboxStripe, type PaymentsConfig } from "@atelier/core/payments";
import { startStripeSandbox, type StripeSandbox } from "@atelier/stripe-sandbox";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { handleStripeWebhook } from "../../src/http/stripe-webhook.ts";

export const WEBHOOK_SECRET = "whsec_world_test_secret";
export const APP_URL = "http://atelier.test";

/**
 * Everything a payments test needs, all real: the local Stripe sandbox (reached through the official
 * SDK), an HTTP receiver that runs the app's webhook route handler, the in-process job queue, and a
 * clock the test can move forward to let retries fall due.
 */
export interface PaymentsWorld {
  sandbox: StripeSandbox;
  payments: PaymentsConfig;
  jobDeps: JobDeps;
  clock: { now: Date; advance(ms: number): void };
  /** runs every job due now */
  drain(): Promise<Awaited<ReturnType<typeof drainJobs>>>;
  /** waits for the sandbox's webhooks to land, then runs the jobs they queued (until quiet) */
  settle(): Promise<void>;
  /** how many webhook POSTs the receiver answered, by status */
  received: Map<number, number>;
  close(): Promise<void>;
}

export async function startPaymentsWorld(db: Db): Promise<PaymentsWorld> {
  const received = new Map<number, number>();
  const clock = {
    now: new Date(),
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const now = () => new Date(Math.max(Date.now(), clock.now.getTime()));
  const events = createInProcessSender(db, { functions: allFunctions });
  let payments: PaymentsConfig | null = null;

  const receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const request = new Request("http://atelier.test/api/webhooks/stripe", {
        method: "POST",
        headers: Object.entries(req.headers).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : [])),
        body: Buffer.concat(chunks),
      });
      void handleStripeWebhook(request, payments && { db, stripe: payments.stripe, webhookSecret: WEBHOOK_SECRET, events, now }).then(async (r) => {
        received.set(r.status, (received.get(r.status) ?? 0) + 1);
        res.writeHead(r.status, { "content-type": "application/json" });
        res.end(await r.text());
      });
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`;

  const sandbox = await startStripeSandbox({
    webhooks: [{ url: receiverUrl, secret: WEBHOOK_SECRET }],
    retryScheduleMs: [50, 100, 200, 400],
    payoutDelayMs: 3_600_000,
  });
  payments = { mode: "sandbox", stripe: sandboxStripe(sandbox.url, { maxNetworkRetries: 0 }), webhookSecret: WEBHOOK_SECRET };
  const jobDeps: JobDeps = { db, mailer: outboxMailer, stripe: payments.stripe, appUrl: APP_URL, events, now };
  const drain = () => drainJobs(db, { deps: jobDeps, now, backoffBaseMs: 1_000 });

  return {
    sandbox,
    payments,
    jobDeps,
    clock,
    received,
    drain,
    async settle() {
      for (let i = 0; i < 10; i++) {
        await sandbox.flushWebhooks({ timeoutMs: 10_000 });
        const r = await drain();
        if (r.ran === 0) return;
      }
    },
    async close() {
      await sandbox.close();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    },
  };
}
