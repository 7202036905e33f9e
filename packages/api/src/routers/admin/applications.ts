import { createTRPCRouter } from "../../trpc.ts";

export const adminApplicationRouter = createTRPCRouter({});
