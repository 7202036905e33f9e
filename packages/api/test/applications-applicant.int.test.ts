import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "./harness.ts";

const h = useTestDatabase();

const good = {
  displayName: "Mara Quint",
  statement: "Large oil paintings of northern harbours, made outdoors in all weathers.",
  portfolioUrl: "https://mara.example.org/work",
  instagramHandle: "@mara.quint",
  website: "https://mara.example.org",
  previousExhibitions: "Kunsthalle Bremen, 2024",
  acceptTerms: true as const,
};

async function errorOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCError)
      return { code: e.code, fieldErrors: (e.cause as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors, error: e };
    throw e;
  }
  throw new Error("expected the call to fail");
}

async function fieldErrors(p: Promise<unknown>) {
  const { code, error } = await errorOf(p);
  expect(code).toBe("BAD_REQUEST");
  const issues = (error.cause as { issues?: { path: PropertyKey[] }[] }).issues ?? [];
  return new Set(issues.map((i) => i.path.join(".")));
}

describe("artist.application (applicant)", () => {
  it("saves a draft, submits it, queues the mail, and shows it as mine", async () => {
    const user = await makeUser(h.db, ["BUYER"]);
    const api = await callerAs(h.db, user.id);
    expect(await api.artist.application.mine()).toEqual({ application: null, isArtist: false, accessRemoved: false });

    const draft = await api.artist.application.saveDraft({ displayName: "Mara", statement: "" });
    expect(draft.status).toBe("DRAFT");
    await api.artist.application.saveDraft({ ...good, acceptTerms: false });
    expect(await h.db.artistApplication.count({ where: { userId: user.id } })).toBe(1);

    const submitted = await api.artist.application.submit(good);
    expect(submitted).toEqual({ id: draft.id, status: "PENDING" });
    const { application } = await api.artist.application.mine();
    expect(application).toMatchObject({ status: "PENDING", instagramHandle: "mara.quint", displayName: "Mara Quint" });
    expect(application?.submittedAt).toBeInstanceOf(Date);
    expect(application?.termsAcceptedAt).toBeInstanceOf(Date);

    const jobs = await h.db.jobRun.findMany({ where: { eventId: `application-submitted:${draft.id}` } });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ functionId: "send-email", status: "QUEUED", payload: { template: "application-submitted", to: user.email } });
  });

  it("refuses a second active application with CONFLICT and writes nothing", async () => {
    const user = await makeUser(h.db, ["BUYER"]);
    const api = await callerAs(h.db, user.id);
    await api.artist.application.submit(good);
    const before = await h.db.artistApplication.findMany({ where: { userId: user.id } });

    const draftErr = await errorOf(api.artist.application.saveDraft({ ...good, displayName: "Someone Else" }));
    expect(draftErr.code).toBe("CONFLICT");
    expect(draftErr.fieldErrors?._form?.[0]).toMatch(/already have an application/);
    expect((await errorOf(api.artist.application.submit({ ...good, displayName: "Again" }))).code).toBe("CONFLICT");

    expect(await h.db.artistApplication.findMany({ where: { userId: user.id } })).toEqual(before);
  });

  it("the partial unique index itself maps to CONFLICT (raw insert racing a draft)", async () => {
    const user = await makeUser(h.db, ["BUYER"]);
    await h.db.artistApplication.create({ data: { userId: user.id, displayName: "Racer", status: "PENDING" } });
    await expect(h.db.artistApplication.create({ data: { userId: user.id, displayName: "Racer 2" } })).rejects.toThrow();
    const api = await callerAs(h.db, user.id);
    expect((await errorOf(api.artist.application.saveDraft({ displayName: "Racer 3" }))).code).toBe("CONFLICT");
    expect(await h.db.artistApplication.count({ where: { userId: user.id } })).toBe(1);
  });

  it("concurrent submits leave exactly one pending application and one mail job", async () => {
    const user = await makeUser(h.db, ["BUYER"]);
    const api = await callerAs(h.db, user.id);
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => api.artist.application.submit(good)));
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    for (const f of failed) expect((f.reason as TRPCError).code).toBe("CONFLICT");
    const apps = await h.db.artistApplication.findMany({ where: { userId: user.id } });
    expect(apps.map((a) => a.status)).toEqual(["PENDING"]);
    expect(await h.db.jobRun.count({ where: { eventId: `application-submitted:${apps[0]!.id}` } })).toBe(1);
  });

  it("rejects bad input with field errors and writes nothing", async () => {
    const user = await makeUser(h.db, ["BUYER"]);
    const api = await callerAs(h.db, user.id);
    expect(await fieldErrors(api.artist.application.saveDraft({ ...good, portfolioUrl: "javascript:alert(1)", website: "not a url" }))).toEqual(
      new Set(["portfolioUrl", "website"]),
    );
    expect(await fieldErrors(api.artist.application.saveDraft({ ...good, statement: "x".repeat(10_240) }))).toEqual(new Set(["statement"]));
    expect(await fieldErrors(api.artist.application.saveDraft({ ...good, instagramHandle: "bad handle!" }))).toEqual(new Set(["instagramHandle"]));
    expect(await fieldErrors(api.artist.application.saveDraft({ ...good, displayName: " " }))).toEqual(new Set(["displayName"]));
    expect(await fieldErrors(api.artist.application.submit({ ...good, acceptTerms: false as true }))).toEqual(new Set(["acceptTerms"]));
    expect(await fieldErrors(api.artist.application.submit({ ...good, statement: "", portfolioUrl: "" }))).toEqual(new Set(["statement", "portfolioUrl"]));
    expect(await h.db.artistApplication.count({ where: { userId: user.id } })).toBe(0);
    expect(await h.db.jobRun.count({ where: { payload: { path: ["to"], equals: user.email } } })).toBe(0);
  });

  it("withdraws a pending application, then allows a new one; artists cannot apply", async () => {
    const user = await makeUser(h.db, ["BUYER"]);
    const api = await callerAs(h.db, user.id);
    expect((await errorOf(api.artist.application.withdraw())).code).toBe("PRECONDITION_FAILED");
    const first = await api.artist.application.submit(good);
    expect(await api.artist.application.withdraw()).toEqual({ id: first.id, status: "WITHDRAWN" });
    const second = await api.artist.application.saveDraft(good);
    expect(second.id).not.toBe(first.id);

    const artist = await makeUser(h.db, ["ARTIST", "BUYER"]);
    const artistApi = await callerAs(h.db, artist.id);
    expect((await errorOf(artistApi.artist.application.saveDraft(good))).code).toBe("PRECONDITION_FAILED");
    expect(await h.db.artistApplication.count({ where: { userId: artist.id } })).toBe(0);
  });
});
