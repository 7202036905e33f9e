import { Prisma } from "@atelier/db";

/**
 * A row count written into the statement instead of bound: the catalogue statements run as named
 * prepared statements (`prepared`, @atelier/db), and a generic plan for `LIMIT $1` is costed for a
 * tenth of the table — PostgreSQL then keeps planning every call. Only for counts the code decides.
 */
export function literalCount(n: number): Prisma.Sql {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`Not a row count: ${n}`);
  return Prisma.raw(String(n));
}
