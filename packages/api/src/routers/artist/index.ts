import { createTRPCRouter } from "../../trpc.ts";
import { artistApplicationRouter } from "./application.ts";
import { artistPaymentsRouter } from "./payments.ts";
import { artistProfileRouter } from "./profile.ts";
import { artistPublicRouter } from "./public.ts";

export const artistRouter = createTRPCRouter({
  application: artistApplicationRouter,
  profile: artistProfileRouter,
  payments: artistPaymentsRouter,
  public: artistPublicRouter,
});
