import type { Fixture, Persona } from "../fixture.ts";
import type { MatrixRow, Outcome } from "../types.ts";

/** Live shows: artist-only; a show (and its claims) is reached by its own artist only, anyone else's id is NOT_FOUND. */

let n = 0;

/** A show of `owner` with an ad-hoc item 1 (10 units, one held by @jane's claim), written straight to the database. */
async function ownersShow(fx: Fixture, status: "DRAFT" | "LIVE" = "LIVE") {
  const show = await fx.db.liveShow.create({
    data: {
      artistId: fx.artistProfiles.owner.id,
      title: `Matrix show ${++n}`,
      startsAt: new Date(),
      platform: "INSTAGRAM",
      currency: "EUR",
      status,
      items: { create: { number: 1, title: "Matrix zine", unitAmount: 800, quantity: 10, unitsHeld: 1 } },
    },
    select: { id: true, items: { select: { id: true } } },
  });
  const claim = await fx.db.liveClaim.create({
    data: { showId: show.id, itemId: show.items[0]!.id, buyerHandle: "jane", status: "HOLDING", position: 1 },
    select: { id: true },
  });
  return { showId: show.id, claimId: claim.id };
}

const ownShowOnly: Record<Persona, Outcome> = {
  anonymous: "UNAUTHORIZED",
  buyer: "FORBIDDEN",
  owner: "OK",
  otherArtist: "NOT_FOUND",
  admin: "FORBIDDEN",
};
const anyArtist: Record<Persona, Outcome> = { anonymous: "UNAUTHORIZED", buyer: "FORBIDDEN", owner: "OK", otherArtist: "OK", admin: "FORBIDDEN" };

/** Both artists on Pro (invoicing and live shows are Pro features; the plan rows leave them on Free). */
async function onPro(fx: Fixture) {
  for (const userId of [fx.users.owner.id, fx.users.otherArtist.id])
    await fx.db.sellerPlan.upsert({ where: { userId }, create: { userId, plan: "PRO", status: "active" }, update: { plan: "PRO", status: "active" } });
}

export const rows: MatrixRow[] = [
  { path: "liveShow.list", input: () => undefined, expect: anyArtist },
  {
    path: "liveShow.create",
    input: async (fx) => (await onPro(fx), { title: "Matrix live", startsAt: new Date(), platform: "OPENING_NIGHT", currency: "EUR" }),
    expect: anyArtist,
  },
  { path: "liveShow.console", input: async (fx) => ({ showId: (await ownersShow(fx)).showId }), expect: ownShowOnly },
  { path: "liveShow.claimableWorks", input: async (fx) => ({ showId: (await ownersShow(fx)).showId }), expect: ownShowOnly },
  // @jane holds a unit, but the fixture's artists have no payments account: the owner is told to set one up
  {
    path: "liveShow.invoiceBuyers",
    input: async (fx) => (await onPro(fx), { showId: (await ownersShow(fx)).showId }),
    expect: { ...ownShowOnly, owner: "PRECONDITION_FAILED" },
  },
  { path: "liveShow.rollup", input: async (fx) => ({ showId: (await ownersShow(fx)).showId }), expect: ownShowOnly },
  {
    path: "liveShow.addItem",
    input: async (fx) => ({ kind: "adhoc", showId: (await ownersShow(fx)).showId, title: "Tote", price: "20", quantity: 2 }),
    expect: ownShowOnly,
  },
  { path: "liveShow.start", input: async (fx) => ({ showId: (await ownersShow(fx, "DRAFT")).showId }), expect: ownShowOnly },
  { path: "liveShow.end", input: async (fx) => ({ showId: (await ownersShow(fx)).showId }), expect: ownShowOnly },
  {
    path: "liveShow.claim",
    input: async (fx) => ({ showId: (await ownersShow(fx)).showId, itemNumber: 1, handle: "@tom" }),
    expect: ownShowOnly,
  },
  {
    path: "liveShow.bulkClaims",
    input: async (fx) => ({ showId: (await ownersShow(fx)).showId, text: "1 @tom\n1 ana" }),
    expect: ownShowOnly,
  },
  { path: "liveShow.pass", input: async (fx) => ({ claimId: (await ownersShow(fx)).claimId }), expect: ownShowOnly },
];
