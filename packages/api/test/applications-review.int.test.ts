import type { CatalogueEvent, EventSender } from "@atelier/events";
import { drainJobs } from "@atelier/jobs";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "./harness.ts";

const h = useTestDatabase();

async function pendingApplication(displayName = "Ilse Brandt") {
  const user = await makeUser(h.db, ["BUYER"]);
  const api = await callerAs(h.db, user.id);
  const app = await api.artist.application.submit({
    displayName,
    statement: "Woodcuts and monotypes about rivers and what they carry.",
    portfolioUrl: "https://ilse.example.org",
    instagramHandle: "ilse_prints",
    website: "https://ilse.example.org/about",
    acceptTerms: true,
  });
  return { user, api, app };
}

async function codeOf(p: Promise<unknown>) {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

describe("admin.application (review)", () => {
  it("lists pending applications oldest first with a cursor", async () => {
    const admin = await makeUser(h.db, ["ADMIN"]);
    const api = await callerAs(h.db, admin.id);
    const a = await pendingApplication("First In");
    const b = await pendingApplication("Second In");
    await h.db.artistApplication.update({ where: { id: a.app.id }, data: { submittedAt: new Date("2020-01-01") } });
    await h.db.artistApplication.update({ where: { id: b.app.id }, data: { submittedAt: new Date("2020-01-02") } });
    const page1 = await api.admin.application.list({ limit: 1 });
    expect(page1.items.map((i) => i.id)).toEqual([a.app.id]);
    expect(page1.items[0]?.user.email).toBe(a.user.email);
    const page2 = await api.admin.application.list({ limit: 1, cursor: page1.nextCursor! });
    expect(page2.items.map((i) => i.id)).toEqual([b.app.id]);
    expect((await api.admin.application.list({ status: "APPROVED" })).items.every((i) => i.status === "APPROVED")).toBe(true);
  });

  it("approve grants the role, creates the profile, audits, and mails after drainJobs", async () => {
    const admin = await makeUser(h.db, ["ADMIN"]);
    const api = await callerAs(h.db, admin.id);
    await h.db.artistProfile.create({ data: { userId: (await makeUser(h.db)).id, slug: "ilse-brandt", displayName: "Ilse Brandt" } });
    const { user, app } = await pendingApplication("Ilse Brandt");

    const res = await api.admin.application.approve({ id: app.id });
    expect(res.profile.slug).toBe("ilse-brandt-2");
    const stored = await api.admin.application.get({ id: app.id });
    expect(stored).toMatchObject({ status: "APPROVED", reviewedById: admin.id });
    expect(stored.reviewedAt).toBeInstanceOf(Date);
    expect(await h.db.userRole.findFirst({ where: { userId: user.id, role: "ARTIST" } })).toMatchObject({ grantedBy: admin.id });
    expect(await h.db.artistProfile.findUnique({ where: { userId: user.id } })).toMatchObject({
      displayName: "Ilse Brandt",
      statement: "Woodcuts and monotypes about rivers and what they carry.",
      website: "https://ilse.example.org/about",
      instagram: "ilse_prints",
    });
    expect(await h.db.auditLog.findFirst({ where: { action: "application.approve", targetId: app.id } })).toMatchObject({ actorId: admin.id });

    expect(await h.db.emailOutbox.count({ where: { toEmail: user.email } })).toBe(0); // nothing sent inside the request
    await drainJobs(h.db);
    const mails = await h.db.emailOutbox.findMany({ where: { toEmail: user.email }, orderBy: { createdAt: "asc" } });
    expect(mails.map((m) => m.template)).toEqual(["application-submitted", "application-approved"]);
    expect(mails[1]).toMatchObject({ status: "SENT", transport: "outbox" });
    expect(mails[1]!.html).toContain("http://atelier.test/studio");

    // approving twice, or rejecting an approved one: PRECONDITION_FAILED, nothing more written
    expect(await codeOf(api.admin.application.approve({ id: app.id }))).toBe("PRECONDITION_FAILED");
    expect(await codeOf(api.admin.application.reject({ id: app.id, reason: "Changed our mind entirely." }))).toBe("PRECONDITION_FAILED");
    expect(await h.db.auditLog.count({ where: { targetId: app.id } })).toBe(1);
    expect(await codeOf(api.admin.application.approve({ id: "does-not-exist" }))).toBe("NOT_FOUND");

    // the new artist sees it, and cannot apply again
    const artistApi = await callerAs(h.db, user.id);
    expect(await artistApi.artist.application.mine()).toMatchObject({ isArtist: true, application: { status: "APPROVED" } });
  });

  it("reject requires a 10–2000 character reason; the applicant sees it and is mailed", async () => {
    const admin = await makeUser(h.db, ["ADMIN"]);
    const api = await callerAs(h.db, admin.id);
    const { user, api: applicantApi, app } = await pendingApplication("Noor Haddad");

    expect(await codeOf(api.admin.application.reject({ id: app.id, reason: "too short" }))).toBe("BAD_REQUEST");
    expect(await codeOf(api.admin.application.reject({ id: app.id, reason: "x".repeat(2001) }))).toBe("BAD_REQUEST");
    expect(await codeOf(api.admin.application.reject({ id: app.id } as never))).toBe("BAD_REQUEST");
    expect((await h.db.artistApplication.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("PENDING");

    const reason = "We would like to see a more consistent body of recent work.";
    expect(await api.admin.application.reject({ id: app.id, reason })).toEqual({ id: app.id, status: "REJECTED" });
    expect(await applicantApi.artist.application.mine()).toMatchObject({ application: { status: "REJECTED", rejectionReason: reason } });
    expect(await h.db.auditLog.findFirst({ where: { action: "application.reject", targetId: app.id } })).toMatchObject({ data: { reason } });
    expect(await h.db.userRole.count({ where: { userId: user.id, role: "ARTIST" } })).toBe(0);

    await drainJobs(h.db);
    const mail = await h.db.emailOutbox.findFirstOrThrow({ where: { toEmail: user.email, template: "application-rejected" } });
    expect(mail.text).toContain(reason);
    expect(mail.subject).toBe("About your application to Atelier");

    // a rejected applicant may start again
    expect((await applicantApi.artist.application.saveDraft({ displayName: "Noor Haddad" })).status).toBe("DRAFT");
  });

  it("queues the mail job in the approval transaction; a sender without transactions gets it after commit", async () => {
    const admin = await makeUser(h.db, ["ADMIN"]);
    const { app } = await pendingApplication("Lena Voss");
    await (await callerAs(h.db, admin.id)).admin.application.approve({ id: app.id });
    expect(await h.db.jobRun.findFirst({ where: { eventId: `application-approved:${app.id}` } })).toMatchObject({ functionId: "send-email", status: "QUEUED" });

    const sent: CatalogueEvent[] = [];
    const remote: EventSender = { consumes: () => true, send: async (e) => (sent.push(...(Array.isArray(e) ? e : [e])), { ids: [] }) };
    const other = await pendingApplication("Omar Said");
    await (await callerAs(h.db, admin.id, {}, { events: remote })).admin.application.reject({ id: other.app.id, reason: "Please apply again next year." });
    expect(sent).toEqual([expect.objectContaining({ name: "atelier/email.requested", id: `application-rejected:${other.app.id}` })]);
  });
});
