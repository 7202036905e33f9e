import { createTRPCRouter } from "../../trpc.ts";

export const adminAuditRouter = createTRPCRouter({});
