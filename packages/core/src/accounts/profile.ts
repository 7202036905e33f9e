import type { Db } from "@atelier/db";
import { displayNameSchema } from "../schemas/accounts.ts";
import { z } from "zod";
import { multilineText, textField } from "../schemas/text.ts";

export const updateProfileSchema = z.object({
  name: displayNameSchema,
  bio: multilineText({ max: 2000, maxMessage: "Bios are at most 2,000 characters" }).optional(),
  location: textField({ max: 120, maxMessage: "Locations are at most 120 characters" }).optional(),
  website: textField({ max: 300, maxMessage: "URLs are at most 300 characters" })
    .pipe(z.union([z.literal(""), z.url({ protocol: /^https?$/, message: "Enter a full URL, starting with https://" })]))
    .optional(),
});

export function getProfile(db: Db, userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      emailVerified: true,
      name: true,
      bio: true,
      location: true,
      website: true,
      createdAt: true,
      roles: { select: { role: true, grantedAt: true } },
    },
  });
}

export async function updateProfile(db: Db, userId: string, input: z.input<typeof updateProfileSchema>) {
  const data = updateProfileSchema.parse(input);
  return db.user.update({
    where: { id: userId },
    data: { name: data.name, bio: data.bio || null, location: data.location || null, website: data.website || null },
    select: { id: true, name: true, bio: true, location: true, website: true },
  });
}
