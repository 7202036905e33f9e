import type { AnyJobDefinition } from "../define.ts";
import { createConnectAccount } from "./create-connect-account.ts";
import { embedArtwork } from "./embed-artwork.ts";
import { sendEmail } from "./send-email.ts";
import { syncConnectAccountJob } from "./sync-connect-account.ts";
import { syncPayoutJob } from "./sync-payout.ts";
// reporting (F)
import { confirmDeliveryJob } from "./confirm-delivery.ts";
import { notifyItemShipped } from "./notify-item-shipped.ts";

/** Every durable function. Add new ones here (one file each in this folder). */
export const allFunctions: AnyJobDefinition[] = [
  sendEmail,
  createConnectAccount,
  syncConnectAccountJob,
  syncPayoutJob,
  embedArtwork,
  // reporting (F)
  notifyItemShipped,
  confirmDeliveryJob,
];
