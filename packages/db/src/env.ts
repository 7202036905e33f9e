import { z } from "zod";

const optionalUrl = (message: string) => z.preprocess((v) => (v === "" ? undefined : v), z.string().url(message).optional());

/** Settings of the database package. Nothing is required: with no DATABASE_URL the embedded PGlite is used. */
const schema = z.object({
  DATABASE_URL: optionalUrl("DATABASE_URL must be a postgresql:// URL"),
  ATELIER_DATA_DIR: z.string().min(1).optional(),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  TEST_DATABASE_URL: optionalUrl("TEST_DATABASE_URL must be a postgresql:// URL"),
  /** force the embedded database in tests even when TEST_DATABASE_URL is set */
  ATELIER_TEST_DB: z.enum(["pglite", "postgres"]).optional(),
});

export type DbEnv = z.infer<typeof schema>;

export function readDbEnv(source?: Record<string, string | undefined>): DbEnv {
  const parsed = schema.safeParse(source ?? process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid database settings:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
