import type { Fixture, Persona } from "../fixture.ts";
import type { MatrixRow, Outcome } from "../types.ts";

/** Artists only, and each acts on their own plan and credentials: buyers and admins (who are not artists) are refused. */
const artists = (artistOutcome: Outcome): Record<Persona, Outcome> => ({
  anonymous: "UNAUTHORIZED",
  buyer: "FORBIDDEN",
  owner: artistOutcome,
  otherArtist: artistOutcome,
  admin: "FORBIDDEN",
});

/** Puts both artists on a plan (rows run in order; the last row puts them back on Free for the files after this one). */
async function setPlans(fx: Fixture, plan: "FREE" | "PRO") {
  for (const userId of [fx.users.owner.id, fx.users.otherArtist.id]) {
    if (plan === "FREE") await fx.db.sellerPlan.deleteMany({ where: { userId } });
    else await fx.db.sellerPlan.upsert({ where: { userId }, create: { userId, plan, status: "active" }, update: { plan, status: "active" } });
  }
}

// the sandbox the matrix starts accepts its own key, so an artist's "own" key can be tested against it
const sandboxKey = { provider: "stripe-keys", credentials: { secretKey: "sk_test_atelier_sandbox" } };

export const rows: MatrixRow[] = [
  { path: "plan.current", input: () => undefined, expect: artists("OK") },
  // a Free artist opens a subscription checkout for themselves
  { path: "plan.checkout", input: () => ({ plan: "PRO" }), expect: artists("OK") },
  // on Free there is nothing to cancel or resume
  { path: "plan.cancel", input: () => undefined, expect: artists("PRECONDITION_FAILED") },
  { path: "plan.resume", input: () => undefined, expect: artists("PRECONDITION_FAILED") },
  { path: "integrations.hub", input: () => undefined, expect: artists("OK") },
  // own keys are a Pro feature: Free artists are refused on the server
  { path: "integrations.connect", input: () => sandboxKey, expect: artists("FORBIDDEN") },
  {
    path: "integrations.connect",
    input: async (fx) => (await setPlans(fx, "PRO"), sandboxKey),
    expect: artists("OK"),
  },
  { path: "integrations.test", input: () => ({ provider: "stripe-keys" }), expect: artists("OK") },
  { path: "integrations.disconnect", input: () => ({ provider: "stripe-keys" }), expect: artists("OK") },
  // after disconnecting there is nothing of one's own to test
  { path: "integrations.test", input: () => ({ provider: "stripe-keys" }), expect: artists("NOT_FOUND") },
  { path: "integrations.hub", input: async (fx) => (await setPlans(fx, "FREE"), undefined), expect: artists("OK") },
];
