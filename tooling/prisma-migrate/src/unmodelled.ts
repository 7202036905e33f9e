import type { PGlite } from "@electric-sql/pglite";

/** Index access methods that a Prisma schema can declare (`@@index(…, type: X)`). */
const PRISMA_INDEX_METHODS = ["btree", "hash", "gist", "gin", "spgist", "brin"];

const SYSTEM_SCHEMAS = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'";

function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Hand-written SQL in migrations may create things a Prisma schema cannot express. Prisma's differ
 * already ignores most of them (extensions unless the `postgresqlExtensions` preview is on,
 * expression and partial indexes, check constraints, functions, triggers, views). Two kinds it does
 * not ignore, and would "undo" in every generated migration:
 *
 * - indexes with an access method Prisma has no name for (pgvector's `hnsw`, `ivfflat`):
 *   Prisma emits `DROP INDEX`;
 * - generated columns (`GENERATED ALWAYS AS (…) STORED`, e.g. tsvector search columns): Prisma sees
 *   the expression as a default and emits `ALTER COLUMN … DROP DEFAULT`, which PostgreSQL rejects.
 *
 * This removes both from the *throw-away* database the diff starts from: such indexes are dropped,
 * generated columns become plain columns of the same type (declare them in schema.prisma as
 * `name Unsupported("tsvector")?`). Returns a description of each change, for reporting.
 */
export async function neutraliseUnmodelled(db: PGlite): Promise<string[]> {
  const notes: string[] = [];

  const indexes = await db.query<{ schema: string; name: string; method: string; def: string }>(
    `SELECT n.nspname AS schema, c.relname AS name, am.amname AS method, pg_get_indexdef(c.oid) AS def
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_am am ON am.oid = c.relam
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${SYSTEM_SCHEMAS}
        AND am.amname <> ALL($1::text[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid)
      ORDER BY 1, 2`,
    [PRISMA_INDEX_METHODS],
  );
  for (const ix of indexes.rows) {
    await db.exec(`DROP INDEX ${ident(ix.schema)}.${ident(ix.name)}`);
    notes.push(`index ${ix.name} (${ix.method}): ${ix.def}`);
  }

  const generated = await db.query<{
    schema: string;
    table: string;
    column: string;
    kind: string;
    type: string;
    notnull: boolean;
  }>(
    `SELECT n.nspname AS schema, c.relname AS table, a.attname AS column, a.attgenerated AS kind,
            format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${SYSTEM_SCHEMAS} AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
        AND a.attgenerated <> ''
      ORDER BY 1, 2, 3`,
  );
  for (const col of generated.rows) {
    const table = `${ident(col.schema)}.${ident(col.table)}`;
    if (col.kind === "s") {
      await db.exec(`ALTER TABLE ${table} ALTER COLUMN ${ident(col.column)} DROP EXPRESSION`);
    } else {
      // VIRTUAL (PostgreSQL 18+) columns cannot drop their expression; nothing can index them either.
      await db.exec(
        `ALTER TABLE ${table} DROP COLUMN ${ident(col.column)};
         ALTER TABLE ${table} ADD COLUMN ${ident(col.column)} ${col.type}${col.notnull ? " NOT NULL" : ""}`,
      );
    }
    notes.push(`generated column ${col.table}.${col.column} (${col.type})`);
  }

  return notes;
}
