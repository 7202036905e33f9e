import { z } from "zod";

const id = z.string().min(1).max(64);

export const reviewQueueSchema = z.object({ cursor: id.optional(), limit: z.number().int().min(1).max(100).default(20) }).default({ limit: 20 });
export const reviewTargetSchema = z.object({ id });
export const requestChangesSchema = z.object({
  id,
  message: z.string().trim().min(1, "Tell the artist what to change").max(2000, "At most 2000 characters"),
});
export const rejectSchema = z.object({
  id,
  reason: z.string().trim().min(1, "Give the artist a reason").max(2000, "At most 2000 characters"),
});
