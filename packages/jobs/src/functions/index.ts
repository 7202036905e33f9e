import type { AnyJobDefinition } from "../define.ts";
import { createConnectAccount } from "./create-connect-account.ts";
import { embedArtwork } from "./embed-artwork.ts";
import { sendEmail } from "./send-email.ts";
import { syncConnectAccountJob } from "./sync-connect-account.ts";
import { syncPayoutJob } from "./sync-payout.ts";
// money (helper E)
import { handleDispute } from "./handle-dispute.ts";
import { processRefund } from "./process-refund.ts";
import { syncChargeRefundsJob } from "./sync-charge-refunds.ts";
import { transferOrder } from "./transfer-order.ts";
import { unparkTransfers } from "./unpark-transfers.ts";

/** Every durable function. Add new ones here (one file each in this folder). */
export const allFunctions: AnyJobDefinition[] = [
  sendEmail,
  createConnectAccount,
  syncConnectAccountJob,
  syncPayoutJob,
  embedArtwork,
  // money (helper E)
  transferOrder,
  unparkTransfers,
  processRefund,
  syncChargeRefundsJob,
  handleDispute,
];
