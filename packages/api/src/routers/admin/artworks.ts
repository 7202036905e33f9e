import { createTRPCRouter } from "../../trpc.ts";

export const adminArtworkRouter = createTRPCRouter({});
