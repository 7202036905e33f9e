import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "./harness.ts";

const h = useTestDatabase();

async function error(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("expected the call to fail");
}

let n = 0;
async function artistWithWorks() {
  const artist = await makeUser(h.db, ["ARTIST", "BUYER"], { name: "Demoted Artist" });
  const profile = await h.db.artistProfile.create({
    data: { userId: artist.id, displayName: "Demoted Artist", slug: `demoted-${++n}-${artist.id.slice(-6)}` },
  });
  const work = (status: "PUBLISHED" | "IN_REVIEW" | "DRAFT" | "SOLD") =>
    h.db.artwork.create({
      data: {
        artistId: profile.id,
        slug: `demoted-work-${++n}-${profile.id.slice(-6)}`,
        title: `Work ${n}`,
        medium: "Oil on canvas",
        widthTenths: 300,
        heightTenths: 400,
        priceAmount: 50_000,
        currency: "EUR",
        status,
        publishedAt: status === "PUBLISHED" ? new Date() : null,
      },
      select: { id: true, slug: true },
    });
  return { artist, profile, published: [await work("PUBLISHED"), await work("PUBLISHED")], inReview: await work("IN_REVIEW"), draft: await work("DRAFT") };
}

describe("a user without roles", () => {
  it("is signed in to their account, but buyer procedures answer FORBIDDEN with a clear message", async () => {
    const nobody = await makeUser(h.db, []);
    const artist = await artistWithWorks();
    const caller = await callerAs(h.db, nobody.id);
    expect(await caller.me()).toMatchObject({ id: nobody.id, roles: [] });
    expect(await caller.account.profile()).toMatchObject({ id: nobody.id });
    const fav = await error(caller.artwork.favorite({ artworkId: artist.published[0]!.id }));
    expect(fav).toEqual({ code: "FORBIDDEN", message: expect.stringMatching(/does not have buyer access, so it cannot favourite, follow or buy/) });
    expect((await error(caller.artist.public.follow({ artistId: artist.profile.id }))).code).toBe("FORBIDDEN");
    expect(await h.db.favorite.count({ where: { userId: nobody.id } })).toBe(0);
  });
});

describe("removing the artist role", () => {
  it("unpublishes published works (not deleted), sends artwork.changed for each, and keeps drafts", async () => {
    const admin = await makeUser(h.db, ["ADMIN", "BUYER"]);
    const { artist, published, inReview, draft } = await artistWithWorks();
    for (const w of published) expect(await (await callerAs(h.db, null)).artwork.bySlug({ slug: w.slug })).toMatchObject({ slug: w.slug });
    const result = await (await callerAs(h.db, admin.id)).admin.user.setRole({ userId: artist.id, role: "ARTIST", granted: false });
    expect(result).toMatchObject({ roles: ["BUYER"], changed: true, unpublished: 2 });
    const statuses = await h.db.artwork.findMany({
      where: { id: { in: [...published, inReview, draft].map((w) => w.id) } },
      select: { id: true, status: true },
    });
    const byId = new Map(statuses.map((s) => [s.id, s.status]));
    expect(published.map((w) => byId.get(w.id))).toEqual(["UNPUBLISHED", "UNPUBLISHED"]);
    expect(byId.get(inReview.id)).toBe("DRAFT");
    expect(byId.get(draft.id)).toBe("DRAFT");
    const changed = await h.db.jobRun.findMany({ where: { functionId: "embed-artwork", eventName: "atelier/artwork.changed" }, select: { payload: true } });
    const changedIds = changed.map((r) => (r.payload as { artworkId: string }).artworkId);
    for (const w of [...published, inReview]) expect(changedIds).toContain(w.id);
    // the public catalogue no longer shows them (it did before)
    const anon = await callerAs(h.db, null);
    for (const w of published) expect((await error(anon.artwork.bySlug({ slug: w.slug }))).code).toBe("NOT_FOUND");
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { targetId: artist.id, action: "role.revoke" } });
    expect(audit.data).toMatchObject({ role: "ARTIST", unpublished: published.map((w) => w.id) });
  });

  it("the studio learns access was removed, and the person can apply again and be approved", async () => {
    const admin = await makeUser(h.db, ["ADMIN", "BUYER"]);
    const { artist } = await artistWithWorks();
    await h.db.artistApplication.create({
      data: { userId: artist.id, status: "APPROVED", displayName: "Demoted Artist", statement: "x", reviewedAt: new Date(), submittedAt: new Date() },
    });
    const asAdmin = await callerAs(h.db, admin.id);
    await asAdmin.admin.user.setRole({ userId: artist.id, role: "ARTIST", granted: false });
    const me = await callerAs(h.db, artist.id);
    expect(await me.artist.application.mine()).toMatchObject({ isArtist: false, accessRemoved: true, application: { status: "APPROVED" } });
    expect((await error(me.artwork.mine({}))).message).toMatch(/Apply to sell on Atelier \(also if your artist access was removed\)/);
    const submitted = await me.artist.application.submit({
      displayName: "Demoted Artist",
      statement: "I returned to painting the sea, in larger formats.",
      portfolioUrl: "https://example.org/portfolio",
      country: "IE",
      acceptTerms: true,
    });
    expect(submitted.status).toBe("PENDING");
    await asAdmin.admin.application.approve({ id: submitted.id });
    expect(await (await callerAs(h.db, artist.id)).artist.application.mine()).toMatchObject({ isArtist: true, accessRemoved: false });
  });
});

describe("the patron assistant follows the same rule", () => {
  it("addFavourite for a user without BUYER adds nothing and says why", async () => {
    const { patronTools } = await import("@atelier/core/assistant/patron/tools");
    const { localStorage } = await import("@atelier/core/storage");
    const { textModel, run } = await import("./assistant/tool-helpers.ts");
    const nobody = await makeUser(h.db, []);
    const { published } = await artistWithWorks();
    const work = await h.db.artwork.findUniqueOrThrow({ where: { id: published[0]!.id } });
    const tools = patronTools({
      db: h.db,
      identity: { id: nobody.id, email: nobody.email, name: nobody.name, roles: [], via: "session" },
      appUrl: "http://atelier.test",
      now: () => new Date(),
      storage: localStorage("/tmp/atelier-roles-test"),
      model: textModel("unused"),
      embeddings: null,
    });
    const out = await run(tools.addFavourite, { artwork: work.slug });
    expect(out).toMatchObject({ added: false, reason: expect.stringMatching(/buyer access/) });
    expect(await h.db.favorite.count({ where: { userId: nobody.id } })).toBe(0);
  });
});
