import { accountRouter } from "./routers/account.ts";
import { adminRouter } from "./routers/admin/index.ts";
import { artistRouter } from "./routers/artist/index.ts";
import { artworkRouter } from "./routers/artwork/index.ts";
import { assistantRouter } from "./routers/assistant.ts";
import { healthProcedure } from "./routers/health.ts";
import { meProcedure } from "./routers/me.ts";
import { tokenRouter } from "./routers/token.ts";
import { cartRouter } from "./routers/cart.ts";
import { certificateRouter } from "./routers/certificate.ts";
import { checkoutRouter } from "./routers/checkout.ts";
import { refundRouter } from "./routers/refund.ts";
import { orderRouter } from "./routers/order.ts";
import { salesRouter } from "./routers/sales.ts";
import { enquiryRouter } from "./routers/enquiry.ts";
import { savedSearchRouter } from "./routers/saved-search.ts";
import { licensingRouter } from "./routers/licensing.ts";
import { productRouter } from "./routers/product.ts";
import { wallRouter } from "./routers/wall.ts";
import { downloadRouter } from "./routers/download.ts";
import { mockupRouter } from "./routers/mockup.ts";
import { storeRouter } from "./routers/store.ts";
import { shopRouter } from "./routers/shop.ts";
import { invoiceRouter } from "./routers/invoice.ts";
import { liveShowRouter } from "./routers/live-show.ts";
import { integrationsRouter } from "./routers/integrations.ts";
import { planRouter } from "./routers/plan.ts";
import { createCallerFactory, createTRPCRouter } from "./trpc.ts";

export const appRouter = createTRPCRouter({
  health: healthProcedure,
  me: meProcedure,
  account: accountRouter,
  token: tokenRouter,
  artist: artistRouter,
  artwork: artworkRouter,
  assistant: assistantRouter,
  admin: adminRouter,
  cart: cartRouter,
  checkout: checkoutRouter,
  refund: refundRouter,
  order: orderRouter,
  sales: salesRouter,
  certificate: certificateRouter,
  enquiry: enquiryRouter,
  savedSearch: savedSearchRouter,
  licensing: licensingRouter,
  product: productRouter,
  wall: wallRouter,
  download: downloadRouter,
  mockup: mockupRouter,
  store: storeRouter,
  shop: shopRouter,
  invoice: invoiceRouter,
  liveShow: liveShowRouter,
  integrations: integrationsRouter,
  plan: planRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
