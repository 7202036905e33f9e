import type { AnyJobDefinition } from "../define.ts";
import { confirmDeliveryJob } from "./confirm-delivery.ts";
import { createConnectAccount } from "./create-connect-account.ts";
import { embedArtwork } from "./embed-artwork.ts";
import { expireCheckoutJob } from "./expire-checkout.ts";
import { releaseAgentHoldJob } from "./release-agent-hold.ts";
import { fulfilOrderJob } from "./fulfil-order.ts";
import { handleDispute } from "./handle-dispute.ts";
import { issueCertificates } from "./issue-certificates.ts";
import { notifyItemShipped } from "./notify-item-shipped.ts";
import { orderReceiptsJob } from "./order-receipts.ts";
import { processRefund } from "./process-refund.ts";
import { releaseExpiredCheckoutJob } from "./release-expired-checkout.ts";
import { sendEmail } from "./send-email.ts";
import { syncChargeRefundsJob } from "./sync-charge-refunds.ts";
import { syncConnectAccountJob } from "./sync-connect-account.ts";
import { syncPayoutJob } from "./sync-payout.ts";
import { transferOrder } from "./transfer-order.ts";
import { unparkTransfers } from "./unpark-transfers.ts";
import { matchSavedSearches } from "./match-saved-searches.ts";
import { sendSavedSearchDigest } from "./send-saved-search-digest.ts";
import { sendDueSavedSearchDigests } from "./send-due-saved-search-digests.ts";
import { applyPrintLabEventJob } from "./apply-print-lab-event.ts";
import { submitPrintOrder } from "./submit-print-order.ts";
import { startLicensedFulfilmentJob } from "./start-licensed-fulfilment.ts";
import { syncPrintLabOrders } from "./sync-print-lab-orders.ts";
import { refreshExchangeRatesJob } from "./refresh-exchange-rates.ts";
import { generateMockups } from "./generate-mockups.ts";
import { mockupsForTerms } from "./mockups-for-terms.ts";
import { pauseNoncompliantListingsJob } from "./pause-noncompliant-listings.ts";
import { backfillMockups } from "./backfill-mockups.ts";
import { syncSellerPlan } from "./sync-seller-plan.ts";

import { syncInvoiceJob } from "./sync-invoice.ts";
import { sweepInvoicesJob } from "./sweep-invoices.ts";
import { invoicePaidMailJob } from "./invoice-paid-mail.ts";
/** Every durable function. Add new ones here (one file each in this folder). */
export const allFunctions: AnyJobDefinition[] = [
  sendEmail,
  createConnectAccount,
  syncConnectAccountJob,
  syncPayoutJob,
  embedArtwork,
  // checkout: pay, expire, release, receipts
  fulfilOrderJob,
  expireCheckoutJob,
  releaseAgentHoldJob,
  releaseExpiredCheckoutJob,
  orderReceiptsJob,
  issueCertificates,
  // money: transfers, refunds, disputes
  transferOrder,
  unparkTransfers,
  processRefund,
  syncChargeRefundsJob,
  handleDispute,
  // invoices: follow Stripe's invoice, mail the artist when paid, remind and void on schedule
  syncInvoiceJob,
  invoicePaidMailJob,
  sweepInvoicesJob,
  // shipping and delivery
  notifyItemShipped,
  confirmDeliveryJob,
  // saved searches: match new works, mail digests (at most daily)
  matchSavedSearches,
  sendSavedSearchDigest,
  sendDueSavedSearchDigests,
  // fulfilment by a print lab: start (prints to the lab, downloads to the buyer), submit, apply webhooks, sync what no webhook says
  startLicensedFulfilmentJob,
  submitPrintOrder,
  applyPrintLabEventJob,
  syncPrintLabOrders,
  // the daily euro reference rates (only with EXCHANGE_RATES_URL set)
  refreshExchangeRatesJob,
  // product mockups: drawn when a work is published or changes, refreshed when its licensing terms change
  generateMockups,
  mockupsForTerms,
  // stores: a change of an artist's terms pauses the listings that no longer keep them
  pauseNoncompliantListingsJob,
  backfillMockups,
  // seller plans: customer.subscription.* set Free / Pro / Business
  syncSellerPlan,
];
