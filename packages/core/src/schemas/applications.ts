import { z } from "zod";
import { connectCountrySchema } from "./countries.ts";

const httpUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(500, `${label} must be at most 500 characters`)
    .refine((v) => {
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
  displayName: z
    .string()
    .trim()
    .min(2, "Your artist name needs at least 2 characters")
    .max(APPLICATION_LIMITS.displayName, `Your artist name can be at most ${APPLICATION_LIMITS.displayName} characters`),
  statement: z.string().trim().max(APPLICATION_LIMITS.statement, `Keep your statement under ${APPLICATION_LIMITS.statement} characters`).default(""),
  portfolioUrl: optional(httpUrl("Portfolio link")),
  instagramHandle: optional(
    z
      .string()
      .trim()
      .transform((v) => v.replace(/^@/, ""))
      .pipe(z.string().regex(/^(?!.*\.\.)(?!\.)(?!.*\.$)[A-Za-z0-9._]{1,30}$/, "Instagram handles use letters, numbers, . and _ (at most 30)")),
  ),
  website: optional(httpUrl("Website")),
  previousExhibitions: z
    .string()
    .trim()
    .max(APPLICATION_LIMITS.previousExhibitions, `Keep exhibitions under ${APPLICATION_LIMITS.previousExhibitions} characters`)
    .default(""),
  /** where payouts go: the country of the Stripe Connect account opened on approval */
  country: connectCountrySchema.default("IE"),
  acceptTerms: z.boolean().default(false),
});
export type ApplicationDraftInput = z.input<typeof applicationDraftSchema>;

/** Submitting saves the same fields and needs a statement, a portfolio link and accepted terms. */
export const applicationSubmitSchema = applicationDraftSchema.extend({
  statement: z
    .string()
    .trim()
    .min(20, "Tell us about your work in at least 20 characters")
    .max(APPLICATION_LIMITS.statement, `Keep your statement under ${APPLICATION_LIMITS.statement} characters`),
  portfolioUrl: httpUrl("Portfolio link"),
  acceptTerms: z.literal(true, "Please accept the artist terms to submit"),
});

export const applicationStatusSchema = z.enum(["DRAFT", "PENDING", "APPROVED", "REJECTED", "WITHDRAWN"]);

export const listApplicationsSchema = z.object({
  status: applicationStatusSchema.default("PENDING"),
  cursor: z.string().max(64).optional(),
  limit: z.number().int().min(1).max(100).default(25),
});

export const applicationIdSchema = z.object({ id: z.string().min(1).max(64) });

export const rejectApplicationSchema = z.object({
  id: z.string().min(1).max(64),
  reason: z.string().trim().min(10, "Give the applicant a reason of at least 10 characters").max(2000, "Keep the reason under 2000 characters"),
});
