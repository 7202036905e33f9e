import { z } from "zod";
import { idCursorSchema } from "../pagination.ts";
import { idField, multilineText } from "./text.ts";

const id = idField();

export const reviewQueueSchema = z.object({ cursor: idCursorSchema, limit: z.number().int().min(1).max(100).default(20) }).default({ limit: 20 });
export const reviewTargetSchema = z.object({ id });
export const requestChangesSchema = z.object({
  id,
  message: multilineText({ min: 1, minMessage: "Tell the artist what to change", max: 2000, maxMessage: "At most 2000 characters" }),
});
export const rejectSchema = z.object({
  id,
  reason: multilineText({ min: 1, minMessage: "Give the artist a reason", max: 2000, maxMessage: "At most 2000 characters" }),
});
