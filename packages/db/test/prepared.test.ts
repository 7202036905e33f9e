import { describe, expect, it } from "vitest";
import { MAX_PREPARED, allowsNamedStatements, prepared, preparedStatementName, StatementNames } from "../src/prepared.ts";
import { Prisma } from "../src/index.ts";

const marked = (n: number) => prepared(Prisma.sql`SELECT ${n}::int AS "x" FROM "Artwork" LIMIT ${Prisma.raw(String(n))}`).text;

describe("prepared statements", () => {
  it("names only marked statements, by their text, once the server is known to allow it", async () => {
    let answer!: (allows: boolean) => void;
    const names = new StatementNames(() => new Promise((resolve) => (answer = resolve)));
    expect(names.nameOf("SELECT 1")).toBeUndefined();
    // the first marked statement asks the server and runs unnamed until it answers
    expect(names.nameOf(marked(1))).toBeUndefined();
    answer(true);
    await Promise.resolve();
    expect(names.nameOf(marked(1))).toBe(preparedStatementName(marked(1)));
    expect(names.nameOf(marked(2))).not.toBe(names.nameOf(marked(1)));
    expect(names.nameOf("SELECT 1")).toBeUndefined();
  });

  it("never names a statement on PGlite, and keeps at most MAX_PREPARED texts", async () => {
    const pglite = new StatementNames(async () => allowsNamedStatements("PostgreSQL 18.6 (PGlite 0.5.14) on wasm32-unknown-emscripten"));
    pglite.nameOf(marked(1));
    await Promise.resolve();
    expect(pglite.nameOf(marked(1))).toBeUndefined();

    const server = new StatementNames(async () => allowsNamedStatements("PostgreSQL 15.18 (Debian 15.18-0+deb12u1) on x86_64-pc-linux-gnu"));
    server.nameOf(marked(0));
    await Promise.resolve();
    const named = Array.from({ length: MAX_PREPARED + 5 }, (_, i) => server.nameOf(marked(i)));
    expect(named.slice(0, MAX_PREPARED).every(Boolean)).toBe(true);
    expect(named.slice(MAX_PREPARED).every((n) => n === undefined)).toBe(true);
    // a text named before the cap keeps its name
    expect(server.nameOf(marked(3))).toBe(preparedStatementName(marked(3)));
  });

  it("asks again after a failed question", async () => {
    let calls = 0;
    const names = new StatementNames(async () => {
      calls++;
      if (calls === 1) throw new Error("connection refused");
      return true;
    });
    names.nameOf(marked(1));
    await new Promise((r) => setTimeout(r, 0));
    names.nameOf(marked(1));
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(2);
    expect(names.nameOf(marked(1))).toBeDefined();
  });
});
