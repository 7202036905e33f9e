import type { Db, Prisma } from "@atelier/db";
import { afterIdCursor, idCursorPage } from "../pagination.ts";

export interface AuditFilter {
  /** action prefix, e.g. "artwork." */
  action?: string;
  /** actor id or part of the actor's email */
  actor?: string;
  /** target id, or target type (e.g. "Artwork") */
  target?: string;
  cursor?: string;
  limit: number;
}

/** Audit entries, newest first, filtered and keyset-paged. */
export async function listAuditLog(db: Db, { action, actor, target, cursor, limit }: AuditFilter) {
  const where: Prisma.AuditLogWhereInput = {
    ...(action ? { action: { startsWith: action } } : {}),
    ...(actor ? { OR: [{ actorId: actor }, { actor: { email: { contains: actor, mode: "insensitive" } } }] } : {}),
    ...(target ? { AND: [{ OR: [{ targetId: target }, { targetType: { equals: target, mode: "insensitive" } }] }] } : {}),
  };
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(await afterIdCursor(cursor, (id) => db.auditLog.findUnique({ where: { id }, select: { id: true } }))),
    select: { id: true, action: true, targetType: true, targetId: true, data: true, createdAt: true, actor: { select: { id: true, email: true, name: true } } },
  });
  return idCursorPage(rows, limit);
}
