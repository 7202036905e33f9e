import { drainJobs } from "@atelier/jobs";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { applyTransition } from "@atelier/core/artwork/transition";
import { testImageRow } from "./authz/fixture.ts";
import { validArtworkFields } from "./authz/rows/artwork-core.ts";
import { callerAs, makeUser, useTestDatabase } from "./harness.ts";

const h = useTestDatabase();
let artistId: string;
let adminId: string;

beforeAll(async () => {
  const artist = await makeUser(h.db, ["ARTIST"], { name: "Queue Artist" });
  await h.db.artistProfile.create({ data: { userId: artist.id, displayName: "Queue Artist", slug: `queue-artist-${artist.id.slice(-6)}` } });
  artistId = artist.id;
  adminId = (await makeUser(h.db, ["ADMIN"])).id;
});

async function errorOf(p: Promise<unknown>): Promise<TRPCError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCError) return e;
    throw e;
  }
  throw new Error("expected the call to fail");
}

/** An artwork the artist created and submitted through the API. */
async function submitted(title = "Under Review") {
  const api = await callerAs(h.db, artistId);
  const { id } = await api.artwork.create(validArtworkFields(title));
  await h.db.artworkImage.create({ data: testImageRow(id) });
  await api.artwork.submit({ id });
  return id;
}

describe("admin artwork moderation", () => {
  it("mails the artist each decision through the job queue (nothing inside the request)", async () => {
    const artist = await h.db.user.findUniqueOrThrow({ where: { id: artistId } });
    const admin = await callerAs(h.db, adminId);
    const approved = await submitted("Mail On Approve");
    await admin.admin.artwork.approve({ id: approved });
    const changes = await submitted("Mail On Changes");
    await admin.admin.artwork.requestChanges({ id: changes, message: "Please add a photo of the back." });
    expect(await h.db.emailOutbox.count({ where: { toEmail: artist.email } })).toBe(0);
    await drainJobs(h.db);
    const mails = await h.db.emailOutbox.findMany({ where: { toEmail: artist.email }, orderBy: { createdAt: "asc" } });
    expect(mails.map((m) => m.subject)).toEqual(["“Mail On Approve” is live on Atelier", "Changes requested for “Mail On Changes”"]);
    expect(mails[1]?.text).toContain("Please add a photo of the back.");
    expect(mails[0]?.text).toMatch(/\/artworks\/mail-on-approve/);
  });

  it("queues IN_REVIEW works oldest first with a cursor", async () => {
    const a = await submitted("First");
    const b = await submitted("Second");
    await h.db.artwork.update({ where: { id: a }, data: { submittedAt: new Date("2026-01-01") } });
    await h.db.artwork.update({ where: { id: b }, data: { submittedAt: new Date("2026-01-02") } });
    const admin = await callerAs(h.db, adminId);
    const first = await admin.admin.artwork.queue({ limit: 1 });
    expect(first?.items.map((i) => i.id)).toEqual([a]);
    expect(first?.items[0]?.thumbnailKey).toMatch(/320\.webp$/);
    const next = await admin.admin.artwork.queue({ limit: 1, cursor: first?.nextCursor ?? undefined });
    expect(next.items.map((i) => i.id)).toEqual([b]);
  });

  it("approves: PUBLISHED with publishedAt and reviewedAt, audited; keeps the first publish date", async () => {
    const id = await submitted();
    const admin = await callerAs(h.db, adminId);
    expect(await admin.admin.artwork.approve({ id })).toMatchObject({ status: "PUBLISHED" });
    const row = await h.db.artwork.findUniqueOrThrow({ where: { id } });
    expect(row.publishedAt).not.toBeNull();
    expect(row.reviewedAt).not.toBeNull();
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { targetId: id, action: "artwork.approve" } });
    expect(audit).toMatchObject({ actorId: adminId, targetType: "Artwork" });

    // a material edit sends it back to review; approving again keeps the first publication date
    const api = await callerAs(h.db, artistId);
    await api.artwork.update({ id, fields: validArtworkFields("Retitled") });
    await admin.admin.artwork.approve({ id });
    expect((await h.db.artwork.findUniqueOrThrow({ where: { id } })).publishedAt).toEqual(row.publishedAt);
  });

  it("requests changes (message required) → DRAFT with the note, audited", async () => {
    const id = await submitted();
    const admin = await callerAs(h.db, adminId);
    const e = await errorOf(admin.admin.artwork.requestChanges({ id, message: "  " }));
    expect(e.code).toBe("BAD_REQUEST");
    expect((await h.db.artwork.findUniqueOrThrow({ where: { id } })).status).toBe("IN_REVIEW");
    await admin.admin.artwork.requestChanges({ id, message: "Add a detail shot." });
    expect(await h.db.artwork.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", reviewNote: "Add a detail shot." });
    expect(await h.db.auditLog.count({ where: { targetId: id, action: "artwork.request_changes" } })).toBe(1);
    // the artist sees the note, fixes and resubmits; the note is cleared
    const api = await callerAs(h.db, artistId);
    expect((await api.artwork.mine({ status: "DRAFT" })).items.find((i) => i.id === id)?.reviewNote).toBe("Add a detail shot.");
    await api.artwork.submit({ id });
    expect((await h.db.artwork.findUniqueOrThrow({ where: { id } })).reviewNote).toBeNull();
  });

  it("rejects (reason required) → REJECTED with the reason, audited; the artist may resubmit", async () => {
    const id = await submitted();
    const admin = await callerAs(h.db, adminId);
    expect((await errorOf(admin.admin.artwork.reject({ id, reason: "" }))).code).toBe("BAD_REQUEST");
    await admin.admin.artwork.reject({ id, reason: "Not the artist's own work." });
    expect(await h.db.artwork.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REJECTED", rejectionReason: "Not the artist's own work." });
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { targetId: id, action: "artwork.reject" } });
    expect(audit.data).toMatchObject({ note: "Not the artist's own work.", from: "IN_REVIEW", to: "REJECTED" });
    await (await callerAs(h.db, artistId)).artwork.submit({ id });
    expect((await h.db.artwork.findUniqueOrThrow({ where: { id } })).status).toBe("IN_REVIEW");
  });

  it("refuses to moderate anything not IN_REVIEW, writing nothing", async () => {
    const api = await callerAs(h.db, artistId);
    const { id } = await api.artwork.create(validArtworkFields("Still a Draft"));
    const admin = await callerAs(h.db, adminId);
    const auditsBefore = await h.db.auditLog.count();
    for (const call of [
      () => admin.admin.artwork.approve({ id }),
      () => admin.admin.artwork.reject({ id, reason: "x" }),
      () => admin.admin.artwork.requestChanges({ id, message: "x" }),
    ]) {
      expect((await errorOf(call())).code).toBe("PRECONDITION_FAILED");
    }
    expect((await h.db.artwork.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    expect(await h.db.auditLog.count()).toBe(auditsBefore);
    expect((await errorOf(admin.admin.artwork.approve({ id: "nope" }))).code).toBe("NOT_FOUND");
  });

  it("concurrent approve + unpublish end in a reachable state; approve + reject: exactly one wins", async () => {
    const admin = await callerAs(h.db, adminId);
    const api = await callerAs(h.db, artistId);
    for (let i = 0; i < 5; i++) {
      const id = await submitted(`Race ${i}`);
      const [approve, unpublish] = await Promise.allSettled([admin.admin.artwork.approve({ id }), api.artwork.unpublish({ id })]);
      const status = (await h.db.artwork.findUniqueOrThrow({ where: { id } })).status;
      expect(approve.status).toBe("fulfilled");
      expect(status).toBe(unpublish.status === "fulfilled" ? "UNPUBLISHED" : "PUBLISHED");

      const id2 = await submitted(`Race B ${i}`);
      const results = await Promise.allSettled([admin.admin.artwork.approve({ id: id2 }), admin.admin.artwork.reject({ id: id2, reason: "no" })]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const final = (await h.db.artwork.findUniqueOrThrow({ where: { id: id2 } })).status;
      expect(["PUBLISHED", "REJECTED"]).toContain(final);
      expect(await h.db.auditLog.count({ where: { targetId: id2 } })).toBe(1);
    }
  });

  it("a transition computed from a stale status writes nothing (conditional update)", async () => {
    const id = await submitted("Stale");
    await (await callerAs(h.db, adminId)).admin.artwork.approve({ id });
    await expect(applyTransition(h.db, { id, status: "IN_REVIEW" }, "reject")).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await h.db.artwork.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
  });
});

describe("admin.audit.list", () => {
  it("filters by action prefix, actor and target, newest first, with a cursor", async () => {
    const admin = await callerAs(h.db, adminId);
    const id = await submitted("Audited");
    await admin.admin.artwork.reject({ id, reason: "Blurry photos." });
    const byTarget = await admin.admin.audit.list({ target: id });
    expect(byTarget.items.map((i) => i.action)).toEqual(["artwork.reject"]);
    expect(byTarget.items[0]?.actor?.id).toBe(adminId);
    const all = await admin.admin.audit.list({ action: "artwork." });
    expect(all.items.length).toBeGreaterThan(2);
    const times = all.items.map((i) => i.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect((await admin.admin.audit.list({ action: "role." })).items).toEqual([]);
    const adminEmail = (await h.db.user.findUniqueOrThrow({ where: { id: adminId } })).email;
    expect((await admin.admin.audit.list({ actor: adminEmail.slice(0, 12) })).items.length).toBe(all.items.length);
    const page1 = await admin.admin.audit.list({ limit: 2 });
    const page2 = await admin.admin.audit.list({ limit: 2, cursor: page1.nextCursor ?? undefined });
    expect(page2.items[0]?.id).not.toBe(page1.items[0]?.id);
  });
});
