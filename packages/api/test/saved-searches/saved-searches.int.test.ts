import { lexicalHashEmbeddingModel } from "@atelier/ai";
import { newUnsubscribeToken } from "@atelier/core/saved-searches/manage";
import { MAX_SAVED_SEARCHES } from "@atelier/core/schemas/saved-searches";
import type { CatalogueEvent, EventSender } from "@atelier/events";
import { allFunctions, createInProcessSender, drainJobs } from "@atelier/jobs";
import { describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { makeArtist, makeArtwork } from "../orders/fixtures.ts";
import { outcomeOf } from "../orders/helpers.ts";

/** The savedSearch router: saving the gallery's search, managing one's own, the public unsubscribe link, and the admin's "send due digests now". */
const h = useTestDatabase();
const embeddings = lexicalHashEmbeddingModel();

/** What the gallery sends for /gallery?q=blue+abstract&size=small&max=800&currency=EUR */
const galleryInput = { q: "blue abstract", filters: { size: "small" as const, currency: "EUR", maxPrice: 80_000, availability: "available" as const } };

function recordingSender() {
  const sent: CatalogueEvent[] = [];
  const events: EventSender = {
    consumes: () => true,
    send: async (e) => {
      sent.push(...(Array.isArray(e) ? e : [e]));
      return { ids: [] };
    },
  };
  return { sent, events };
}

describe("savedSearch: create, list, rename, alerts, delete", () => {
  it("saves the gallery's words and filters, named after them, with daily alerts and the gallery link back", async () => {
    const me = await makeUser(h.db);
    const caller = await callerAs(h.db, me.id);
    const r = await caller.savedSearch.create(galleryInput);
    expect(r.created).toBe(true);
    expect(r.savedSearch).toMatchObject({ q: "blue abstract", alerts: "DAILY", filters: { size: "small", currency: "EUR", maxPrice: 80_000 } });
    expect(r.savedSearch.name).toContain("blue abstract");
    const link = new URL(r.savedSearch.galleryPath, "http://x");
    expect(link.pathname).toBe("/gallery");
    expect(link.searchParams.get("q")).toBe("blue abstract");
    expect(link.searchParams.get("size")).toBe("small");

    // the same search again (a double click) keeps one
    expect((await caller.savedSearch.create(galleryInput)).created).toBe(false);
    const list = await caller.savedSearch.list();
    expect(list.map((s) => s.id)).toEqual([r.savedSearch.id]);

    expect((await caller.savedSearch.rename({ id: r.savedSearch.id, name: "  Small blues  " })).name).toBe("Small blues");
    expect((await caller.savedSearch.setAlerts({ id: r.savedSearch.id, alerts: "OFF" })).alerts).toBe("OFF");
    expect((await caller.savedSearch.setAlerts({ id: r.savedSearch.id, alerts: "DAILY" })).alerts).toBe("DAILY");
    expect(await caller.savedSearch.delete({ id: r.savedSearch.id })).toEqual({ id: r.savedSearch.id, deleted: true });
    expect(await caller.savedSearch.list()).toEqual([]);
  });

  it("refuses bad input with the field's error and writes nothing", async () => {
    const me = await makeUser(h.db);
    const caller = await callerAs(h.db, me.id);
    const { savedSearch } = await caller.savedSearch.create({ q: "ochre" });
    const before = await h.db.savedSearch.findMany({ where: { userId: me.id }, orderBy: { id: "asc" } });

    const cases: [Promise<unknown>, string][] = [
      [caller.savedSearch.create({}), "q"], // a search for everything would alert to every new work
      [caller.savedSearch.create({ q: "   ", filters: {} }), "q"],
      [caller.savedSearch.create({ q: "sea", filters: { maxPrice: 80_000 } }), "filters.currency"],
      [caller.savedSearch.create({ q: "sea", filters: { currency: "EUR", minPrice: 900, maxPrice: 100 } }), "filters.maxPrice"],
      [caller.savedSearch.create({ q: "sea", filters: { size: "huge" as never } }), "filters.size"],
      [caller.savedSearch.create({ q: "sea", name: "" }), "name"],
      [caller.savedSearch.create({ q: "sea", alerts: "WEEKLY" as never }), "alerts"],
      [caller.savedSearch.create({ q: "sea\u0000storm" }), "q"],
      [caller.savedSearch.rename({ id: savedSearch.id, name: "" }), "name"],
      [caller.savedSearch.rename({ id: savedSearch.id, name: "x".repeat(121) }), "name"],
      [caller.savedSearch.setAlerts({ id: savedSearch.id, alerts: "HOURLY" as never }), "alerts"],
      [caller.savedSearch.delete({ id: "" }), "id"],
    ];
    for (const [call, field] of cases) {
      const o = await outcomeOf(call);
      expect(o.code, field).toBe("BAD_REQUEST");
      expect(Object.keys(o.fields), field).toContain(field);
      expect(o.fields[field]![0]!.length, field).toBeGreaterThan(5);
    }
    expect(await h.db.savedSearch.findMany({ where: { userId: me.id }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it(`keeps at most ${MAX_SAVED_SEARCHES} searches per collector`, async () => {
    const me = await makeUser(h.db);
    await h.db.savedSearch.createMany({
      data: Array.from({ length: MAX_SAVED_SEARCHES }, (_, i) => ({ userId: me.id, name: `s${i}`, q: `word${i}`, unsubscribeToken: newUnsubscribeToken() })),
    });
    const o = await outcomeOf((await callerAs(h.db, me.id)).savedSearch.create({ q: "one more" }));
    expect(o.code).toBe("PRECONDITION_FAILED");
    expect(o.message).toMatch(/delete one/);
    expect(await h.db.savedSearch.count({ where: { userId: me.id } })).toBe(MAX_SAVED_SEARCHES);
  });

  it("answers NOT_FOUND for another collector's saved search, and changes nothing of it", async () => {
    const ann = await makeUser(h.db);
    const ben = await makeUser(h.db);
    const { savedSearch } = await (await callerAs(h.db, ann.id)).savedSearch.create({ q: "harbour" });
    const asBen = await callerAs(h.db, ben.id);
    // one call at a time: calls started together and awaited in turn leave a rejection unhandled for a moment
    for (const call of [
      () => asBen.savedSearch.rename({ id: savedSearch.id, name: "Mine now" }),
      () => asBen.savedSearch.setAlerts({ id: savedSearch.id, alerts: "OFF" }),
      () => asBen.savedSearch.delete({ id: savedSearch.id }),
      () => asBen.savedSearch.delete({ id: "c0000000000000000000000000" }),
    ]) {
      const o = await outcomeOf(call());
      expect(o.code).toBe("NOT_FOUND");
      expect(o.message).toBe("We couldn't find that saved search.");
    }
    expect(await asBen.savedSearch.list()).toEqual([]);
    expect(await h.db.savedSearch.findUniqueOrThrow({ where: { id: savedSearch.id } })).toMatchObject({ name: savedSearch.name, alerts: "DAILY" });
  });
});

describe("savedSearch.unsubscribe: the mail's link, without signing in", () => {
  it("names the search, turns its alerts off, drops what was waiting, and does it again without complaint", async () => {
    const me = await makeUser(h.db);
    const { savedSearch } = await (await callerAs(h.db, me.id)).savedSearch.create({ q: "lagoon" });
    const { unsubscribeToken: token } = await h.db.savedSearch.findUniqueOrThrow({ where: { id: savedSearch.id } });
    const artist = await makeArtist(h.db, "Lagoon Painter");
    const work = await makeArtwork(h.db, artist, { title: "Lagoon at Noon" });
    await h.db.savedSearchMatch.create({ data: { userId: me.id, savedSearchId: savedSearch.id, artworkId: work.id } });

    const visitor = await callerAs(h.db, null);
    expect(await visitor.savedSearch.byToken({ token })).toEqual({ name: savedSearch.name, alerts: "DAILY" });
    expect(await visitor.savedSearch.unsubscribe({ token })).toEqual({ name: savedSearch.name, alerts: "OFF" });
    expect(await visitor.savedSearch.unsubscribe({ token: `  ${token} ` })).toEqual({ name: savedSearch.name, alerts: "OFF" });
    expect(await visitor.savedSearch.byToken({ token })).toEqual({ name: savedSearch.name, alerts: "OFF" });
    expect(await h.db.savedSearchMatch.findFirstOrThrow({ where: { savedSearchId: savedSearch.id } })).toMatchObject({ droppedAt: expect.any(Date) });
  });

  it("says clearly when the link is damaged or its search is gone", async () => {
    const visitor = await callerAs(h.db, null);
    for (const token of ["", "short", "not a token!", "x".repeat(65)]) {
      const o = await outcomeOf(visitor.savedSearch.unsubscribe({ token }));
      expect(o.code, token).toBe("BAD_REQUEST");
      expect(o.fields.token?.[0]).toMatch(/copy the whole link/);
    }
    expect((await outcomeOf(visitor.savedSearch.byToken({ token: newUnsubscribeToken() }))).fields.token?.[0]).toMatch(/no longer valid/);

    const me = await makeUser(h.db);
    const asMe = await callerAs(h.db, me.id);
    const { savedSearch } = await asMe.savedSearch.create({ q: "fjord" });
    const { unsubscribeToken } = await h.db.savedSearch.findUniqueOrThrow({ where: { id: savedSearch.id } });
    await asMe.savedSearch.delete({ id: savedSearch.id });
    const gone = await outcomeOf(visitor.savedSearch.unsubscribe({ token: unsubscribeToken }));
    expect(gone.code).toBe("NOT_FOUND");
    expect(gone.message).toMatch(/may have been deleted/);
  });
});

describe("admin.savedSearch: status and “send due digests now”", () => {
  it("sends the sweep's event (reason admin), audits it, and says what was waiting", async () => {
    const admin = await makeUser(h.db, ["ADMIN", "BUYER"]);
    const { sent, events } = recordingSender();
    const caller = await callerAs(h.db, admin.id, {}, { events });
    const status = await caller.admin.savedSearch.status();
    const r = await caller.admin.savedSearch.sendDueDigests();
    expect(r).toMatchObject({ pendingMatches: status.pendingMatches, waitingCollectors: status.waitingCollectors });
    expect(sent).toEqual([{ name: "atelier/saved-search.digests-requested", data: { reason: "admin" }, id: r.eventId }]);
    expect(await h.db.auditLog.findFirstOrThrow({ where: { actorId: admin.id, action: "saved-search.send-due-digests" } })).toMatchObject({
      data: { eventId: r.eventId },
    });
  });

  it("mails the waiting digest right away — the gathering window is skipped — with the work and a working unsubscribe link", async () => {
    const collector = await makeUser(h.db, ["BUYER"], { name: "Nora Waits" });
    await (await callerAs(h.db, collector.id)).savedSearch.create({ q: "kelp forest" });
    const elsewhere = await makeUser(h.db, ["BUYER"]);
    await (await callerAs(h.db, elsewhere.id)).savedSearch.create({ q: "snowy mountain portrait" });
    await new Promise((r) => setTimeout(r, 5));
    const artist = await makeArtist(h.db, "Kelp Painter");
    const work = await makeArtwork(h.db, artist, { title: "Kelp Forest at Noon", tags: ["sea"] });
    const queue = createInProcessSender(h.db, { functions: allFunctions });
    const drain = () => drainJobs(h.db, { deps: { db: h.db, appUrl: "http://atelier.test", events: queue, embeddings } });
    await queue.send({ name: "atelier/artwork.published", data: { artworkId: work.id }, id: `published-${work.id}` });
    await drain();
    expect(await h.db.savedSearchMatch.count({ where: { userId: collector.id, artworkId: work.id, digestId: null } })).toBe(1);
    expect(await h.db.savedSearchMatch.count({ where: { userId: elsewhere.id } })).toBe(0); // an unrelated search does not match
    expect(await h.db.emailOutbox.count({ where: { toEmail: collector.email } })).toBe(0); // the digest waits its gathering window

    const admin = await makeUser(h.db, ["ADMIN", "BUYER"]);
    const r = await (await callerAs(h.db, admin.id, {}, { events: queue })).admin.savedSearch.sendDueDigests();
    expect(r.waitingCollectors).toBeGreaterThanOrEqual(1);
    await drain();
    const mail = await h.db.emailOutbox.findFirstOrThrow({ where: { toEmail: collector.email, template: "saved-search-digest" } });
    expect(mail.text).toContain("Kelp Forest at Noon by Kelp Painter");
    const link = /Stop alerts for this search: (\S+)/.exec(mail.text)![1]!;
    const token = new URL(link).searchParams.get("token")!;
    expect(await (await callerAs(h.db, null)).savedSearch.unsubscribe({ token })).toMatchObject({ alerts: "OFF" });
  });
});
