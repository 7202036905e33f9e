import type { AnyJobDefinition } from "../define.ts";
import { createConnectAccount } from "./create-connect-account.ts";
import { embedArtwork } from "./embed-artwork.ts";
import { sendEmail } from "./send-email.ts";
import { syncConnectAccountJob } from "./sync-connect-account.ts";
import { syncPayoutJob } from "./sync-payout.ts";
// ---- checkout (D) ----
import { expireCheckoutJob } from "./expire-checkout.ts";
import { fulfilOrderJob } from "./fulfil-order.ts";
import { orderReceiptsJob } from "./order-receipts.ts";
import { releaseExpiredCheckoutJob } from "./release-expired-checkout.ts";
const checkoutFunctions: AnyJobDefinition[] = [fulfilOrderJob, expireCheckoutJob, releaseExpiredCheckoutJob, orderReceiptsJob];
// ---- end checkout ----

/** Every durable function. Add new ones here (one file each in this folder). */
export const allFunctions: AnyJobDefinition[] = [sendEmail, createConnectAccount, syncConnectAccountJob, syncPayoutJob, embedArtwork, ...checkoutFunctions];
