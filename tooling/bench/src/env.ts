/** The bench's own knobs (all optional; the defaults are what the README describes). */
const e = process.env;

export const benchEnv = {
  /** comma list of databases for the catalogue, webhook and checkout benches: pglite, postgres */
  targets: (e.BENCH_TARGETS ?? "pglite,postgres").split(","),
  /** print EXPLAIN (ANALYZE, BUFFERS) of the catalogue statements */
  plans: Boolean(e.BENCH_PLANS),
  /** drop the issue-12 catalogue indexes after migrating (to measure the plans they replace) */
  withoutKeysetIndexes: Boolean(e.BENCH_WITHOUT_KEYSET_INDEXES),
  web: {
    port: e.BENCH_WEB_PORT ?? "3190",
    dbPort: e.BENCH_WEB_DB_PORT ?? "54390",
    sandboxPort: e.BENCH_WEB_SANDBOX_PORT ?? "12190",
    /** reuse the last production build */
    skipBuild: e.BENCH_WEB_SKIP_BUILD === "1",
    /** list every first-load script, not just the three largest */
    allScripts: Boolean(e.BENCH_WEB_ALL_SCRIPTS),
  },
  /** the process environment, for the server the web bench starts */
  process: e,
};
