import { TRPCError } from "@trpc/server";
import { verifyCredentials } from "@atelier/core/accounts/users";
import { revokeSession, sessionEnded } from "@atelier/core/accounts/sign-in";
import { createApiToken, resolveApiToken } from "@atelier/core/accounts/api-tokens";
import { createInProcessSender, allFunctions } from "@atelier/jobs";
import { createContext, appRouter } from "../src/index.ts";
import { defaultCoreSettings } from "@atelier/core/env";
import { describe, expect, it } from "vitest";
import { callerAs, uniqueEmail, useTestDatabase } from "./harness.ts";

const h = useTestDatabase();
let ip = 0;
const anon = () => callerAs(h.db, null, {}, { clientIp: `10.20.${Math.floor(++ip / 250)}.${ip % 250}` });

/** The mails queued for an address (send-email job payloads), oldest first. */
async function mailsTo(email: string) {
  const runs = await h.db.jobRun.findMany({ where: { functionId: "send-email", payload: { path: ["to"], equals: email } }, orderBy: { createdAt: "asc" } });
  return runs.map((r) => r.payload as { template: string; props: Record<string, string> });
}
const tokenOf = (url: string) => new URL(url).searchParams.get("token")!;

async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    const { fieldErrorsOf } = await import("../src/errors.ts");
    return { code: e.code, message: e.message, fields: fieldErrorsOf(e.cause) ?? {} };
  }
  throw new Error("expected the call to fail");
}

/** A caller with ADMIN_EMAIL configured. */
async function callerWithAdminEmail(adminEmail: string, userId: string | null = null) {
  const ctx = await createContext({
    db: h.db,
    headers: new Headers(),
    clientIp: "10.21.0.1",
    getSessionUserId: async () => userId,
    events: createInProcessSender(h.db, { functions: allFunctions }),
    appUrl: "http://atelier.test",
    settings: { ...defaultCoreSettings, ADMIN_EMAIL: adminEmail },
  });
  return appRouter.createCaller(ctx);
}

describe("sign-up does not reveal which emails exist", () => {
  it("a taken address gets the same answer, and its owner a mail saying someone tried", async () => {
    const email = uniqueEmail("taken");
    expect(await (await anon()).account.signUp({ name: "Owner", email, password: "password-1" })).toEqual({ status: "check-email" });
    expect(await (await anon()).account.signUp({ name: "Stranger", email, password: "password-2" })).toEqual({ status: "check-email" });
    const mails = await mailsTo(email);
    expect(mails.map((m) => m.template)).toEqual(["verify-email", "sign-up-attempt"]);
    expect(mails[1]!.props).toMatchObject({ displayName: "Owner", signInUrl: "http://atelier.test/sign-in", resetUrl: "http://atelier.test/forgot-password" });
    // the stranger's password changed nothing
    expect(await verifyCredentials(h.db, email, "password-2")).toBeNull();
  });

  it("repeated attempts mail the owner at most once an hour", async () => {
    const email = uniqueEmail("flood");
    await (await anon()).account.signUp({ name: "Owner", email, password: "password-1" });
    for (let i = 0; i < 4; i++) await (await anon()).account.signUp({ name: "Stranger", email, password: "password-2" });
    expect((await mailsTo(email)).filter((m) => m.template === "sign-up-attempt")).toHaveLength(1);
  });
});

describe("email verification", () => {
  it("sign-up mails a single-use link; using it sets emailVerified", async () => {
    const email = uniqueEmail("verify");
    await (await anon()).account.signUp({ name: "Vera", email, password: "password-1" });
    const [mail] = await mailsTo(email);
    expect(mail).toMatchObject({ template: "verify-email", props: { displayName: "Vera" } });
    expect(mail!.props.verifyUrl).toMatch(/^http:\/\/atelier\.test\/verify-email\?token=[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(mail!.props.verifyUrl!);
    // only the hash is stored
    expect(await h.db.emailToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await (await anon()).account.verifyEmail({ token })).toMatchObject({ email, grantedAdmin: false });
    expect((await h.db.user.findUniqueOrThrow({ where: { email } })).emailVerified).toBeInstanceOf(Date);
    const again = await failure((await anon()).account.verifyEmail({ token }));
    expect(again).toMatchObject({ code: "PRECONDITION_FAILED", fields: { token: [expect.stringMatching(/already been used/)] } });
  });

  it("a made-up or truncated token is refused on the token field", async () => {
    const made = await failure((await anon()).account.verifyEmail({ token: "x".repeat(43) }));
    expect(made.fields.token?.[0]).toMatch(/not valid/);
    const empty = await failure((await anon()).account.verifyEmail({ token: "" }));
    expect(empty.code).toBe("BAD_REQUEST");
  });

  it("signing up with ADMIN_EMAIL grants nothing until the address is verified", async () => {
    const adminEmail = uniqueEmail("boss");
    const caller = await callerWithAdminEmail(adminEmail);
    await caller.account.signUp({ name: "Boss", email: adminEmail, password: "password-1" });
    const user = await h.db.user.findUniqueOrThrow({ where: { email: adminEmail }, include: { roles: true } });
    expect(user.roles.map((r) => r.role)).toEqual(["BUYER"]);
    const token = tokenOf((await mailsTo(adminEmail))[0]!.props.verifyUrl!);
    expect(await caller.account.verifyEmail({ token })).toMatchObject({ grantedAdmin: true });
    const roles = await h.db.userRole.findMany({ where: { userId: user.id }, orderBy: { role: "asc" } });
    expect(roles.map((r) => r.role)).toEqual(["ADMIN", "BUYER"]);
  });

  it("a signed-in user can ask for a new link", async () => {
    const email = uniqueEmail("resend");
    await (await anon()).account.signUp({ name: "Re", email, password: "password-1" });
    const user = await h.db.user.findUniqueOrThrow({ where: { email } });
    const me = await callerAs(h.db, user.id);
    expect(await me.account.resendVerification()).toEqual({ alreadyVerified: false });
    expect((await mailsTo(email)).filter((m) => m.template === "verify-email")).toHaveLength(2);
  });
});

describe("password reset by email", () => {
  async function userWithPassword(tag: string) {
    const email = uniqueEmail(tag);
    await (await anon()).account.signUp({ name: "Pat", email, password: "old-password" });
    return h.db.user.findUniqueOrThrow({ where: { email } });
  }
  async function requestLink(email: string) {
    await (await anon()).account.requestPasswordReset({ email });
    const mail = (await mailsTo(email)).filter((m) => m.template === "reset-password").at(-1)!;
    return tokenOf(mail.props.resetUrl!);
  }

  it("answers the same for an unknown address, and mails nothing", async () => {
    const email = uniqueEmail("ghost");
    expect(await (await anon()).account.requestPasswordReset({ email })).toEqual({ status: "check-email" });
    expect(await mailsTo(email)).toEqual([]);
  });

  it("a link sets a new password once; the old one stops working; API tokens stay", async () => {
    const user = await userWithPassword("reset");
    const apiToken = await createApiToken(h.db, user.id, { name: "script" });
    const token = await requestLink(user.email);
    expect(await h.db.emailToken.findFirst({ where: { userId: user.id, purpose: "RESET_PASSWORD" } })).toMatchObject({
      expiresAt: expect.any(Date),
      usedAt: null,
    });
    expect(await (await anon()).account.resetPassword({ token, password: "new-password" })).toEqual({ email: user.email });
    expect(await verifyCredentials(h.db, user.email, "old-password")).toBeNull();
    expect(await verifyCredentials(h.db, user.email, "new-password")).toBe(user.id);
    expect(await resolveApiToken(h.db, apiToken.token)).toBe(user.id);
    expect((await mailsTo(user.email)).at(-1)?.template).toBe("password-changed");
    const reused = await failure((await anon()).account.resetPassword({ token, password: "third-password" }));
    expect(reused).toMatchObject({ code: "PRECONDITION_FAILED", fields: { token: [expect.stringMatching(/already been used/)] } });
    expect(await verifyCredentials(h.db, user.email, "third-password")).toBeNull();
  });

  it("sessions signed in before the reset end; later ones live", async () => {
    const user = await userWithPassword("sessions");
    const before = Date.now() - 1000;
    expect(await sessionEnded(h.db, { userId: user.id, signedInAt: before })).toBe(false);
    await (await anon()).account.resetPassword({ token: await requestLink(user.email), password: "new-password" });
    expect(await sessionEnded(h.db, { userId: user.id, signedInAt: before })).toBe(true);
    expect(await sessionEnded(h.db, { userId: user.id, signedInAt: Date.now() + 1 })).toBe(false);
  });

  it("a signed-out session stays ended (a re-issued or copied cookie is refused); other sessions live", async () => {
    const user = await userWithPassword("signout");
    const facts = { userId: user.id, signedInAt: Date.now(), sid: "sid-signed-out" };
    expect(await sessionEnded(h.db, facts)).toBe(false);
    await revokeSession(h.db, { sid: facts.sid, userId: user.id, expiresAt: new Date(Date.now() + 60_000) });
    await revokeSession(h.db, { sid: facts.sid, userId: user.id, expiresAt: new Date(Date.now() + 60_000) }); // twice is fine
    expect(await sessionEnded(h.db, facts)).toBe(true);
    expect(await sessionEnded(h.db, { ...facts, sid: "sid-other-browser" })).toBe(false);
    expect(await sessionEnded(h.db, { userId: "deleted-user", signedInAt: Date.now() })).toBe(true);
  });

  it("an expired link is refused with a clear message and changes nothing", async () => {
    const user = await userWithPassword("expired");
    const token = await requestLink(user.email);
    await h.db.emailToken.updateMany({ where: { userId: user.id, purpose: "RESET_PASSWORD" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await failure((await anon()).account.resetPassword({ token, password: "new-password" }));
    expect(expired.fields.token?.[0]).toMatch(/expired/);
    expect(await verifyCredentials(h.db, user.email, "old-password")).toBe(user.id);
  });

  it("a short new password is refused on its field and the link still works", async () => {
    const user = await userWithPassword("short");
    const token = await requestLink(user.email);
    const short = await failure((await anon()).account.resetPassword({ token, password: "short" }));
    expect(short).toMatchObject({ code: "BAD_REQUEST", fields: { password: [expect.stringMatching(/at least 8/)] } });
    expect(await (await anon()).account.resetPassword({ token, password: "long-enough" })).toEqual({ email: user.email });
  });

  it("using one link voids the user's other reset links", async () => {
    const user = await userWithPassword("void");
    const first = await requestLink(user.email);
    const second = await requestLink(user.email);
    await (await anon()).account.resetPassword({ token: second, password: "new-password" });
    expect((await failure((await anon()).account.resetPassword({ token: first, password: "other-password" }))).fields.token?.[0]).toMatch(/already been used/);
  });

  it("reset requests are limited per address (429) and per account (no more mails, same answer)", async () => {
    const user = await userWithPassword("limit");
    const same = await callerAs(h.db, null, {}, { clientIp: "10.22.0.1" });
    for (let i = 0; i < 5; i++) expect(await same.account.requestPasswordReset({ email: user.email })).toEqual({ status: "check-email" });
    expect((await mailsTo(user.email)).filter((m) => m.template === "reset-password")).toHaveLength(3);
    for (let i = 5; i < defaultCoreSettings.RATE_LIMIT_PASSWORD_RESETS_PER_HOUR; i++) await same.account.requestPasswordReset({ email: uniqueEmail("x") });
    expect((await failure(same.account.requestPasswordReset({ email: uniqueEmail("x") }))).code).toBe("TOO_MANY_REQUESTS");
  });
});
