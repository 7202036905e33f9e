import { z } from "zod";
import { idCursorSchema } from "../pagination.ts";
import { idField, textField } from "./text.ts";

/** Input schemas of the order, sales, admin order and metrics procedures (shared by routers and forms). */

const page = { cursor: idCursorSchema, limit: z.number().int().min(1).max(100).default(20) };

export const orderIdSchema = z.object({ id: idField() });
export const orderItemIdSchema = z.object({ orderItemId: idField() });

export const listMyOrdersSchema = z.object({ ...page });

export const SALE_STATUSES = ["PAID", "SHIPPED", "DELIVERED", "REFUNDED"] as const;
export const listSalesSchema = z.object({ status: z.enum(SALE_STATUSES).optional(), ...page });

/** What a carrier's tracking number may look like: letters, digits, spaces and dashes (UPS 1Z…, DHL, An Post, USPS…). */
export const TRACKING_NUMBER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 -]*$/;

export const markShippedSchema = z.object({
  orderItemId: idField(),
  carrier: textField({ min: 2, minMessage: "Name the carrier (e.g. DHL, An Post, UPS)", max: 60 }),
  trackingNumber: textField({ min: 4, minMessage: "Enter the tracking number the carrier gave you", max: 64 }).regex(
    TRACKING_NUMBER_PATTERN,
    "Use only letters, digits, spaces and dashes",
  ),
});

export const ORDER_STATUSES = ["AWAITING_PAYMENT", "PAID", "EXPIRED", "CANCELLED", "REFUNDED"] as const;
export const listAdminOrdersSchema = z.object({
  /** an order number, a buyer's email or name (or part of it) or an artwork title (or part of it) */
  q: textField({ max: 200 }).optional(),
  status: z.enum(ORDER_STATUSES).optional(),
  ...page,
});

export const statementSchema = z.object({ year: z.number().int().min(2000, "Pick a year from 2000").max(2100, "Pick a year up to 2100") });

export const metricsRangeSchema = z.object({
  /** how many calendar months back from the current one (inclusive) */
  months: z.number().int().min(1).max(36).default(12),
});
export const topArtworksSchema = z.object({
  months: z.number().int().min(1).max(36).default(12),
  limit: z.number().int().min(1).max(50).default(10),
});
