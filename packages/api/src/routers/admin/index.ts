import { createTRPCRouter } from "../../trpc.ts";
import { adminApplicationRouter } from "./applications.ts";
import { adminArtworkRouter } from "./artworks.ts";
import { adminAuditRouter } from "./audit.ts";
import { adminHealthProcedure } from "./health.ts";
import { adminMailboxRouter } from "./mailbox.ts";
import { adminJobRouter, adminWebhookRouter } from "./operations.ts";
import { adminUserRouter } from "./users.ts";
import { adminMoneyRouter } from "./money.ts";
import { adminMetricsRouter } from "./metrics.ts";
import { adminOrderRouter } from "./orders.ts";
import { adminSavedSearchRouter } from "./saved-searches.ts";
import { adminStoreApplicationRouter } from "./store-applications.ts";

export const adminRouter = createTRPCRouter({
  user: adminUserRouter,
  application: adminApplicationRouter,
  artwork: adminArtworkRouter,
  audit: adminAuditRouter,
  mailbox: adminMailboxRouter,
  webhook: adminWebhookRouter,
  job: adminJobRouter,
  health: adminHealthProcedure,
  money: adminMoneyRouter,
  order: adminOrderRouter,
  metrics: adminMetricsRouter,
  savedSearch: adminSavedSearchRouter,
  storeApplication: adminStoreApplicationRouter,
});
