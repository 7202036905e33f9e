import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { citext } from "@electric-sql/pglite/contrib/citext";
import { fuzzystrmatch } from "@electric-sql/pglite/contrib/fuzzystrmatch";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { pgcrypto } from "@electric-sql/pglite/contrib/pgcrypto";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { uuid_ossp } from "@electric-sql/pglite/contrib/uuid_ossp";
import { vector } from "@electric-sql/pglite-pgvector";

/**
 * An empty in-memory PostgreSQL (PGlite) in which migrations can run `CREATE EXTENSION` for the
 * extensions listed here. PGlite can only create extensions whose bundles it was given; add one
 * here if a migration needs another (see @electric-sql/pglite/contrib).
 */
export function createDatabase(): Promise<PGlite> {
  return PGlite.create({
    extensions: {
      vector,
      pg_trgm,
      unaccent,
      citext,
      btree_gin,
      btree_gist,
      fuzzystrmatch,
      pgcrypto,
      uuid_ossp,
    },
  });
}
