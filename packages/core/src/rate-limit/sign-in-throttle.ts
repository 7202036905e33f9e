import pg from "pg";
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";
import type { CoreSettings } from "../env.ts";

export type SignInLimits = Pick<
  CoreSettings,
  "SIGN_IN_FREE_FAILURES_PER_ADDRESS" | "SIGN_IN_FREE_FAILURES_PER_ACCOUNT" | "SIGN_IN_ACCOUNT_SLOWDOWN_AFTER" | "SIGN_IN_FREE_FAILURES_PER_ADDRESS_DAY"
>;

/** The table rate-limiter-flexible keeps its counters in; created by a Prisma migration (model SignInThrottle). */
export const SIGN_IN_THROTTLE_TABLE = "sign_in_throttle";

const DAY = 24 * 60 * 60;
/** The longest any one delay grows to: a slowdown, never a lock. */
export const MAX_DELAY_SECONDS = { accountAndAddress: 15 * 60, account: 5 * 60, address: 60 * 60 } as const;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface SignInThrottle {
  /** Before the password is checked: is this attempt to wait? */
  check(email: string, address: string): Promise<ThrottleVerdict>;
  recordFailure(email: string, address: string): Promise<void>;
  recordSuccess(email: string, address: string): Promise<void>;
}

/**
 * Sign-in limits after rate-limiter-flexible's "login endpoint protection" pattern (failures counted per
 * account-and-address and per address a day), extended with a per-account count, and with progressive
 * delays (2 s, 4 s, 8 s … up to a cap) instead of a lock:
 *
 * - each account-and-address pair has SIGN_IN_FREE_FAILURES_PER_ADDRESS free failures; after that each
 *   failure doubles the wait for that pair. A success clears the pair.
 * - once an account has had SIGN_IN_FREE_FAILURES_PER_ACCOUNT failures in a day (from anywhere), every
 *   further failure delays its address at once, and the wait grows with the account's count: guessing from
 *   rotating addresses costs one guess per address per delay. An address that has not failed on the account
 *   is still checked, so the owner's right password from a new address works.
 * - past SIGN_IN_ACCOUNT_SLOWDOWN_AFTER failures in a day (an attack from more addresses than the per-pair
 *   delays can hold back), every attempt on the account waits, at most 5 minutes; resetting the password
 *   clears this.
 * - an address with SIGN_IN_FREE_FAILURES_PER_ADDRESS_DAY failures a day over all accounts waits too.
 * Attempts refused while waiting are not counted, so waits never grow into a lock.
 */
export function createSignInThrottle(pool: pg.Pool, limits: SignInLimits): SignInThrottle {
  // PGlite's socket server (the embedded default) multiplexes every connection onto one session, so the
  // library's named prepared statements collide between pool connections ("prepared statement … already
  // exists"): send each query unnamed. tableCreated: the table comes from the migrations (one schema owner,
  // no DDL at request time).
  const storeClient = { query: (q: { text: string; values?: unknown[] }) => pool.query(q.text, q.values) };
  const limiter = (keyPrefix: string, duration: number) =>
    new RateLimiterPostgres({
      storeClient,
      storeType: "pool",
      tableName: SIGN_IN_THROTTLE_TABLE,
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix,
      // counters never refuse by themselves: penalty() counts and the delays below decide
      points: Number.MAX_SAFE_INTEGER,
      duration,
    });
  const failsByPair = limiter(PREFIX.failsByPair, DAY);
  const failsByAccount = limiter(PREFIX.failsByAccount, DAY);
  const failsByAddress = limiter(PREFIX.failsByAddress, DAY);
  // a delay is a block on a key: get() answers how long it has left
  const delays = new RateLimiterPostgres({
    storeClient,
    storeType: "pool",
    tableName: SIGN_IN_THROTTLE_TABLE,
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix: PREFIX.delay,
    points: 1,
    duration: 1,
  });

  const pair = (email: string, address: string) => `${normalise(email)}|${address}`;
  const remaining = (res: RateLimiterRes | null) => (res && res.consumedPoints > 1 ? Math.ceil(res.msBeforeNext / 1000) : 0);

  return {
    async check(email, address) {
      const waits = await Promise.all([
        delays.get(`pair:${pair(email, address)}`),
        delays.get(`account:${normalise(email)}`),
        delays.get(`address:${address}`),
      ]);
      const retryAfterSeconds = Math.max(...waits.map(remaining));
      return retryAfterSeconds > 0 ? { allowed: false, retryAfterSeconds } : { allowed: true };
    },

    async recordFailure(email, address) {
      const [pairFails, accountFails, addressFails] = (
        await Promise.all([failsByPair.penalty(pair(email, address)), failsByAccount.penalty(normalise(email)), failsByAddress.penalty(address)])
      ).map((r) => r.consumedPoints) as [number, number, number];
      const pairExcess =
        Math.max(0, pairFails - limits.SIGN_IN_FREE_FAILURES_PER_ADDRESS) + Math.max(0, accountFails - limits.SIGN_IN_FREE_FAILURES_PER_ACCOUNT);
      const blocks: Promise<unknown>[] = [];
      if (pairExcess > 0) blocks.push(delays.block(`pair:${pair(email, address)}`, doubling(pairExcess, MAX_DELAY_SECONDS.accountAndAddress)));
      const accountExcess = accountFails - limits.SIGN_IN_ACCOUNT_SLOWDOWN_AFTER;
      if (accountExcess > 0) blocks.push(delays.block(`account:${normalise(email)}`, doubling(accountExcess, MAX_DELAY_SECONDS.account)));
      const addressExcess = addressFails - limits.SIGN_IN_FREE_FAILURES_PER_ADDRESS_DAY;
      if (addressExcess > 0) blocks.push(delays.block(`address:${address}`, doubling(addressExcess, MAX_DELAY_SECONDS.address)));
      await Promise.all(blocks);
    },

    async recordSuccess(email, address) {
      await Promise.all([failsByPair.delete(pair(email, address)), delays.delete(`pair:${pair(email, address)}`)]);
    },
  };
}

/** The throttle's own small pool (rate-limiter-flexible talks to `pg` directly, not through Prisma). */
export function createSignInThrottlePool(connectionString: string): pg.Pool {
  return new pg.Pool({ connectionString, max: 2 });
}

/** 1 s for the first failure past the free ones, then 2, 4, 8 … up to `cap`. */
export function doubling(excess: number, cap: number): number {
  return Math.min(cap, 2 ** Math.min(excess - 1, 30));
}

const normalise = (email: string) => email.trim().toLowerCase();

/** Key prefixes (rate-limiter-flexible stores `${prefix}:${key}`); the account's keys start with its email. */
export const PREFIX = { failsByPair: "fail-pair", failsByAccount: "fail-account", failsByAddress: "fail-address", delay: "delay" } as const;

/** The throttle's keys that belong to one account (cleared when its password is reset). */
export function accountThrottleKeys(email: string): { exact: string[]; startsWith: string[] } {
  const e = normalise(email);
  return {
    exact: [`${PREFIX.failsByAccount}:${e}`, `${PREFIX.delay}:account:${e}`],
    startsWith: [`${PREFIX.failsByPair}:${e}|`, `${PREFIX.delay}:pair:${e}|`],
  };
}
