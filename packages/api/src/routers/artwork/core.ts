import { createTRPCRouter } from "../../trpc.ts";

export const artworkCoreRouter = createTRPCRouter({});
