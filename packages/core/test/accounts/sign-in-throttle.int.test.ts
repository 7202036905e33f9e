import { createTestDatabase, type TestDatabase } from "@atelier/db/testing";
import { defaultCoreSettings } from "@atelier/core/env";
import type pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { attemptSignIn } from "../../src/accounts/sign-in.ts";
import { hashPassword } from "../../src/accounts/password.ts";
import { issueEmailToken } from "../../src/accounts/email-tokens.ts";
import { resetPassword } from "../../src/accounts/password-reset.ts";
import { createSignInThrottle, createSignInThrottlePool, MAX_DELAY_SECONDS, type SignInThrottle } from "../../src/rate-limit/sign-in-throttle.ts";

let t: TestDatabase;
let pool: pg.Pool;
let throttle: SignInThrottle;
const PASSWORD = "the-right-password";
let passwordHash: string;

beforeAll(async () => {
  t = await createTestDatabase();
  pool = createSignInThrottlePool(t.url);
  throttle = createSignInThrottle(pool, defaultCoreSettings);
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(async () => {
  await pool?.end();
  await t?.dispose();
});
afterEach(() => vi.useRealTimers());

let n = 0;
async function owner() {
  const email = `owner-${++n}-${Date.now()}@test.atelier`;
  const user = await t.db.user.create({ data: { email, name: "Owner", passwordHash, roles: { create: [{ role: "BUYER" }] } } });
  return { id: user.id, email };
}
const attempt = (email: string, password: string, address: string) => attemptSignIn({ db: t.db, throttle }, { email, password }, address);

/** Moves the clock `seconds` ahead (rate-limiter-flexible reads Date.now()). */
function advance(seconds: number) {
  vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + seconds * 1000 });
}

describe("sign-in throttle (rate-limiter-flexible on PostgreSQL)", () => {
  it("30 wrong passwords from rotating addresses are slowed, then refused before the password is checked", async () => {
    const { email } = await owner();
    // the clock stands still, so a slow machine (password hashing under load) cannot let a first one-second wait run out mid-loop
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    const outcomes = [];
    for (let i = 0; i < 30; i++) outcomes.push(await attempt(email, `guess-${i}`, `10.1.0.${i % 3}`));
    const checked = outcomes.filter((o) => !o.ok && o.reason === "invalid").length;
    const refused = outcomes.filter((o) => !o.ok && o.reason === "rate_limited");
    // 10 free failures for the account, then each of the 3 addresses gets one more and waits
    expect(checked).toBe(13);
    expect(refused).toHaveLength(17);
    for (const r of refused) expect(r).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    expect(Math.max(...refused.map((r) => (r.ok ? 0 : "retryAfterSeconds" in r ? r.retryAfterSeconds : 0)))).toBeLessThanOrEqual(
      MAX_DELAY_SECONDS.accountAndAddress,
    );
    // the same guesses, the right one among them, stay refused while waiting: nothing is learned
    expect(await attempt(email, PASSWORD, "10.1.0.1")).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("the owner's right password from a fresh address still signs in during the attack", async () => {
    const { id, email } = await owner();
    for (let i = 0; i < 30; i++) await attempt(email, `guess-${i}`, `10.2.0.${i % 3}`);
    expect(await attempt(email, PASSWORD, "192.0.2.50")).toEqual({ ok: true, userId: id });
  });

  it("the right password after guessing from the same address waits (it is not locked), then works", async () => {
    const { id, email } = await owner();
    for (let i = 0; i < 8; i++) await attempt(email, `guess-${i}`, "10.3.0.1");
    const waiting = await attempt(email, PASSWORD, "10.3.0.1");
    expect(waiting).toMatchObject({ ok: false, reason: "rate_limited" });
    const wait = !waiting.ok && waiting.reason === "rate_limited" ? waiting.retryAfterSeconds : 0;
    expect(wait).toBeGreaterThan(0);
    // refused attempts are not counted: knocking while waiting does not make the wait longer
    for (let i = 0; i < 20; i++) await attempt(email, `more-${i}`, "10.3.0.1");
    const still = await attempt(email, PASSWORD, "10.3.0.1");
    expect(!still.ok && still.reason === "rate_limited" ? still.retryAfterSeconds : 0).toBeLessThanOrEqual(wait);
    advance(wait + 1);
    expect(await attempt(email, PASSWORD, "10.3.0.1")).toEqual({ ok: true, userId: id });
    // and a success clears that address: the next typo is checked again
    expect(await attempt(email, "typo", "10.3.0.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("an attack from more addresses than the per-address waits hold back slows every attempt on the account, at most 5 minutes", async () => {
    const { id, email } = await owner();
    for (let i = 0; i < defaultCoreSettings.SIGN_IN_ACCOUNT_SLOWDOWN_AFTER + 3; i++)
      await attempt(email, `guess-${i}`, `10.4.${Math.floor(i / 250)}.${i % 250}`);
    const fresh = await attempt(email, PASSWORD, "198.51.100.7");
    expect(fresh).toMatchObject({ ok: false, reason: "rate_limited" });
    const wait = !fresh.ok && fresh.reason === "rate_limited" ? fresh.retryAfterSeconds : 0;
    expect(wait).toBeLessThanOrEqual(MAX_DELAY_SECONDS.account);
    advance(wait + 1);
    expect(await attempt(email, PASSWORD, "198.51.100.7")).toEqual({ ok: true, userId: id });
  });

  it("one address guessing across many accounts waits on all of them", async () => {
    const strict = createSignInThrottle(pool, { ...defaultCoreSettings, SIGN_IN_FREE_FAILURES_PER_ADDRESS_DAY: 12 });
    const address = "10.5.0.1";
    for (let i = 0; i < 13; i++) await attemptSignIn({ db: t.db, throttle: strict }, { email: `nobody-${i}@test.atelier`, password: "guess" }, address);
    const { email } = await owner();
    expect(await attemptSignIn({ db: t.db, throttle: strict }, { email, password: PASSWORD }, address)).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await attemptSignIn({ db: t.db, throttle: strict }, { email, password: PASSWORD }, "10.5.0.2")).toMatchObject({ ok: true });
  });

  it("unknown emails are counted like real ones (the throttle does not tell which exist)", async () => {
    const outcomes = [];
    for (let i = 0; i < 7; i++) outcomes.push(await attempt("ghost@test.atelier", `guess-${i}`, "10.6.0.1"));
    expect(outcomes.slice(0, 5).every((o) => !o.ok && o.reason === "invalid")).toBe(true);
    expect(outcomes.at(-1)).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("resetting the password lifts the account's waits", async () => {
    const { id, email } = await owner();
    for (let i = 0; i < 12; i++) await attempt(email, `guess-${i}`, "10.7.0.1");
    expect(await attempt(email, PASSWORD, "10.7.0.1")).toMatchObject({ ok: false, reason: "rate_limited" });
    const token = await issueEmailToken(t.db, id, "RESET_PASSWORD", new Date());
    const events = { consumes: () => false, send: async () => ({ ids: [] }) };
    await resetPassword({ db: t.db, events, appUrl: "http://atelier.test", now: () => new Date() }, { token, password: "a-brand-new-password" });
    expect(await attempt(email, "a-brand-new-password", "10.7.0.1")).toEqual({ ok: true, userId: id });
  });
});
