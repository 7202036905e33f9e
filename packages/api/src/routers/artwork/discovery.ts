import { createTRPCRouter } from "../../trpc.ts";

export const artworkDiscoveryRouter = createTRPCRouter({});
