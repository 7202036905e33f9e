import { uniqueEmail } from "../../harness.ts";
import { only, type MatrixRow } from "../types.ts";

/** Who am I, my account, my API tokens: everyone signed in, each on their own data only. */
export const rows: MatrixRow[] = [
  { path: "health", input: () => undefined, expect: only.everyone },
  { path: "me", input: () => undefined, expect: only.signedIn },
  // signing up is open to anyone (a fresh address each call)
  {
    path: "account.signUp",
    input: () => ({ name: "Matrix Newcomer", email: uniqueEmail("matrix-signup"), password: "a-long-password" }),
    expect: only.everyone,
  },
  { path: "account.profile", input: () => undefined, expect: only.signedIn },
  { path: "account.updateProfile", input: () => ({ name: "Renamed Person" }), expect: only.signedIn },
  { path: "token.create", input: () => ({ name: "matrix script" }), expect: only.signedIn },
  { path: "token.list", input: () => undefined, expect: only.signedIn },
  {
    // another user's token id is indistinguishable from a missing one
    path: "token.revoke",
    input: async (fx) => ({ id: await fx.newApiToken() }),
    expect: { anonymous: "UNAUTHORIZED", buyer: "NOT_FOUND", owner: "OK", otherArtist: "NOT_FOUND", admin: "NOT_FOUND" },
  },
];
