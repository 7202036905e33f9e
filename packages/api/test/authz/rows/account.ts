import crypto from "node:crypto";
import { only, type MatrixRow } from "../types.ts";

const email = (tag: string) => `${tag}-${crypto.randomBytes(5).toString("hex")}@matrix.atelier`;
const madeUpToken = () => crypto.randomBytes(32).toString("base64url");
const everyone = (outcome: "PRECONDITION_FAILED") => ({ anonymous: outcome, buyer: outcome, owner: outcome, otherArtist: outcome, admin: outcome });

export const rows: MatrixRow[] = [
  // public by nature, with one answer for everyone (a taken address answers the same)
  { path: "account.signUp", input: () => ({ name: "Matrix", email: email("signup"), password: "password-1" }), expect: only.everyone },
  { path: "account.requestPasswordReset", input: () => ({ email: email("reset") }), expect: only.everyone },
  // the token is the authority: a made-up one is refused for everyone, signed in or not
  { path: "account.verifyEmail", input: () => ({ token: madeUpToken() }), expect: everyone("PRECONDITION_FAILED") },
  { path: "account.resetPassword", input: () => ({ token: madeUpToken(), password: "password-1" }), expect: everyone("PRECONDITION_FAILED") },
  { path: "account.resendVerification", input: () => undefined, expect: only.signedIn },
  { path: "account.profile", input: () => undefined, expect: only.signedIn },
  { path: "account.updateProfile", input: () => ({ name: "Matrix Person" }), expect: only.signedIn },
];
