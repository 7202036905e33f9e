export {
  paymentsFromSettings,
  sandboxStripe,
  missingStripe,
  SANDBOX_SECRET_KEY,
  SANDBOX_WEBHOOK_SECRET,
  type PaymentsConfig,
  type PaymentsSettings,
} from "./stripe-client.ts";
export {
  ensureConnectAccount,
  syncConnectAccount,
  canReceivePayments,
  accountSnapshot,
  AccountNotKnownYet,
  ART_DEALERS_MCC,
  readyToSellMail,
  type PaymentDeps,
  type SyncResult,
} from "./connect-accounts.ts";
export { syncPayout, type PayoutSyncResult } from "./payouts.ts";
export { ingestStripeWebhook, SIGNATURE_TOLERANCE_SECONDS, type IngestResult, type WebhookDeps } from "./webhook-ingest.ts";
