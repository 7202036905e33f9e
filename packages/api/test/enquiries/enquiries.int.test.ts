import { askArtist } from "@atelier/core/enquiries/ask";
import { defaultCoreSettings } from "@atelier/core/env";
import { missingStripe } from "@atelier/core/payments";
import { allFunctions, createInProcessSender, drainJobs, outboxMailer } from "@atelier/jobs";
import { describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { makeArtist, makeArtwork } from "../orders/fixtures.ts";
import { outcomeOf } from "../orders/helpers.ts";

const h = useTestDatabase();

const events = () => createInProcessSender(h.db, { functions: allFunctions });
const drain = () =>
  drainJobs(h.db, {
    deps: { db: h.db, mailer: outboxMailer, stripe: missingStripe, appUrl: "http://atelier.test", events: events(), deliveryAutoConfirmDays: 21 },
  });

async function scene() {
  const artist = await makeArtist(h.db, "Mira Lenz");
  const collector = await makeUser(h.db, ["BUYER"], { name: "Ada Collector" });
  const artwork = await makeArtwork(h.db, artist, { title: "Harbour at Dusk" });
  return { artist, collector, artwork };
}

describe("enquiries: ask, answer, read", () => {
  it("a collector asks, the artist is mailed and answers in the studio, the collector is mailed and sees the reply", async () => {
    const s = await scene();
    const asCollector = await callerAs(h.db, s.collector.id);
    const asked = await asCollector.enquiry.ask({ artworkId: s.artwork.id, body: "  Is the frame included?\nAnd can it ship to Lyon? " });
    expect(asked.started).toBe(true);

    await drain();
    const toArtist = await h.db.emailOutbox.findMany({ where: { toEmail: s.artist.email, template: "enquiry-received" } });
    expect(toArtist).toHaveLength(1);
    expect(toArtist[0]!.subject).toBe("A question about “Harbour at Dusk” from Ada Collector");
    expect(toArtist[0]!.text).toContain("Is the frame included?\nAnd can it ship to Lyon?");
    expect(toArtist[0]!.text).toContain(`http://atelier.test/studio/enquiries/${asked.enquiryId}`);
    expect(toArtist[0]!.text).not.toContain(s.collector.email);

    const asArtist = await callerAs(h.db, s.artist.id);
    const inbox = await asArtist.enquiry.inbox({});
    expect(inbox.items.map((i) => i.id)).toEqual([asked.enquiryId]);
    expect(inbox.items[0]).toMatchObject({ withName: "Ada Collector", unread: true, messageCount: 1, artwork: { title: "Harbour at Dusk", isPublic: true } });
    expect(inbox.unreadCount).toBe(1);

    await asArtist.enquiry.markRead({ enquiryId: asked.enquiryId });
    expect((await asArtist.enquiry.inbox({})).unreadCount).toBe(0);
    await asArtist.enquiry.reply({ enquiryId: asked.enquiryId, body: "Yes, framed in oak, and yes to Lyon." });

    await drain();
    const toCollector = await h.db.emailOutbox.findMany({ where: { toEmail: s.collector.email, template: "enquiry-reply" } });
    expect(toCollector).toHaveLength(1);
    expect(toCollector[0]!.subject).toBe("Mira Lenz answered your enquiry about “Harbour at Dusk”");
    expect(toCollector[0]!.text).toContain(`http://atelier.test/account/enquiries/${asked.enquiryId}`);

    const mine = await asCollector.enquiry.mine({});
    expect(mine.items[0]).toMatchObject({ id: asked.enquiryId, withName: "Mira Lenz", unread: true, lastMessage: { fromMe: false } });
    const thread = await asCollector.enquiry.byId({ enquiryId: asked.enquiryId });
    expect(thread.side).toBe("collector");
    expect(thread.messages.map((m) => [m.authorName, m.fromMe, m.body])).toEqual([
      ["Ada Collector", true, "Is the frame included?\nAnd can it ship to Lyon?"],
      ["Mira Lenz", false, "Yes, framed in oak, and yes to Lyon."],
    ]);
  });

  it("a second question about the same work joins the thread; another work starts another", async () => {
    const s = await scene();
    const api = await callerAs(h.db, s.collector.id);
    const first = await api.enquiry.ask({ artworkId: s.artwork.id, body: "Is it varnished?" });
    const again = await api.enquiry.ask({ artworkId: s.artwork.id, body: "And signed?" });
    expect(again).toMatchObject({ enquiryId: first.enquiryId, started: false });
    const other = await api.enquiry.ask({ artworkId: (await makeArtwork(h.db, s.artist)).id, body: "Same question here." });
    expect(other.enquiryId).not.toBe(first.enquiryId);
    expect(await h.db.enquiryMessage.count({ where: { enquiryId: first.enquiryId } })).toBe(2);
  });

  it("only the two parties see or write into a thread: everyone else, admins included, gets NOT_FOUND and writes nothing", async () => {
    const s = await scene();
    const { enquiryId } = await (await callerAs(h.db, s.collector.id)).enquiry.ask({ artworkId: s.artwork.id, body: "Private question" });
    const stranger = await makeUser(h.db, ["BUYER"]);
    const otherArtist = await makeArtist(h.db, "Other Artist");
    const admin = await makeUser(h.db, ["ADMIN", "BUYER"]);
    for (const who of [stranger.id, otherArtist.id, admin.id]) {
      const api = await callerAs(h.db, who);
      expect((await outcomeOf(api.enquiry.byId({ enquiryId }))).code).toBe("NOT_FOUND");
      expect((await outcomeOf(api.enquiry.reply({ enquiryId, body: "Let me in" }))).code).toBe("NOT_FOUND");
      expect((await outcomeOf(api.enquiry.markRead({ enquiryId }))).code).toBe("NOT_FOUND");
      expect((await api.enquiry.mine({})).items).toEqual([]);
    }
    expect((await (await callerAs(h.db, otherArtist.id)).enquiry.inbox({})).items).toEqual([]);
    expect(await h.db.enquiryMessage.count({ where: { enquiryId } })).toBe(1);
    expect((await outcomeOf((await callerAs(h.db, null)).enquiry.byId({ enquiryId }))).code).toBe("UNAUTHORIZED");
  });

  it("refuses bad input with the field named, unknown or unpublished works and the artist's own work, writing nothing", async () => {
    const s = await scene();
    const api = await callerAs(h.db, s.collector.id);
    const empty = await outcomeOf(api.enquiry.ask({ artworkId: s.artwork.id, body: "  " }));
    expect(empty.code).toBe("BAD_REQUEST");
    expect(empty.fields.body?.[0]).toMatch(/Write your message/);
    const long = await outcomeOf(api.enquiry.ask({ artworkId: s.artwork.id, body: "x".repeat(2001) }));
    expect(long.fields.body?.[0]).toMatch(/under 2,000 characters/);
    const nul = await outcomeOf(api.enquiry.ask({ artworkId: s.artwork.id, body: "hello\u0000there" }));
    expect(nul.fields.body).toBeDefined();
    expect((await outcomeOf(api.enquiry.ask({ artworkId: "", body: "Hello there" }))).fields.artworkId).toBeDefined();
    expect((await outcomeOf(api.enquiry.ask({ artworkId: "nope", body: "Hello there" }))).code).toBe("NOT_FOUND");
    await h.db.artwork.update({ where: { id: s.artwork.id }, data: { status: "UNPUBLISHED" } });
    expect((await outcomeOf(api.enquiry.ask({ artworkId: s.artwork.id, body: "Hello there" }))).code).toBe("NOT_FOUND");
    await h.db.artwork.update({ where: { id: s.artwork.id }, data: { status: "PUBLISHED" } });
    const own = await outcomeOf((await callerAs(h.db, s.artist.id)).enquiry.ask({ artworkId: s.artwork.id, body: "Talking to myself" }));
    expect(own.code).toBe("BAD_REQUEST");
    expect(own.fields.body?.[0]).toMatch(/your own work/);
    expect(await h.db.enquiry.count({ where: { artworkId: s.artwork.id } })).toBe(0);
  });

  it("rate-limits new threads and messages per user (TOO_MANY_REQUESTS with a retry time), and the limited message is not written", async () => {
    const s = await scene();
    const settings = { ...defaultCoreSettings, RATE_LIMIT_ENQUIRIES_PER_HOUR: 2, RATE_LIMIT_ENQUIRY_MESSAGES_PER_HOUR: 3 };
    const now = new Date("2026-12-02T10:00:00Z");
    const deps = { db: h.db, events: events(), now: () => now, appUrl: "http://atelier.test", settings };
    const works = [s.artwork, await makeArtwork(h.db, s.artist), await makeArtwork(h.db, s.artist)];
    await askArtist(deps, s.collector.id, { artworkId: works[0]!.id, body: "One" });
    await askArtist(deps, s.collector.id, { artworkId: works[1]!.id, body: "Two" });
    await expect(askArtist(deps, s.collector.id, { artworkId: works[2]!.id, body: "Three" })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(await h.db.enquiry.count({ where: { artworkId: works[2]!.id } })).toBe(0);
    // following up in an existing thread is not a new thread, but counts as a message: the third message of the hour is the last
    await askArtist(deps, s.collector.id, { artworkId: works[0]!.id, body: "Follow-up" });
    await expect(askArtist(deps, s.collector.id, { artworkId: works[0]!.id, body: "One more" })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      retryAfterSeconds: 3600,
    });
    expect(await h.db.enquiryMessage.count({ where: { authorId: s.collector.id } })).toBe(3);
    // an hour later the window is fresh
    const later = { ...deps, now: () => new Date(now.getTime() + 3_600_000) };
    await expect(askArtist(later, s.collector.id, { artworkId: works[2]!.id, body: "Three" })).resolves.toMatchObject({ started: true });
  });

  it("through the router, the 11th new thread within an hour is refused by default", async () => {
    const s = await scene();
    const api = await callerAs(h.db, s.collector.id);
    for (let i = 0; i < 10; i++) await api.enquiry.ask({ artworkId: (await makeArtwork(h.db, s.artist)).id, body: `Question ${i}` });
    const r = await outcomeOf(api.enquiry.ask({ artworkId: s.artwork.id, body: "Question 11" }));
    expect(r.code).toBe("TOO_MANY_REQUESTS");
  });
});
