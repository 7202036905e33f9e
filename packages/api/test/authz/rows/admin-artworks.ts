import type { Fixture } from "../fixture.ts";
import { only, type MatrixRow } from "../types.ts";

const inReview = async (fx: Fixture) => ({ id: (await fx.newArtwork({ status: "IN_REVIEW" })).id });

export const rows: MatrixRow[] = [
  { path: "admin.artwork.queue", input: () => ({}), expect: only.admin },
  { path: "admin.artwork.get", input: inReview, expect: only.admin },
  { path: "admin.artwork.approve", input: inReview, expect: only.admin },
  { path: "admin.artwork.requestChanges", input: async (fx) => ({ ...(await inReview(fx)), message: "Please add a detail shot." }), expect: only.admin },
  { path: "admin.artwork.reject", input: async (fx) => ({ ...(await inReview(fx)), reason: "Not original work." }), expect: only.admin },
];
