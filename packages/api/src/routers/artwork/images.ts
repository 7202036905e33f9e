import { createTRPCRouter } from "../../trpc.ts";

export const artworkImageRouter = createTRPCRouter({});
