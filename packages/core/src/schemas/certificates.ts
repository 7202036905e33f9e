import { z } from "zod";
import { emailSchema } from "./accounts.ts";
import { idField, textField } from "./text.ts";

/** Input schemas of the certificate procedures (shared by the router and the forms). */

/** A certificate's serial, like C-7K3F9QX2AB (Crockford base 32). */
export const serialField = () =>
  textField({ min: 1, minMessage: "Enter the certificate number", max: 32 }).regex(/^C-[0-9A-Z]{10}$/, "A certificate number looks like C-7K3F9QX2AB");

export const certificateSerialSchema = z.object({ serial: serialField() });

/** What someone pastes on the verify page: the token from the QR code, or the verify link that carries it. */
export const verifyCertificateSchema = z.object({
  token: textField({ min: 1, minMessage: "Paste the certificate's code or link", max: 4000, maxMessage: "That is longer than any certificate code" }),
});

export const transferCertificateSchema = z.object({ serial: serialField(), email: emailSchema });

export const certificateVisibilitySchema = z.object({ serial: serialField(), showOwnerName: z.boolean() });

export const certificatesOfSaleSchema = z.object({ orderItemId: idField() });
