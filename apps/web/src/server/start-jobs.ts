import { logger } from "@atelier/core/observability/logger";
import { startDeliverySweeps, startExchangeRateRefreshes, startInvoiceSweeps, startSavedSearchDigestSweeps } from "@atelier/jobs";
import { env } from "~/env";
import { jobs } from "./jobs";

/** Node.js runtime only (see instrumentation.ts). */
export function startInProcessJobs() {
  // eslint-disable-next-line no-restricted-properties -- Next's build-phase marker, not a setting
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const runtime = jobs();
  if (runtime.mode === "in-process") {
    runtime.startWorker();
    logger().info("jobs: in-process worker started (no Inngest server configured)");
  }
  // confirm-delivery runs on an hourly sweep event (there is no cron trigger or sleepUntil in our job API)
  startDeliverySweeps(runtime.sender, {
    afterDays: env.DELIVERY_AUTO_CONFIRM_DAYS,
    onError: (e) => logger().error("jobs: delivery sweep not sent", { err: e }),
  });
  // saved-search alerts: a daily sweep mails every due digest (a backstop; each user's digest run normally sends it)
  startSavedSearchDigestSweeps(runtime.sender, { onError: (e) => logger().error("jobs: saved-search digest sweep not sent", { err: e }) });
  startInvoiceSweeps(runtime.sender, { onError: (e) => logger().error("jobs: invoice sweep not sent", { err: e }) });
  // exchange rates: only with a feed configured; otherwise the dated snapshot the migrations loaded stays in use
  if (env.EXCHANGE_RATES_URL) {
    startExchangeRateRefreshes(runtime.sender, { onError: (e) => logger().error("jobs: exchange-rate refresh not sent", { err: e }) });
  }
}
