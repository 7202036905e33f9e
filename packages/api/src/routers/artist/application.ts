import { createTRPCRouter } from "../../trpc.ts";

export const artistApplicationRouter = createTRPCRouter({});
