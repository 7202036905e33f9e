import { createTRPCRouter } from "../../trpc.ts";
import { artistApplicationRouter } from "./application.ts";
import { artistProfileRouter } from "./profile.ts";

export const artistRouter = createTRPCRouter({
  application: artistApplicationRouter,
  profile: artistProfileRouter,
});
