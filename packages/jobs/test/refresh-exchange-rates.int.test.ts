import fs from "node:fs";
import type { Db } from "@atelier/db";
import { createTestDatabase, type TestDatabase } from "@atelier/db/testing";
import { latestRates, parseEcbFeed, SNAPSHOT_SOURCE } from "@atelier/core/exchange-rates";
import { CURRENCIES, CURRENCY_EXPONENTS } from "@atelier/core/money";
import { missingStripe } from "@atelier/core/payments";
import { InngestTestEngine } from "@inngest/test";
import { Inngest } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshExchangeRatesJob } from "../src/functions/refresh-exchange-rates.ts";
import { exchangeRatesRefreshEvent, outboxMailer, toInngestFunction, type JobDeps } from "../src/index.ts";

let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
});
afterAll(async () => {
  await database?.dispose();
});

const FEED_URL = "https://rates.test/eurofxref-daily.xml";
const snapshotXml = fs.readFileSync(new URL("../../core/src/exchange-rates/ecb-daily-2024-06-13.xml", import.meta.url), "utf8");
/** The next day's feed: the dollar weaker, the yen unchanged. */
const nextDay = snapshotXml.replace("time='2024-06-13'", "time='2024-06-14'").replace("rate='1.0784'", "rate='1.0698'");

const inngest = new Inngest({ id: "atelier-test", isDev: true });
function run(opts: { url?: string; body?: string; status?: number }) {
  const calls: string[] = [];
  const fetch = (async (url: string | URL) => {
    calls.push(String(url));
    return new Response(opts.body ?? "", { status: opts.status ?? 200, headers: { "content-type": "text/xml" } });
  }) as typeof globalThis.fetch;
  const deps: JobDeps = {
    db,
    mailer: outboxMailer,
    now: () => new Date(),
    stripe: missingStripe,
    appUrl: "http://atelier.test",
    events: { consumes: () => false, send: async () => ({ ids: [] }) },
    exchangeRatesUrl: opts.url,
    fetch,
  };
  const t = new InngestTestEngine({
    function: toInngestFunction(inngest, refreshExchangeRatesJob, () => deps),
    events: [exchangeRatesRefreshEvent(new Date())] as never,
  });
  return { calls, execute: () => t.execute() };
}

async function work(currency: string, priceAmount: number) {
  const user = await db.user.create({ data: { email: `fx-${currency}-${priceAmount}-${Date.now()}@test.atelier`, name: "FX Artist" } });
  const profile = await db.artistProfile.create({ data: { userId: user.id, slug: `fx-artist-${user.id}`, displayName: "FX Artist" } });
  return db.artwork.create({
    data: {
      artistId: profile.id,
      slug: `fx-${user.id}`,
      title: "Rates",
      medium: "Oil",
      widthTenths: 300,
      heightTenths: 400,
      priceAmount,
      currency,
      status: "PUBLISHED",
    },
    select: { id: true, priceEurMicros: true },
  });
}
const eurMicros = async (id: string) => (await db.artwork.findUniqueOrThrow({ where: { id }, select: { priceEurMicros: true } })).priceEurMicros;

describe("exchange rates", () => {
  it("the migrations loaded the dated snapshot: exactly the stored ECB feed of 13 June 2024, plus EUR itself", async () => {
    const rows = await db.$queryRaw<{ currency: string; perEuro: string; source: string; date: string }[]>`
      SELECT trim("currency") AS currency, "perEuro"::text AS "perEuro", "source", "date"::text AS date FROM "ExchangeRate" ORDER BY 1`;
    const feed = parseEcbFeed(snapshotXml);
    expect(rows).toHaveLength(feed.length + 1);
    for (const r of feed) expect(rows.find((x) => x.currency === r.currency)).toMatchObject({ date: r.date, source: SNAPSHOT_SOURCE });
    for (const r of feed) expect(Number(rows.find((x) => x.currency === r.currency)!.perEuro)).toBe(Number(r.perEuro));
    expect(rows.find((r) => r.currency === "EUR")).toMatchObject({ perEuro: "1.000000" });
    // every listing currency can be converted, with the exponent the money module uses
    for (const c of CURRENCIES) expect(rows.map((r) => r.currency)).toContain(c);
    const exps = await db.$queryRaw<{ c: string; e: number }[]>`SELECT c, "atelier_minor_unit_exponent"(c) AS e FROM unnest(${[...CURRENCIES]}::text[]) AS c`;
    expect(Object.fromEntries(exps.map((x) => [x.c, x.e]))).toEqual(CURRENCY_EXPONENTS);
  });

  it("a work's euro value follows its price (trigger): US$539.20 is €500.000000 at 1.0784", async () => {
    const w = await work("USD", 53_920);
    expect(w.priceEurMicros).toBe(500_000_000n);
    await db.artwork.update({ where: { id: w.id }, data: { priceAmount: 107_840 } });
    expect(await eurMicros(w.id)).toBe(1_000_000_000n);
    const yen = await work("JPY", 16_958);
    expect(yen.priceEurMicros).toBe(100_000_000n);
  });

  it("without EXCHANGE_RATES_URL the job downloads nothing and the snapshot stays", async () => {
    const job = run({});
    const { result } = await job.execute();
    expect(result).toEqual({ skipped: expect.stringContaining("EXCHANGE_RATES_URL is not set") });
    expect(job.calls).toEqual([]);
    expect((await latestRates(db)).date).toBe("2024-06-13");
  });

  it("stores a new day's rates, reprices the catalogue's euro values in the same step, and is idempotent", async () => {
    const usd = await work("USD", 53_920);
    const yen = await work("JPY", 16_958);
    const first = await run({ url: FEED_URL, body: nextDay }).execute();
    expect(first.result).toMatchObject({ stored: 31, dates: ["2024-06-14"] });
    expect((first.result as { repriced: number }).repriced).toBeGreaterThanOrEqual(1);
    const rates = await latestRates(db);
    expect(rates.date).toBe("2024-06-14");
    expect(rates.perEuro.USD).toBe("1.069800");
    // 53,920 / 1.0698 = 50,401.945… cents → 504.01945 € in millionths, rounded
    expect(await eurMicros(usd.id)).toBe(504_019_443n);
    expect(await eurMicros(yen.id)).toBe(100_000_000n);
    const again = await run({ url: FEED_URL, body: nextDay }).execute();
    expect(again.result).toMatchObject({ stored: 0, repriced: 0 });
    const history = await db.exchangeRate.count({ where: { currency: "USD" } });
    expect(history).toBe(2);
  });

  it("a failed download or a broken feed stores nothing (and the run fails, to be retried)", async () => {
    const before = await db.exchangeRate.count();
    const down = run({ url: FEED_URL, status: 503, body: "unavailable" });
    const r1 = await down.execute();
    expect(down.calls).toEqual([FEED_URL]);
    expect(JSON.stringify(r1.error)).toMatch(/answered 503/);
    const broken = await run({ url: FEED_URL, body: nextDay.replace("rate='1.0698'", "rate='about one'") }).execute();
    expect(JSON.stringify(broken.error)).toMatch(/Not a rate for USD/);
    expect(await db.exchangeRate.count()).toBe(before);
  });
});
