import { z } from "zod";
import { idCursorSchema } from "../pagination.ts";
import { idField, textField } from "./text.ts";

const cursorPage = { cursor: idCursorSchema, limit: z.number().int().min(1).max(100).default(50) };

export const listStripeEventsSchema = z.object({
  status: z.enum(["RECEIVED", "PROCESSED", "FAILED", "IGNORED"]).optional(),
  type: textField({ max: 100 }).optional(),
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
  functionId: textField({ max: 100 }).optional(),
  ...cursorPage,
});
export const jobRunIdSchema = z.object({ id: idField() });
