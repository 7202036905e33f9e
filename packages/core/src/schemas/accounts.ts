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
