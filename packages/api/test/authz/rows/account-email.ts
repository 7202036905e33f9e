import crypto from "node:crypto";
import { only, type MatrixRow } from "../types.ts";

const email = (tag: string) => `${tag}-${crypto.randomBytes(5).toString("hex")}@matrix.atelier`;
const madeUpToken = () => crypto.randomBytes(32).toString("base64url");
const everyone = (outcome: "PRECONDITION_FAILED") => ({ anonymous: outcome, buyer: outcome, owner: outcome, otherArtist: outcome, admin: outcome });

/** Mailed links (email confirmation, password reset): the token is the authority, not the session. */
export const rows: MatrixRow[] = [
  // public by nature, with one answer for everyone, whether or not the address has an account
  { path: "account.requestPasswordReset", input: () => ({ email: email("reset") }), expect: only.everyone },
  // the token is the authority: a made-up one is refused for everyone, signed in or not
  { path: "account.verifyEmail", input: () => ({ token: madeUpToken() }), expect: everyone("PRECONDITION_FAILED") },
  { path: "account.resetPassword", input: () => ({ token: madeUpToken(), password: "password-1" }), expect: everyone("PRECONDITION_FAILED") },
  { path: "account.resendVerification", input: () => undefined, expect: only.signedIn },
];
