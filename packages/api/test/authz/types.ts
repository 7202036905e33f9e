import type { Fixture, Persona } from "./fixture.ts";

/** "OK" = the call succeeds; otherwise the tRPC error code the persona must get. */
export type Outcome = "OK" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_REQUEST" | "CONFLICT" | "PRECONDITION_FAILED";

export interface MatrixRow {
  /** procedure path, e.g. "artwork.update" */
  path: string;
  /** the input for this persona's call; built fresh for each call */
  input: (fx: Fixture, persona: Persona) => unknown | Promise<unknown>;
  expect: Record<Persona, Outcome>;
}

/** Shorthands for common expectation shapes. */
export const only = {
  admin: { anonymous: "UNAUTHORIZED", buyer: "FORBIDDEN", owner: "FORBIDDEN", otherArtist: "FORBIDDEN", admin: "OK" },
  signedIn: { anonymous: "UNAUTHORIZED", buyer: "OK", owner: "OK", otherArtist: "OK", admin: "OK" },
  everyone: { anonymous: "OK", buyer: "OK", owner: "OK", otherArtist: "OK", admin: "OK" },
} satisfies Record<string, Record<Persona, Outcome>>;
