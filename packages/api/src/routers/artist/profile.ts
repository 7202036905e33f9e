import { createTRPCRouter } from "../../trpc.ts";

export const artistProfileRouter = createTRPCRouter({});
