import { newUnsubscribeToken } from "@atelier/core/saved-searches/manage";
import type { Fixture, Persona } from "../fixture.ts";
import { only, type MatrixRow, type Outcome } from "../types.ts";

/** Saved searches: each person manages only their own (`buyer`'s search is NOT_FOUND to everyone else); the mail's unsubscribe link is public. */

let n = 0;

/** A saved search of `buyer`, written straight to the database. */
async function buyersSearch(fx: Fixture) {
  return fx.db.savedSearch.create({
    data: { userId: fx.users.buyer.id, name: `Matrix search ${++n}`, q: `harbour ${n}`, filters: {}, unsubscribeToken: newUnsubscribeToken() },
    select: { id: true, unsubscribeToken: true },
  });
}

const ownerOnly: Record<Persona, Outcome> = { anonymous: "UNAUTHORIZED", buyer: "OK", owner: "NOT_FOUND", otherArtist: "NOT_FOUND", admin: "NOT_FOUND" };

const unknownToken: Record<Persona, Outcome> = { anonymous: "NOT_FOUND", buyer: "NOT_FOUND", owner: "NOT_FOUND", otherArtist: "NOT_FOUND", admin: "NOT_FOUND" };

export const rows: MatrixRow[] = [
  { path: "savedSearch.create", input: () => ({ q: `blue abstract ${++n}`, filters: { size: "small" } }), expect: only.signedIn },
  { path: "savedSearch.list", input: () => undefined, expect: only.signedIn },
  { path: "savedSearch.rename", input: async (fx) => ({ id: (await buyersSearch(fx)).id, name: "Harbours" }), expect: ownerOnly },
  { path: "savedSearch.setAlerts", input: async (fx) => ({ id: (await buyersSearch(fx)).id, alerts: "OFF" }), expect: ownerOnly },
  { path: "savedSearch.delete", input: async (fx) => ({ id: (await buyersSearch(fx)).id }), expect: ownerOnly },
  // the token is the credential: anyone holding the mail's link may read the name and pause that one search
  { path: "savedSearch.byToken", input: async (fx) => ({ token: (await buyersSearch(fx)).unsubscribeToken }), expect: only.everyone },
  { path: "savedSearch.unsubscribe", input: async (fx) => ({ token: (await buyersSearch(fx)).unsubscribeToken }), expect: only.everyone },
  { path: "savedSearch.unsubscribe", input: () => ({ token: newUnsubscribeToken() }), expect: unknownToken },
  { path: "admin.savedSearch.status", input: () => undefined, expect: only.admin },
  { path: "admin.savedSearch.sendDueDigests", input: () => undefined, expect: only.admin },
];
