/**
 * `pnpm bench`: the public catalogue at 10,000 artworks. For each query, p50/p95 through the real tRPC
 * caller next to the same SQL sent directly through `pg` in this process, on PGlite (in memory) and on a
 * real PostgreSQL server when its binaries are available; webhook ingest throughput (./webhooks.ts).
 * Search (./search.ts): FTS, exact vector, HNSW and hybrid at 10k and 100k artworks, HNSW recall@10.
 * Chat (./chat.ts): the chat route's time to first token next to streamText directly.
 * tRPC (./trpc-overhead.ts): the tracing middleware's cost per call.
 * Checkout (./checkout.ts): checkout.create next to its writes alone, the 50-way race, webhook → PAID.
 * Split (./split.ts): the split engine's throughput, licensed lines and refunds against splitItem.
 * Wall preview (./wall-preview.ts): the composite per photo size next to a plain resize of the same photo.
 * Mockups (./mockups.ts): each product's mockup and the whole set per source size next to a plain resize of the source.
 * Claims (./claims.ts): live-show claims per second through the tRPC caller, sequential and 8 operators, next to a plain insert.
 * `pnpm bench` runs all; `pnpm bench catalogue|webhooks|search|chat|trpc|checkout|split|wall|mockups|claims` runs one. Never part of the test suite.
 */
import { appRouter, createContext } from "@atelier/api";
import {
  cataloguePageSql,
  checkedSearchPageSql,
  correctionSql,
  decodeCursor,
  parseSearchQuery,
  withCorrections,
  type CatalogueQuery,
  type CheckedSearchRow,
} from "@atelier/core/discovery/public-sql";
import { applyMigrations, createDb, prepared, preparedStatementName, type Prisma } from "@atelier/db";
import { startEmbeddedPostgres } from "@atelier/db/embedded";
import { startPostgresServer } from "@atelier/dev/postgres-server";
import pg from "pg";
import { measurePair, type Stats } from "./measure.ts";
import { seedCatalogue } from "./seed-catalogue.ts";
import { benchSearch, benchSearchAt, printSearchTable, type SearchRow } from "./search.ts";
import { benchWebhooks, printWebhookTable, type WebhookRow } from "./webhooks.ts";
import { benchChat, printChatTable, type ChatRow } from "./chat.ts";
import { benchTrpcOverhead } from "./trpc-overhead.ts";
import { hnswRecall, printRecall } from "./hnsw-recall.ts";
import { benchWeb } from "./web.ts";
import { benchEnv } from "./env.ts";
import { benchCheckout, printCheckoutTable, type CheckoutRow } from "./checkout.ts";
import { benchSplit } from "./split.ts";
import { benchWallPreview, printWallTable } from "./wall-preview.ts";
import { benchMockups, printMockupTable } from "./mockups.ts";
import { benchClaims, printClaimsTable } from "./claims.ts";

const only = process.argv[2];
const runCatalogue = !only || only === "catalogue";
const runWebhooks = !only || only === "webhooks";
const runChat = !only || only === "chat";
const runSearch = !only || only === "search";
const runTrpc = !only || only === "trpc";
const runCheckout = !only || only === "checkout";
const runSplit = !only || only === "split";
const log = (l: string) => console.log(`[bench] ${l}`);
if (only === "wall") {
  printWallTable(await benchWallPreview(log));
  process.exit(0);
}
if (only === "mockups") {
  printMockupTable(await benchMockups(log));
  process.exit(0);
}
if (only === "claims") {
  printClaimsTable(await benchClaims(benchEnv.targets, log));
  process.exit(0);
}
if (only === "web") {
  await benchWeb();
  process.exit(0);
}
if (only === "hnsw") {
  const [n = "20000", texts = "repeated", m = "16", efc = "64"] = process.argv.slice(3);
  printRecall(await hnswRecall(Number(n), texts === "varied" ? "varied" : "repeated", Number(m), Number(efc), log));
  process.exit(0);
}

// `pnpm bench catalogue 100000` for another size; BENCH_TARGETS=postgres skips PGlite
const ARTWORKS = only === "catalogue" && process.argv[3] ? Number(process.argv[3]) : 10_000;
const targets = benchEnv.targets;
const ITERATIONS = 200;
const WARMUP = 20;
const PAGE = 24;
const DEEP_PAGE = 100;
const QUERY = "harbour light";
/** one misspelt word: the correction statement runs its trigram lookup */
const TYPO_QUERY = "harbur light";

interface Row {
  target: string;
  name: string;
  trpc: Stats;
  sql: Stats;
}

async function benchDatabase(target: string, url: string): Promise<Row[]> {
  await applyMigrations(url);
  if (benchEnv.withoutKeysetIndexes) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP INDEX "Artwork_public_newest_idx"; DROP INDEX "Artwork_public_price_eur_idx"`);
    await c.end();
    console.log(`[bench] ${target}: without the issue-12 keyset indexes (BENCH_WITHOUT_KEYSET_INDEXES)`);
  }
  let t = Date.now();
  await seedCatalogue(url, ARTWORKS);
  console.log(`[bench] ${target}: seeded ${ARTWORKS} artworks in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const db = createDb({ connectionString: url, max: 4 });
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const caller = appRouter.createCaller(await createContext({ db, headers: new Headers(), getSessionUserId: async () => null }));
  const filters = { availability: "available" as const };

  t = Date.now();
  let deepCursor: string | null = null;
  for (let i = 1; i < DEEP_PAGE; i++) deepCursor = (await caller.artwork.list({ limit: PAGE, cursor: deepCursor })).nextCursor;
  console.log(`[bench] ${target}: walked to page ${DEEP_PAGE} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  if (!deepCursor) throw new Error("catalogue too small for the deep page");

  // the SQL side sends what the app sends: the page statement (keyset ids joined to the cards); for a
  // search the spelling check with the page as typed, then the corrected page when a word was corrected
  // named prepared statements on PostgreSQL, as the app's client sends them (prepared(), @atelier/db); unnamed on PGlite
  const named = target === "PostgreSQL";
  const send = <R extends pg.QueryResultRow>(statement: Prisma.Sql) => {
    const sql = prepared(statement);
    return pool.query<R>({ name: named ? preparedStatementName(sql.text) : undefined, text: sql.text, values: sql.values as unknown[] });
  };
  const direct = (q: CatalogueQuery) => () => send(cataloguePageSql(q));
  const searchQuery = (text: string): CatalogueQuery => ({ filters, sort: "relevance", cursor: null, take: PAGE + 1, q: parseSearchQuery(text) });
  const directSearch = (text: string) => async () => {
    const parsed = parseSearchQuery(text);
    const correction = correctionSql(parsed);
    if (!correction) return send(cataloguePageSql(searchQuery(text)));
    const checked = await send<CheckedSearchRow>(checkedSearchPageSql(correction, searchQuery(text)));
    const fixes = checked.rows[0]?.fixes;
    return fixes?.length ? send(cataloguePageSql({ ...searchQuery(text), q: withCorrections(parsed, fixes) })) : checked;
  };
  // the gallery's filters (issue 12): stored columns with partial indexes, a price range converted per currency
  const painting = { availability: "available" as const, category: "painting" as const, colour: "blue" as const };
  const usdRange = { availability: "available" as const, currency: "USD" as const, minPrice: 20_000, maxPrice: 80_000 };
  const combined = {
    availability: "available" as const,
    category: "painting" as const,
    size: "medium" as const,
    orientation: "portrait" as const,
    currency: "USD" as const,
    maxPrice: 300_000,
  };
  const filtered: [string, CatalogueQuery][] = [
    ["list painting + blue", { filters: painting, sort: "newest", cursor: null, take: PAGE + 1 }],
    ["list US$200–800 (converted)", { filters: usdRange, sort: "newest", cursor: null, take: PAGE + 1 }],
    ["list price order (€ value)", { filters, sort: "price_asc", cursor: null, take: PAGE + 1 }],
    ["list 4 filters + US$ max", { filters: combined, sort: "newest", cursor: null, take: PAGE + 1 }],
  ];
  const cases: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
    ["artwork.list first page", () => caller.artwork.list({ limit: PAGE }), direct({ filters, sort: "newest", cursor: null, take: PAGE + 1 })],
    [
      `artwork.list page ${DEEP_PAGE} (keyset)`,
      () => caller.artwork.list({ limit: PAGE, cursor: deepCursor }),
      direct({ filters, sort: "newest", cursor: decodeCursor(deepCursor, "newest"), take: PAGE + 1 }),
    ],
    [`artwork.search "${QUERY}"`, () => caller.artwork.search({ q: QUERY, limit: PAGE }), directSearch(QUERY)],
    [`artwork.search "${TYPO_QUERY}"`, () => caller.artwork.search({ q: TYPO_QUERY, limit: PAGE }), directSearch(TYPO_QUERY)],
    ...filtered.map(([name, q]): [string, () => Promise<unknown>, () => Promise<unknown>] => [
      `artwork.${name}`,
      () => caller.artwork.list({ filters: q.filters, sort: q.sort as "newest", limit: PAGE }),
      direct(q),
    ]),
  ];
  const rows: Row[] = [];
  for (const [name, viaTrpc, viaSql] of cases) {
    const [trpc, sql] = await measurePair(viaTrpc, viaSql, ITERATIONS, WARMUP);
    rows.push({ target, name, trpc, sql });
  }
  if (benchEnv.plans) {
    const typo = parseSearchQuery(TYPO_QUERY);
    const plans: [string, { text: string; values: unknown[] }][] = [
      ["first page", cataloguePageSql({ filters, sort: "newest", cursor: null, take: PAGE + 1 })],
      [`page ${DEEP_PAGE}`, cataloguePageSql({ filters, sort: "newest", cursor: decodeCursor(deepCursor, "newest"), take: PAGE + 1 })],
      [`search "${QUERY}" with its spelling check`, checkedSearchPageSql(correctionSql(parseSearchQuery(QUERY))!, searchQuery(QUERY))],
      [`spelling correction "${TYPO_QUERY}"`, correctionSql(typo)!],
      ...filtered.map(([name, q]): [string, { text: string; values: unknown[] }] => [name, cataloguePageSql(q)]),
    ];
    for (const [name, sql] of plans) {
      const plan = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql.text}`, sql.values);
      console.log(`\n[bench] ${target} plan, ${name}:\n${plan.rows.map((r) => `  ${r["QUERY PLAN"]}`).join("\n")}`);
    }
  }
  await pool.end();
  await db.$disconnect();
  return rows;
}

function printTable(rows: Row[]) {
  const f = (n: number) => n.toFixed(2).padStart(8);
  const r = (a: number, b: number) => `${(a / b).toFixed(2)}×`.padStart(7);
  console.log(`\n${ARTWORKS} artworks, ${ITERATIONS} iterations after ${WARMUP} warm-up, page size ${PAGE}; times in ms`);
  console.log(
    `${"database".padEnd(11)} ${"query".padEnd(38)} ${"tRPC p50".padStart(8)} ${"tRPC p95".padStart(8)} ${"SQL p50".padStart(8)} ${"SQL p95".padStart(8)} ${"p50 ×".padStart(7)} ${"p95 ×".padStart(7)}`,
  );
  for (const x of rows) {
    console.log(
      `${x.target.padEnd(11)} ${x.name.padEnd(38)} ${f(x.trpc.p50)} ${f(x.trpc.p95)} ${f(x.sql.p50)} ${f(x.sql.p95)} ${r(x.trpc.p50, x.sql.p50)} ${r(x.trpc.p95, x.sql.p95)}`,
    );
  }
  console.log(
    "tRPC = the procedure through appRouter.createCaller; SQL = the statements it sends, through pg (named prepared statements on PostgreSQL, as the app's client sends them): the page (keyset ids joined to the cards); for a search the spelling check with the page as typed, then the corrected page.",
  );
}

const rows: Row[] = [];
const webhookRows: WebhookRow[] = [];
const searchRows: SearchRow[] = [];
const checkoutRows: CheckoutRow[] = [];
async function benchAll(target: string, url: string) {
  if (runCatalogue) rows.push(...(await benchDatabase(target, url)));
  if (runWebhooks) webhookRows.push(...(await benchWebhooks(target, url, log)));
  // the race only where sessions truly overlap (PGlite runs one at a time)
  if (runCheckout) checkoutRows.push(...(await benchCheckout(target, url, target === "PostgreSQL", log)));
}

if ((runCatalogue || runWebhooks || runCheckout) && targets.includes("pglite")) {
  const embedded = await startEmbeddedPostgres();
  try {
    await benchAll("PGlite", embedded.url);
  } finally {
    await embedded.stop();
  }
}
// `pnpm bench search 10000` measures one size only
if (runSearch) searchRows.push(...(await benchSearch(log, process.argv[3] ? [Number(process.argv[3])] : undefined)));

// no database: the middleware's own cost on a procedure that does nothing
if (runTrpc) await benchTrpcOverhead();
// no database: pure arithmetic
if (runSplit) benchSplit();

// the chat route's overhead is measured on one database (PGlite): the model, not SQL, dominates it
const chatRows: ChatRow[] = [];
if (runChat) {
  const chatDb = await startEmbeddedPostgres();
  try {
    chatRows.push(...(await benchChat(chatDb.url, log)));
  } finally {
    await chatDb.stop();
  }
}

const server =
  (runCatalogue || runWebhooks || runSearch || runCheckout) && targets.includes("postgres")
    ? await startPostgresServer((l) => console.log(`[bench] ${l}`))
    : null;
if (server) {
  try {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE atelier_bench`);
    await admin.end();
    await benchAll("PostgreSQL", server.url.replace(/\/postgres$/, "/atelier_bench"));
    if (runSearch && !process.argv[3]) {
      const c = new pg.Client({ connectionString: server.url });
      await c.connect();
      await c.query(`CREATE DATABASE atelier_bench_search`);
      await c.end();
      // Debian's PostgreSQL 15 has no pgvector: this shows the full-text fallback, measured the same way
      searchRows.push(...(await benchSearchAt("PostgreSQL", server.url.replace(/\/postgres$/, "/atelier_bench_search"), 10_000, log)));
    }
  } finally {
    server.stop();
  }
} else if ((runCatalogue || runWebhooks || runSearch || runCheckout) && targets.includes("postgres")) {
  console.log("[bench] no PostgreSQL binaries found; skipped the server run");
}
if (rows.length) printTable(rows);
if (webhookRows.length) printWebhookTable(webhookRows);
if (searchRows.length) printSearchTable(searchRows);
if (chatRows.length) printChatTable("PGlite", chatRows);
if (checkoutRows.length) printCheckoutTable(checkoutRows);
if (!only) printWallTable(await benchWallPreview(log));
if (!only) printClaimsTable(await benchClaims(targets, log));
process.exit(0);
