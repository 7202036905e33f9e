import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callerAs, callerWithToken, makeUser, useTestDatabase } from "./harness.ts";

const h = useTestDatabase();

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

describe("authorization", () => {
  it("anonymous callers get UNAUTHORIZED on protected and admin procedures, but health works", async () => {
    const anon = await callerAs(h.db, null);
    expect(await codeOf(anon.me())).toBe("UNAUTHORIZED");
    expect(await codeOf(anon.token.list())).toBe("UNAUTHORIZED");
    expect(await codeOf(anon.admin.user.list({}))).toBe("UNAUTHORIZED");
    expect((await anon.health()).status).toBe("ok");
  });

  it("a buyer gets FORBIDDEN on admin procedures", async () => {
    const buyer = await makeUser(h.db, ["BUYER"]);
    const caller = await callerAs(h.db, buyer.id);
    expect(await codeOf(caller.admin.user.list({}))).toBe("FORBIDDEN");
    expect(await codeOf(caller.admin.user.setRole({ userId: buyer.id, role: "ADMIN", granted: true }))).toBe("FORBIDDEN");
    const roles = await h.db.userRole.findMany({ where: { userId: buyer.id } });
    expect(roles.map((r) => r.role)).toEqual(["BUYER"]);
  });

  it("a session for a user that no longer exists is treated as anonymous", async () => {
    const caller = await callerAs(h.db, "c_deleted_user");
    expect(await codeOf(caller.me())).toBe("UNAUTHORIZED");
  });

  it("API tokens: valid works, revoked and wrong tokens get UNAUTHORIZED", async () => {
    const user = await makeUser(h.db, ["BUYER"]);
    const session = await callerAs(h.db, user.id);
    const { token, id } = await session.token.create({ name: "script" });
    expect(token).toMatch(/^atl_/);

    const viaToken = await callerWithToken(h.db, token);
    expect(await viaToken.me()).toMatchObject({ id: user.id, email: user.email, roles: ["BUYER"], via: "token" });

    const wrong = await callerWithToken(h.db, token.slice(0, -4) + "AAAA");
    expect(await codeOf(wrong.me())).toBe("UNAUTHORIZED");
    const garbage = await callerWithToken(h.db, "not-a-token");
    expect(await codeOf(garbage.me())).toBe("UNAUTHORIZED");

    await session.token.revoke({ id });
    const revoked = await callerWithToken(h.db, token);
    expect(await codeOf(revoked.me())).toBe("UNAUTHORIZED");
    await expect(revoked.me()).rejects.toThrow(/revoked/);
  });

  it("a bad token is not silently replaced by the session cookie", async () => {
    const user = await makeUser(h.db, ["BUYER"]);
    const { createContext, appRouter } = await import("../src/index.ts");
    const ctx = await createContext({ db: h.db, headers: new Headers({ authorization: "Bearer atl_bad" }), getSessionUserId: async () => user.id });
    expect(await codeOf(appRouter.createCaller(ctx).me())).toBe("UNAUTHORIZED");
  });

  it("only a hash of the token is stored", async () => {
    const user = await makeUser(h.db, ["BUYER"]);
    const { token, id } = await (await callerAs(h.db, user.id)).token.create({ name: "ci" });
    const row = await h.db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(row)).not.toContain(token.slice(13));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("nobody can revoke or list another user's tokens", async () => {
    const a = await makeUser(h.db, ["BUYER"]);
    const b = await makeUser(h.db, ["BUYER"]);
    const { id } = await (await callerAs(h.db, a.id)).token.create({ name: "mine" });
    const asB = await callerAs(h.db, b.id);
    expect(await codeOf(asB.token.revoke({ id }))).toBe("NOT_FOUND");
    expect(await asB.token.list()).toEqual([]);
    const row = await h.db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.revokedAt).toBeNull();
  });

  it("an admin can grant and revoke roles, audited, but not remove their own admin role", async () => {
    const admin = await makeUser(h.db, ["ADMIN", "BUYER"]);
    const target = await makeUser(h.db, ["BUYER"]);
    const caller = await callerAs(h.db, admin.id);
    const granted = await caller.admin.user.setRole({ userId: target.id, role: "ARTIST", granted: true });
    expect(granted.roles).toEqual(["ARTIST", "BUYER"]);
    // granting twice changes nothing and writes one audit row only
    expect((await caller.admin.user.setRole({ userId: target.id, role: "ARTIST", granted: true })).changed).toBe(false);
    await caller.admin.user.setRole({ userId: target.id, role: "ARTIST", granted: false });
    const audits = await h.db.auditLog.findMany({ where: { targetId: target.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([
      ["role.grant", admin.id],
      ["role.revoke", admin.id],
    ]);
    expect(await codeOf(caller.admin.user.setRole({ userId: admin.id, role: "ADMIN", granted: false }))).toBe("PRECONDITION_FAILED");
    expect(await codeOf(caller.admin.user.setRole({ userId: "nope", role: "ARTIST", granted: true }))).toBe("NOT_FOUND");
  });

  it("role changes apply to the next request", async () => {
    const admin = await makeUser(h.db, ["ADMIN"]);
    const target = await makeUser(h.db, ["BUYER"]);
    await (await callerAs(h.db, admin.id)).admin.user.setRole({ userId: target.id, role: "ADMIN", granted: true });
    const next = await callerAs(h.db, target.id);
    expect((await next.admin.user.list({ query: target.email })).items).toHaveLength(1);
  });
});
