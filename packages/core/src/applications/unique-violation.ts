import { Prisma } from "@atelier/db";

/** True for a unique-constraint violation (Prisma P2002, or Postgres 23505 surfacing raw through the adapter). */
export function isUniqueViolation(e: unknown, name?: string): boolean {
  const text = JSON.stringify(e instanceof Prisma.PrismaClientKnownRequestError ? (e.meta ?? {}) : {}) + String((e as Error)?.message ?? "");
  const matchesName = !name || text.includes(name);
  if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return matchesName;
  const code = (e as { code?: unknown; cause?: { code?: unknown } } | null)?.code ?? (e as { cause?: { code?: unknown } } | null)?.cause?.code;
  return code === "23505" && matchesName;
}
