import { readDbEnv } from "./env.ts";

/** The URL the app uses: DATABASE_URL when set, else the embedded PGlite server `pnpm dev` starts. */
export function resolveDatabaseUrl(source?: Record<string, string | undefined>): string {
  const env = readDbEnv(source);
  return env.DATABASE_URL ?? embeddedDatabaseUrl(env.EMBEDDED_DB_PORT);
}

export function embeddedDatabaseUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

export function isEmbedded(source?: Record<string, string | undefined>): boolean {
  return !readDbEnv(source).DATABASE_URL;
}
