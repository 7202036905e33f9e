import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, Prisma, prepared, type Db } from "../src/index.ts";
import { createTestDatabase, type TestDatabase } from "../src/testing/index.ts";

/**
 * Marked statements become named prepared statements on PostgreSQL (parsed once per connection, planned
 * generically once PostgreSQL finds that as cheap) and stay unnamed on PGlite, whose socket server puts
 * every pool connection in one session, where the same name prepared twice would collide.
 */
let database: TestDatabase;
let single: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  single = createDb({ connectionString: database.url, max: 1 });
});
afterAll(async () => {
  await single.$disconnect();
  await database.dispose();
});

const page = (n: number) => prepared(Prisma.sql`SELECT a."id" FROM "Artwork" a WHERE a."priceAmount" > ${n} ORDER BY a."id" LIMIT 5`);
const preparedNames = async (db: Db) =>
  (await db.$queryRaw<{ name: string }[]>`SELECT name FROM pg_prepared_statements WHERE name LIKE 'atelier\\_%'`).map((r) => r.name);

describe("prepared statements", () => {
  it("are named on PostgreSQL and not on PGlite", async () => {
    await single.$queryRaw(page(1));
    // the first marked statement asked the server what it is; the next ones are named where allowed
    await single.$queryRaw`SELECT 1`;
    for (let i = 0; i < 7; i++) await single.$queryRaw(page(i));
    const names = await preparedNames(single);
    expect(names).toHaveLength(database.kind === "postgres" ? 1 : 0);
  });

  it("several connections running the same statement at once never collide", async () => {
    const wide = createDb({ connectionString: database.url, max: 4 });
    try {
      await wide.$queryRaw(page(1));
      await wide.$queryRaw`SELECT 1`;
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => wide.$queryRaw<{ id: string }[]>(page(i))));
      expect(results.every((r) => Array.isArray(r))).toBe(true);
    } finally {
      await wide.$disconnect();
    }
  });
});
