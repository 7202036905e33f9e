import { z } from "zod";

const cursorPage = { cursor: z.string().max(128).optional(), limit: z.number().int().min(1).max(100).default(50) };

export const listStripeEventsSchema = z.object({
  status: z.enum(["RECEIVED", "PROCESSED", "FAILED", "IGNORED"]).optional(),
  type: z.string().trim().max(100).optional(),
  ...cursorPage,
});
export const stripeEventIdSchema = z.object({
  id: z
    .string()
    .regex(/^evt_[A-Za-z0-9_]+$/, "A Stripe event id starts with evt_")
    .max(128),
});

export const listJobRunsSchema = z.object({
  status: z.enum(["QUEUED", "RUNNING", "SUCCEEDED", "FAILED"]).optional(),
  functionId: z.string().trim().max(100).optional(),
  ...cursorPage,
});
export const jobRunIdSchema = z.object({ id: z.string().min(1).max(64) });
