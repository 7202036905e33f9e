import type { Db } from "@atelier/db";
import { AppError, type FieldErrors } from "../../errors.ts";
import { z } from "zod";
import { multilineText, textField } from "../../schemas/text.ts";
import { artworkFieldsSchema, type ArtworkFieldsInput } from "../../schemas/artwork.ts";
import { createArtwork } from "../../artwork/edit.ts";
import { CURRENCIES } from "../../money/index.ts";
import { ARTWORK_CATEGORIES, categoryOfMedium } from "../../artwork/taxonomy.ts";
import { studioEditUrl } from "./data.ts";

/**
 * What the model may send to draft a listing. Strict: there is no field for an artist, a status, a
 * slug or an id, and an unknown key is refused rather than ignored, so a call can only create a
 * DRAFT for the signed-in caller.
 */
export const draftListingInputSchema = z.strictObject({
  title: textField({ max: 140 }).describe("The artwork's title, as the artist gave it"),
  medium: textField({ max: 80 }).describe("e.g. Oil on canvas"),
  category: z
    .enum(ARTWORK_CATEGORIES)
    .optional()
    .describe("The kind of work; left out, it is read from the medium, and the draft is refused (ask the artist) when the medium does not say"),
  widthCm: z.number().describe("Width in centimetres"),
  heightCm: z.number().describe("Height in centimetres"),
  depthCm: z.number().optional().describe("Depth in centimetres, for sculpture or deep canvases"),
  description: multilineText({ max: 5000 }).default("").describe("A listing description drawn from the conversation; empty if the artist gave none"),
  suggestedPrice: z.number().describe("Asking price in major units (e.g. 900 for €900), as the artist stated it"),
  currency: z.enum(CURRENCIES).default("EUR"),
  tags: z.array(textField({ max: 32 })).optional(),
  year: z.number().int().optional().describe("Year the work was made"),
});
export type DraftListingInput = z.input<typeof draftListingInputSchema>;

/** Field names of the artwork form → the names the tool uses, so errors point at what the model sent. */
const FIELD_NAMES: Record<string, string> = { width: "widthCm", height: "heightCm", depth: "depthCm", price: "suggestedPrice" };

/** Centimetres → the form's one-decimal string (60 → "60", 60.25 → "60.3"). Non-finite stays visibly wrong. */
function cmString(cm: number): string {
  if (!Number.isFinite(cm)) return String(cm);
  const t = Math.round(cm * 10);
  return t % 10 === 0 ? String(t / 10) : `${Math.trunc(t / 10)}.${Math.abs(t % 10)}`;
}

/** The artwork form's input for a listing draft (ORIGINAL, centimetres), so the shared schema validates it. */
export function listingToFormInput(input: z.output<typeof draftListingInputSchema>): ArtworkFieldsInput {
  return {
    title: input.title,
    description: input.description,
    // the catalogue writes media as a sentence: "Watercolour on paper"
    medium: input.medium.trim().replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
    category: (input.category ?? categoryOfMedium(input.medium) ?? undefined) as ArtworkFieldsInput["category"],
    width: cmString(input.widthCm),
    height: cmString(input.heightCm),
    depth: input.depthCm === undefined ? undefined : cmString(input.depthCm),
    unit: "CM",
    year: input.year,
    tags: input.tags ?? [],
    // major units as typed; parseMajorUnits turns it into integer minor units with string arithmetic
    price: Number.isFinite(input.suggestedPrice) ? String(input.suggestedPrice) : "",
    currency: input.currency,
    kind: "ORIGINAL",
  };
}

function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    const name = FIELD_NAMES[key] ?? key;
    (out[name] ??= []).push(issue.message);
  }
  return out;
}

function invalid(fieldErrors: FieldErrors): AppError {
  const summary = Object.entries(fieldErrors)
    .map(([f, msgs]) => `${f}: ${msgs.join("; ")}`)
    .join(" · ");
  return new AppError("BAD_REQUEST", `The listing draft was not saved. ${summary}`, { fieldErrors });
}

/**
 * Saves a listing as a DRAFT owned by the caller (`userId` comes from the signed-in identity, never from
 * the model) through the studio's own createArtwork, after the studio form's validation. Nothing else
 * is written; the artist reviews, adds images and submits it themselves.
 */
export async function createListingDraft(db: Db, userId: string, raw: unknown) {
  const input = draftListingInputSchema.safeParse(raw);
  if (!input.success) throw invalid(fieldErrorsOf(input.error));
  const fields = artworkFieldsSchema.safeParse(listingToFormInput(input.data));
  if (!fields.success) throw invalid(fieldErrorsOf(fields.error));
  const created = await createArtwork(db, userId, fields.data);
  return { id: created.id, slug: created.slug, title: fields.data.title, status: "DRAFT" as const, editUrl: studioEditUrl(created.id) };
}
