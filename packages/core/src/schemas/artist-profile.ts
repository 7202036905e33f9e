import { z } from "zod";
import { multilineText, textField } from "./text.ts";

const optionalText = (max: number, message: string) =>
  textField({ max, maxMessage: message })
    .transform((s) => (s === "" ? null : s))
    .nullable()
    .optional();

/** Accepts "@handle", "handle" or an instagram.com URL; stores the bare handle. */
const instagram = textField({ max: 200, maxMessage: "Enter an Instagram handle like @studio.name" })
  .transform((s) =>
    s
      .replace(/^https?:\/\/(www\.)?instagram\.com\//i, "")
      .replace(/^@/, "")
      .replace(/\/+$/, ""),
  )
  .refine((s) => s === "" || /^[A-Za-z0-9._]{1,30}$/.test(s), "Enter an Instagram handle like @studio.name")
  .transform((s) => (s === "" ? null : s))
  .nullable()
  .optional();

const website = textField({ max: 300, maxMessage: "Website addresses are at most 300 characters" })
  .refine((s) => s === "" || /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i.test(s), "Enter a full web address starting with https://")
  .transform((s) => (s === "" ? null : s))
  .nullable()
  .optional();

/** The artist profile form, shared by /studio/profile and `artist.profile.update`. */
export const artistProfileSchema = z.object({
  displayName: textField({ min: 1, minMessage: "Enter the name you exhibit under", max: 80, maxMessage: "Names are at most 80 characters" }),
  bio: multilineText({ max: 4000, maxMessage: "The bio is at most 4000 characters" }).default(""),
  statement: multilineText({ max: 4000, maxMessage: "The statement is at most 4000 characters" }).default(""),
  location: optionalText(120, "The location is at most 120 characters"),
  website,
  instagram,
});

export type ArtistProfileInput = z.input<typeof artistProfileSchema>;
export type ArtistProfileFields = z.output<typeof artistProfileSchema>;
