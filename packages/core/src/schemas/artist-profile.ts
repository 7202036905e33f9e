import { z } from "zod";

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((s) => (s === "" ? null : s))
    .nullable()
    .optional();

/** Accepts "@handle", "handle" or an instagram.com URL; stores the bare handle. */
const instagram = z
  .string()
  .trim()
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

const website = z
  .string()
  .trim()
  .max(300, "Website addresses are at most 300 characters")
  .refine((s) => s === "" || /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i.test(s), "Enter a full web address starting with https://")
  .transform((s) => (s === "" ? null : s))
  .nullable()
  .optional();

/** The artist profile form, shared by /studio/profile and `artist.profile.update`. */
export const artistProfileSchema = z.object({
  displayName: z.string().trim().min(1, "Enter the name you exhibit under").max(80, "Names are at most 80 characters"),
  bio: z.string().trim().max(4000, "The bio is at most 4000 characters").default(""),
  statement: z.string().trim().max(4000, "The statement is at most 4000 characters").default(""),
  location: optionalText(120, "The location is at most 120 characters"),
  website,
  instagram,
});

export type ArtistProfileInput = z.input<typeof artistProfileSchema>;
export type ArtistProfileFields = z.output<typeof artistProfileSchema>;
