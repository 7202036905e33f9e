/**
 * `pnpm bench claims` (issue 14): live-show claims recorded per second through the real tRPC caller
 * (liveShow.claim: ownership check, validation, the item's row lock, the conditional holds, the claim row),
 * sequentially and with 8 concurrent operators, next to a plain INSERT of the same claim rows through `pg`
 * in the same run. On PGlite (one session at a time) and on a real PostgreSQL server when one can be started.
 */
import { appRouter, createContext } from "@atelier/api";
import { applyMigrations, createDb, type Db } from "@atelier/db";
import { startEmbeddedPostgres } from "@atelier/db/embedded";
import { startPostgresServer } from "@atelier/dev/postgres-server";
import crypto from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";

const CLAIMS = 1_000;
const OPERATORS = 8;
const ITEMS = 50;

export interface ClaimsRow {
  target: string;
  name: string;
  perSecond: number;
  /** the plain-insert rate this row is compared with */
  against?: number;
}

async function seedShow(db: Db, tag: string) {
  const user = await db.user.create({
    data: { email: `bench-claims-${tag}-${crypto.randomBytes(3).toString("hex")}@bench.atelier`, name: "Bench", roles: { create: [{ role: "ARTIST" }] } },
  });
  const profile = await db.artistProfile.create({ data: { userId: user.id, displayName: `Bench ${tag}`, slug: `bench-claims-${tag}-${user.id.slice(-6)}` } });
  const works = await Promise.all(
    Array.from({ length: ITEMS / 2 }, (_, i) =>
      db.artwork.create({
        data: {
          artistId: profile.id,
          slug: `bench-claim-work-${tag}-${i}-${profile.id.slice(-6)}`,
          title: `Bench Work ${i}`,
          medium: "Oil",
          widthTenths: 300,
          heightTenths: 400,
          priceAmount: 50_000,
          currency: "EUR",
          status: "PUBLISHED",
          publishedAt: new Date(),
        },
        select: { id: true },
      }),
    ),
  );
  // half originals from the catalogue (1 unit: one holder, the rest queue), half ad-hoc items with 20 units
  const show = await db.liveShow.create({
    data: {
      artistId: profile.id,
      title: `Bench ${tag}`,
      startsAt: new Date(),
      platform: "INSTAGRAM",
      currency: "EUR",
      status: "LIVE",
      items: {
        create: [
          ...works.map((w, i) => ({ number: i + 1, artworkId: w.id, title: `Bench Work ${i}`, unitAmount: 50_000, quantity: 1 })),
          ...Array.from({ length: ITEMS / 2 }, (_, i) => ({ number: ITEMS / 2 + i + 1, title: `Mug ${i}`, unitAmount: 1_200, quantity: 20 })),
        ],
      },
    },
    select: { id: true, items: { select: { id: true, number: true } } },
  });
  const ctx = await createContext({
    db,
    headers: new Headers(),
    getSessionUserId: async () => user.id,
    clientIp: "198.51.100.7",
    appUrl: "http://atelier.bench",
  });
  return { showId: show.id, items: show.items, caller: appRouter.createCaller(ctx) };
}

/** The i-th claim of a run: spread over the items, a distinct buyer each. */
const claimAt = (i: number) => ({ itemNumber: (i % ITEMS) + 1, handle: `buyer${i}` });

async function run(total: number, concurrency: number, one: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await one(next++);
    }),
  );
  return total / ((performance.now() - t0) / 1000);
}

export async function benchClaimsAt(target: string, url: string, log: (l: string) => void): Promise<ClaimsRow[]> {
  await applyMigrations(url);
  const db = createDb({ connectionString: url, max: OPERATORS + 2 });
  const pool = new pg.Pool({ connectionString: url, max: OPERATORS });
  const rows: ClaimsRow[] = [];
  try {
    for (const [mode, concurrency] of [
      ["sequential", 1],
      [`${OPERATORS} operators`, OPERATORS],
    ] as const) {
      const viaTrpc = await seedShow(db, `${target}-${concurrency}-t`);
      const plain = await seedShow(db, `${target}-${concurrency}-p`);
      const itemId = new Map(plain.items.map((it) => [it.number, it.id]));
      // warm both paths
      for (let i = 0; i < 20; i++) {
        await viaTrpc.caller.liveShow.claim({ showId: viaTrpc.showId, ...claimAt(CLAIMS + i) });
        await pool.query(
          `INSERT INTO "LiveClaim" (id, "showId", "itemId", "buyerHandle", status, position, "updatedAt") VALUES ($1, $2, $3, $4, 'QUEUED', $5, now())`,
          [`warm-${target}-${concurrency}-${i}`, plain.showId, itemId.get(claimAt(CLAIMS + i).itemNumber), `warm${i}`, 1_000_000 + i],
        );
      }
      let position = 2_000_000;
      const insertRate = await run(CLAIMS, concurrency, async (i) => {
        const c = claimAt(i);
        await pool.query(
          `INSERT INTO "LiveClaim" (id, "showId", "itemId", "buyerHandle", status, position, "updatedAt") VALUES ($1, $2, $3, $4, 'QUEUED', $5, now())`,
          [`plain-${target}-${concurrency}-${i}`, plain.showId, itemId.get(c.itemNumber), c.handle, ++position],
        );
      });
      const trpcRate = await run(CLAIMS, concurrency, (i) => viaTrpc.caller.liveShow.claim({ showId: viaTrpc.showId, ...claimAt(i) }));
      const holding = await db.liveClaim.count({ where: { showId: viaTrpc.showId, status: "HOLDING" } });
      log(`${target} ${mode}: ${CLAIMS} claims, ${holding} holding (expected exactly ${ITEMS / 2 + (ITEMS / 2) * 20}: one per original, 20 per ad-hoc item)`);
      rows.push({ target, name: `plain INSERT, ${mode}`, perSecond: insertRate });
      rows.push({ target, name: `liveShow.claim via tRPC, ${mode}`, perSecond: trpcRate, against: insertRate });
    }
  } finally {
    await pool.end();
    await db.$disconnect();
  }
  return rows;
}

export function printClaimsTable(rows: ClaimsRow[]) {
  console.log(`\nLive-show claims per second (${CLAIMS} claims over ${ITEMS} items: half originals, half 20-unit items)`);
  for (const r of rows)
    console.log(
      `${r.target.padEnd(11)} ${r.name.padEnd(40)} ${r.perSecond.toFixed(0).padStart(7)} /s${r.against ? `   ${(r.against / r.perSecond).toFixed(1)}× slower than the plain insert` : ""}`,
    );
}

/** PGlite in memory, then a throwaway PostgreSQL server (BENCH_TARGETS picks either). */
export async function benchClaims(targets: string[], log: (l: string) => void): Promise<ClaimsRow[]> {
  const rows: ClaimsRow[] = [];
  if (targets.includes("pglite")) {
    const embedded = await startEmbeddedPostgres();
    try {
      rows.push(...(await benchClaimsAt("PGlite", embedded.url, log)));
    } finally {
      await embedded.stop();
    }
  }
  if (targets.includes("postgres")) {
    const server = await startPostgresServer(log);
    if (!server) log("no PostgreSQL binaries found; skipped the server run");
    else
      try {
        rows.push(...(await benchClaimsAt("PostgreSQL", server.url, log)));
      } finally {
        server.stop();
      }
  }
  return rows;
}
