import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";

export type Db = PrismaClient;

export interface CreateDbOptions {
  connectionString: string;
  /** pg pool size; PGlite's socket server multiplexes onto one session, so keep it modest. */
  max?: number;
}

/** One factory for every database: production PostgreSQL and the embedded PGlite are both reached over `pg`. */
export function createDb({ connectionString, max = 10 }: CreateDbOptions): Db {
  const adapter = new PrismaPg({ connectionString, max });
  return new PrismaClient({ adapter });
}
