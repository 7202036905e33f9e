export { inngest } from "./client.ts";
export { consumedEventNames, defineJob, triggerFor, type AnyJobDefinition, type JobContext, type JobDefinition, type JobDeps, type StepApi } from "./define.ts";
export { allFunctions } from "./functions/index.ts";
export { outboxMailer, smtpMailer, type Mailer, type OutgoingMail } from "./email/mailer.ts";
export { renderEmail, type RenderedEmail } from "./templates/index.ts";
export { toInngestFunction, toInngestFunctions } from "./inngest-adapter.ts";
export { createInngestSender } from "./inngest-sender.ts";
export { createInProcessSender } from "./runner/in-process-sender.ts";
export {
  DEFAULT_CONCURRENCY,
  DEFAULT_LOCK_MS,
  drainJobs,
  runNextJob,
  startWorker,
  type DrainSummary,
  type RunnerOptions,
  type Worker,
} from "./runner/worker.ts";
export { DEFAULT_TIMEOUT_MS, JobTimeoutError, type RunOutcome } from "./runner/execute.ts";
export { backoffMs } from "./runner/backoff.ts";
export { jobsEnv, jobsEnvSchema, usesInngest, type JobsEnv } from "./env.ts";
// reporting (F)
export { DELIVERY_SWEEP_EVERY_MS, deliveriesSweepEvent, startDeliverySweeps } from "./schedule.ts";
export { DIGEST_SWEEP_EVERY_MS, savedSearchDigestSweepEvent, startSavedSearchDigestSweeps } from "./schedule.ts";
export { INVOICE_SWEEP_EVERY_MS, invoiceSweepEvent, startInvoiceSweeps } from "./schedule.ts";
export { EXCHANGE_RATES_EVERY_MS, exchangeRatesRefreshEvent, startExchangeRateRefreshes } from "./schedule.ts";
