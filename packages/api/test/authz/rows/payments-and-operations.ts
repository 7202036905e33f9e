import { only, type MatrixRow, type Outcome } from "../types.ts";
import type { Persona } from "../fixture.ts";

const artistsOnly = (artist: Outcome): Record<Persona, Outcome> => ({
  anonymous: "UNAUTHORIZED",
  buyer: "FORBIDDEN",
  owner: artist,
  otherArtist: artist,
  admin: "FORBIDDEN",
});

export const rows: MatrixRow[] = [
  // each artist sees and manages only their own payout account (there is no id to pass)
  { path: "artist.payments.status", input: () => undefined, expect: artistsOnly("OK") },
  { path: "artist.payments.onboardingLink", input: () => undefined, expect: artistsOnly("OK") },
  { path: "artist.payments.refresh", input: () => undefined, expect: artistsOnly("OK") },
  // the Stripe dashboard opens only after onboarding; the fixture's artists have not onboarded
  { path: "artist.payments.dashboardLink", input: () => undefined, expect: artistsOnly("PRECONDITION_FAILED") },

  { path: "admin.webhook.list", input: () => ({}), expect: only.admin },
  { path: "admin.webhook.get", input: async (fx) => ({ id: await fx.newStripeEvent() }), expect: only.admin },
  { path: "admin.webhook.replay", input: async (fx) => ({ id: await fx.newStripeEvent("FAILED") }), expect: only.admin },
  { path: "admin.job.list", input: () => ({}), expect: only.admin },
  { path: "admin.job.get", input: async (fx) => ({ id: await fx.newFailedJobRun() }), expect: only.admin },
  { path: "admin.job.replay", input: async (fx) => ({ id: await fx.newFailedJobRun() }), expect: only.admin },
  { path: "admin.health", input: () => undefined, expect: only.admin },
];
