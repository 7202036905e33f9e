import { z } from "zod";
import { CURRENCIES } from "../money/currencies.ts";
import { emailSchema } from "./accounts.ts";
import { idField, multilineText, textField } from "./text.ts";

/** Input schemas of the live-show procedures (shared by the router, the studio forms and the console). */

export const LIVE_SHOW_PLATFORMS = ["INSTAGRAM", "FACEBOOK", "OWN_STREAM", "OPENING_NIGHT", "OTHER"] as const;
export const LIVE_SHOW_PLATFORM_LABELS: Record<(typeof LIVE_SHOW_PLATFORMS)[number], string> = {
  INSTAGRAM: "Instagram Live",
  FACEBOOK: "Facebook Live",
  OWN_STREAM: "Own stream",
  OPENING_NIGHT: "Opening night",
  OTHER: "Other",
};

/** Highest item number a show may have (what viewers type). */
export const MAX_ITEM_NUMBER = 9_999;
/** Most units of one ad-hoc item. */
export const MAX_ITEM_QUANTITY = 1_000;
/** Most lines one bulk paste may carry. */
export const MAX_BULK_LINES = 500;

/**
 * A buyer's handle as viewers write it (`@Jane.Doe`, ` jane_doe `), normalised to the form claims are grouped by:
 * trimmed, lower-case, without leading @. Letters (any script), digits, `.`, `_` and `-`; 1 to 64 characters.
 */
export const HANDLE_PATTERN = /^[\p{L}\p{N}._-]{1,64}$/u;
export function normaliseHandle(raw: string): string {
  return raw.trim().replace(/^@+/, "").toLowerCase();
}
export const handleSchema = z
  .string({ error: "Enter the buyer's handle" })
  .max(200, "Handles are at most 64 characters")
  .transform(normaliseHandle)
  .refine((h) => h.length > 0, "Enter the buyer's handle")
  .refine((h) => h.length <= 64, "Handles are at most 64 characters")
  .refine((h) => HANDLE_PATTERN.test(h), "A handle has letters, digits, dots, dashes and underscores only (e.g. @jane.doe)");

const itemNumberSchema = z
  .number({ error: "Enter the item number" })
  .int("Item numbers are whole numbers")
  .min(1, "Item numbers start at 1")
  .max(MAX_ITEM_NUMBER, `Item numbers go up to ${MAX_ITEM_NUMBER}`);

export const showIdSchema = z.object({ showId: idField() });
export const claimIdSchema = z.object({ claimId: idField() });

export const createShowSchema = z.object({
  title: textField({ min: 1, minMessage: "Give the show a title", max: 120, maxMessage: "Titles are at most 120 characters" }),
  startsAt: z.coerce.date({ error: "Enter when the show starts" }),
  platform: z.enum(LIVE_SHOW_PLATFORMS, { error: "Choose where the show runs" }),
  currency: z.enum(CURRENCIES, `Choose one of ${CURRENCIES.join(", ")}`),
});

/** An item is either one of the artist's published works (title, price and units from the work) or ad hoc. */
export const addItemSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("artwork"), showId: idField(), number: itemNumberSchema.optional(), artworkId: idField() }),
  z.object({
    kind: z.literal("adhoc"),
    showId: idField(),
    number: itemNumberSchema.optional(),
    title: textField({ min: 1, minMessage: "Give the item a title", max: 120, maxMessage: "Titles are at most 120 characters" }),
    /** in major units of the show's currency, e.g. "45" or "45.50" */
    price: z.string().max(40, "Enter the price as a number, e.g. 45 or 45.50"),
    quantity: z
      .number({ error: "Enter how many there are" })
      .int("Quantities are whole numbers")
      .min(1, "At least 1")
      .max(MAX_ITEM_QUANTITY, `At most ${MAX_ITEM_QUANTITY}`),
  }),
]);

export const recordClaimSchema = z.object({
  showId: idField(),
  itemNumber: itemNumberSchema,
  handle: handleSchema,
  email: emailSchema.optional(),
});

export const bulkClaimsSchema = z.object({
  showId: idField(),
  text: multilineText({ min: 1, minMessage: "Paste the comments to record", max: 100_000, maxMessage: "Paste at most 100,000 characters at once" }),
});

export type CreateShowInput = z.input<typeof createShowSchema>;
export type AddItemInput = z.input<typeof addItemSchema>;
export type RecordClaimInput = z.input<typeof recordClaimSchema>;
