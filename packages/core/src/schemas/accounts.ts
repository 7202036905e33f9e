import { z } from "zod";
import { textField } from "./text.ts";

export const emailSchema = textField({ min: 1, minMessage: "Enter your email address", max: 254, maxMessage: "Email addresses are at most 254 characters" })
  .email("Enter a valid email address")
  .transform((e) => e.toLowerCase());

export const passwordSchema = textField({ trim: false, min: 8, minMessage: "Use at least 8 characters", max: 128, maxMessage: "Use at most 128 characters" });

export const displayNameSchema = textField({ min: 1, minMessage: "Enter your name", max: 80, maxMessage: "Names are at most 80 characters" });

export const signUpSchema = z.object({ name: displayNameSchema, email: emailSchema, password: passwordSchema });
export type SignUpInput = z.input<typeof signUpSchema>;

export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1, "Enter your password").max(128) });
export type SignInInput = z.input<typeof signInSchema>;

/** A token from a mailed link (43 base64url characters); anything else is refused as an invalid link. */
const mailedTokenSchema = z.string().trim().min(1, "This link has no token. Open the whole link from the mail.").max(200, "This link is not valid.");

export const verifyEmailSchema = z.object({ token: mailedTokenSchema });

export const requestPasswordResetSchema = z.object({ email: emailSchema });
export type RequestPasswordResetInput = z.input<typeof requestPasswordResetSchema>;

export const resetPasswordSchema = z.object({ token: mailedTokenSchema, password: passwordSchema });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
