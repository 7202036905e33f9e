import { z } from "zod";
import { idField, multilineText } from "../schemas/text.ts";

/** One input schema for refund.create, shared by the router and the refund form. `amount` is in minor units of the order's currency. */
export const createRefundSchema = z.object({
  orderItemId: idField(),
  amount: z.number({ error: "Enter the amount to refund" }).int("Whole minor units only").min(1, "The amount must be more than zero").max(1_000_000_000),
  reason: multilineText({ max: 500 }).default(""),
});
export type CreateRefundInput = z.input<typeof createRefundSchema>;

export const listRefundsSchema = z.object({ orderId: idField() });
