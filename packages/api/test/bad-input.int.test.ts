import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callerAs, makeUser, uniqueEmail, useTestDatabase } from "./harness.ts";

const h = useTestDatabase();

/** Calls and returns the tRPC code and the field errors the client would receive. */
async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    const { fieldErrorsOf } = await import("../src/errors.ts");
    return { code: e.code, fields: fieldErrorsOf(e.cause) ?? {} };
  }
  throw new Error("expected the call to fail");
}

describe("sign-up validation writes nothing on bad input", () => {
  const cases: [string, Record<string, string>, string, RegExp][] = [
    ["empty email", { name: "Ana", email: "", password: "longenough" }, "email", /Enter your email/],
    ["malformed email", { name: "Ana", email: "ana@", password: "longenough" }, "email", /valid email/],
    ["short password", { name: "Ana", email: "short@test.atelier", password: "short" }, "password", /at least 8/],
    ["10 kB name", { name: "x".repeat(10_240), email: "long@test.atelier", password: "longenough" }, "name", /at most 80/],
    ["empty name", { name: "   ", email: "blank@test.atelier", password: "longenough" }, "name", /Enter your name/],
  ];
  for (const [label, input, field, message] of cases) {
    it(label, async () => {
      const before = await h.db.user.count();
      const anon = await callerAs(h.db, null, {}, { clientIp: `10.0.0.${label.length}` });
      const { code, fields } = await failure(anon.account.signUp(input as never));
      expect(code).toBe("BAD_REQUEST");
      expect(fields[field]?.[0]).toMatch(message);
      expect(await h.db.user.count()).toBe(before);
    });
  }

  it("a duplicate email (any case) gets the same neutral answer, and nothing is written", async () => {
    const email = uniqueEmail("dup");
    const anon = await callerAs(h.db, null, {}, { clientIp: "10.0.1.1" });
    const first = await anon.account.signUp({ name: "First", email, password: "password-1" });
    const before = await h.db.user.count();
    const second = await anon.account.signUp({ name: "Second", email: email.toUpperCase(), password: "password-2" });
    expect(second).toEqual(first);
    expect(second).toEqual({ status: "check-email" });
    expect(await h.db.user.count()).toBe(before);
    const user = await h.db.user.findUniqueOrThrow({ where: { email }, include: { roles: true } });
    expect(user.name).toBe("First");
    expect(user.roles.map((r) => r.role)).toEqual(["BUYER"]);
  });

  it("concurrent sign-ups with one email create exactly one user, and every caller gets the same answer", async () => {
    const email = uniqueEmail("race");
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, async (_, i) =>
        (await callerAs(h.db, null, {}, { clientIp: `10.0.2.${i}` })).account.signUp({ name: `R${i}`, email, password: "password-1" }),
      ),
    );
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : r.reason))).toEqual(Array(5).fill({ status: "check-email" }));
    expect(await h.db.user.count({ where: { email } })).toBe(1);
  });

  it("sign-up is rate limited per client address", async () => {
    const ip = "10.9.9.9";
    const anon = await callerAs(h.db, null, {}, { clientIp: ip });
    const { rateLimits } = await import("@atelier/core/rate-limit");
    const { defaultCoreSettings } = await import("@atelier/core/env");
    for (let i = 0; i < rateLimits(defaultCoreSettings).signUp.limit; i++)
      await anon.account.signUp({ name: "Burst", email: uniqueEmail("burst"), password: "password-1" });
    const { code } = await failure(anon.account.signUp({ name: "Burst", email: uniqueEmail("burst"), password: "password-1" }));
    expect(code).toBe("TOO_MANY_REQUESTS");
  });

  it("token names are validated on the field and nothing is stored", async () => {
    const user = await makeUser(h.db);
    const caller = await callerAs(h.db, user.id);
    const empty = await failure(caller.token.create({ name: "  " }));
    expect(empty.fields.name?.[0]).toMatch(/Name the token/);
    const huge = await failure(caller.token.create({ name: "t".repeat(10_000) }));
    expect(huge.fields.name?.[0]).toMatch(/at most 60/);
    expect(await h.db.apiToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it("profile updates reject bad URLs and long bios on the field", async () => {
    const user = await makeUser(h.db);
    const caller = await callerAs(h.db, user.id);
    const bad = await failure(caller.account.updateProfile({ name: "Ok", website: "javascript:alert(1)" }));
    expect(bad.fields.website?.[0]).toMatch(/full URL/);
    const long = await failure(caller.account.updateProfile({ name: "Ok", bio: "b".repeat(2001) }));
    expect(long.fields.bio?.[0]).toMatch(/2,000/);
    const saved = await caller.account.updateProfile({ name: "New Name", website: "https://example.org" });
    expect(saved).toMatchObject({ name: "New Name", website: "https://example.org" });
  });
});
