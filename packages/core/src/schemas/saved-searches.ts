import { z } from "zod";
import { artworkFiltersSchema, searchQuerySchema } from "./discovery.ts";
import { idField, textField } from "./text.ts";

/** How often a saved search mails its new matches: a daily digest at most, or never (paused). */
export const ALERT_FREQUENCIES = ["DAILY", "OFF"] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

/** A collector may keep this many saved searches. */
export const MAX_SAVED_SEARCHES = 50;

const name = textField({ min: 1, minMessage: "Give the search a name", max: 120, maxMessage: "Names are at most 120 characters" });
const alerts = z.enum(ALERT_FREQUENCIES, "Choose DAILY or OFF");

export const createSavedSearchSchema = z.object({
  /** defaults to a description of the search ("blue abstract · small · up to €800") */
  name: name.optional(),
  q: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), searchQuerySchema.optional()),
  filters: artworkFiltersSchema.default({ availability: "available" }),
  alerts: alerts.default("DAILY"),
});
export const savedSearchIdSchema = z.object({ id: idField() });
export const renameSavedSearchSchema = z.object({ id: idField(), name });
export const setSavedSearchAlertsSchema = z.object({ id: idField(), alerts });
/** The token of a mail's unsubscribe link: 32 base64url characters (192 random bits). */
export const unsubscribeTokenSchema = z.object({
  token: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{20,64}$/, "This unsubscribe link is not valid — copy the whole link from the mail."),
});

export type CreateSavedSearchInput = z.input<typeof createSavedSearchSchema>;
