import type { Fixture, Persona } from "../fixture.ts";
import type { MatrixRow, Outcome } from "../types.ts";

/** Enquiries: `buyer` asks `owner` about a published work; only those two see or write into the thread. */

async function publishedWork(fx: Fixture) {
  return fx.newArtwork({ status: "PUBLISHED" });
}

/** A thread between `buyer` (collector) and `owner` (artist), written straight to the database. */
async function buyersThread(fx: Fixture) {
  const art = await publishedWork(fx);
  const e = await fx.db.enquiry.create({
    data: {
      artworkId: art.id,
      collectorId: fx.users.buyer.id,
      artistUserId: fx.users.owner.id,
      messages: { create: { authorId: fx.users.buyer.id, body: "Is the frame included?" } },
    },
    select: { id: true },
  });
  return e.id;
}

const parties: Record<Persona, Outcome> = { anonymous: "UNAUTHORIZED", buyer: "OK", owner: "OK", otherArtist: "NOT_FOUND", admin: "NOT_FOUND" };

export const rows: MatrixRow[] = [
  {
    path: "enquiry.ask",
    input: async (fx) => ({ artworkId: (await publishedWork(fx)).id, body: "Is the frame included?" }),
    // the artist can't enquire about their own work (a field error on the message)
    expect: { anonymous: "UNAUTHORIZED", buyer: "OK", owner: "BAD_REQUEST", otherArtist: "OK", admin: "OK" },
  },
  {
    path: "enquiry.ask",
    input: async (fx) => ({ artworkId: (await fx.newArtwork()).id, body: "About your draft?" }),
    expect: {
      anonymous: "UNAUTHORIZED",
      buyer: "NOT_FOUND",
      owner: "NOT_FOUND",
      otherArtist: "NOT_FOUND",
      admin: "NOT_FOUND",
    },
  },
  { path: "enquiry.reply", input: async (fx) => ({ enquiryId: await buyersThread(fx), body: "Yes, it comes framed." }), expect: parties },
  { path: "enquiry.byId", input: async (fx) => ({ enquiryId: await buyersThread(fx) }), expect: parties },
  { path: "enquiry.markRead", input: async (fx) => ({ enquiryId: await buyersThread(fx) }), expect: parties },
  { path: "enquiry.mine", input: () => ({}), expect: { anonymous: "UNAUTHORIZED", buyer: "OK", owner: "OK", otherArtist: "OK", admin: "OK" } },
  { path: "enquiry.inbox", input: () => ({}), expect: { anonymous: "UNAUTHORIZED", buyer: "FORBIDDEN", owner: "OK", otherArtist: "OK", admin: "FORBIDDEN" } },
];
