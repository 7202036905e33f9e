import { z } from "zod";
import { idCursorSchema } from "../pagination.ts";
import { idField, multilineText, textField } from "./text.ts";
import { connectCountrySchema } from "./countries.ts";

const httpUrl = (label: string) =>
  textField({ max: 500, maxMessage: `${label} must be at most 500 characters` }).refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "https:" || u.protocol === "http:") && u.hostname.includes(".");
    } catch {
      return false;
    }
  }, `${label} must be a full web address, like https://example.org`);

/** "" means "not given" in forms; the service stores it as null. */
const optional = <T extends z.ZodType<string>>(s: T) => z.union([z.literal(""), s]).optional();

export const APPLICATION_LIMITS = { statement: 5000, previousExhibitions: 5000, displayName: 80 } as const;

export const applicationDraftSchema = z.object({
  displayName: textField({
    min: 2,
    minMessage: "Your artist name needs at least 2 characters",
    max: APPLICATION_LIMITS.displayName,
    maxMessage: `Your artist name can be at most ${APPLICATION_LIMITS.displayName} characters`,
  }),
  statement: multilineText({ max: APPLICATION_LIMITS.statement, maxMessage: `Keep your statement under ${APPLICATION_LIMITS.statement} characters` }).default(
    "",
  ),
  portfolioUrl: optional(httpUrl("Portfolio link")),
  instagramHandle: optional(
    textField({ max: 100, maxMessage: "Instagram handles use letters, numbers, . and _ (at most 30)" })
      .transform((v) => v.replace(/^@/, ""))
      .pipe(z.string().regex(/^(?!.*\.\.)(?!\.)(?!.*\.$)[A-Za-z0-9._]{1,30}$/, "Instagram handles use letters, numbers, . and _ (at most 30)")),
  ),
  website: optional(httpUrl("Website")),
  previousExhibitions: multilineText({
    max: APPLICATION_LIMITS.previousExhibitions,
    maxMessage: `Keep exhibitions under ${APPLICATION_LIMITS.previousExhibitions} characters`,
  }).default(""),
  /** where payouts go: the country of the Stripe Connect account opened on approval */
  country: connectCountrySchema.default("IE"),
  acceptTerms: z.boolean().default(false),
});
export type ApplicationDraftInput = z.input<typeof applicationDraftSchema>;

/** Submitting saves the same fields and needs a statement, a portfolio link and accepted terms. */
export const applicationSubmitSchema = applicationDraftSchema.extend({
  statement: multilineText({
    min: 20,
    minMessage: "Tell us about your work in at least 20 characters",
    max: APPLICATION_LIMITS.statement,
    maxMessage: `Keep your statement under ${APPLICATION_LIMITS.statement} characters`,
  }),
  portfolioUrl: httpUrl("Portfolio link"),
  acceptTerms: z.literal(true, "Please accept the artist terms to submit"),
});

export const applicationStatusSchema = z.enum(["DRAFT", "PENDING", "APPROVED", "REJECTED", "WITHDRAWN"]);

export const listApplicationsSchema = z.object({
  status: applicationStatusSchema.default("PENDING"),
  cursor: idCursorSchema,
  limit: z.number().int().min(1).max(100).default(25),
});

export const applicationIdSchema = z.object({ id: idField() });

export const rejectApplicationSchema = z.object({
  id: idField(),
  reason: multilineText({
    min: 10,
    minMessage: "Give the applicant a reason of at least 10 characters",
    max: 2000,
    maxMessage: "Keep the reason under 2000 characters",
  }),
});
