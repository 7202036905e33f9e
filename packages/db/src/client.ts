import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";
import { allowsNamedStatements, StatementNames } from "./prepared.ts";

export type Db = PrismaClient;

export interface CreateDbOptions {
  connectionString: string;
  /** pg pool size; PGlite's socket server multiplexes onto one session, so keep it modest. */
  max?: number;
}

/**
 * One factory for every database: production PostgreSQL and the embedded PGlite are both reached over `pg`.
 * Statements wrapped in `prepared(…)` run as named prepared statements on PostgreSQL (prepared.ts).
 */
export function createDb({ connectionString, max = 10 }: CreateDbOptions): Db {
  const names = new StatementNames(async () => {
    const rows = await db.$queryRaw<{ version: string }[]>`SELECT version() AS "version"`;
    return allowsNamedStatements(rows[0]?.version ?? "");
  });
  // the adapter passes the name to pg's query config, where undefined means an unnamed statement
  const statementNameGenerator = ((query: { sql: string }) => names.nameOf(query.sql)) as (query: { sql: string }) => string;
  const adapter = new PrismaPg({ connectionString, max }, { statementNameGenerator });
  const db: Db = new PrismaClient({ adapter });
  return db;
}
