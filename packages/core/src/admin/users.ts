import type { Db, Role } from "@atelier/db";
import { AppError } from "../errors.ts";
import { z } from "zod";
import { afterIdCursor, idCursorPage, idCursorSchema } from "../pagination.ts";
import { idField, textField } from "../schemas/text.ts";

export const listUsersSchema = z.object({
  query: textField({ max: 200, maxMessage: "Search at most 200 characters" }).optional(),
  role: z.enum(["ADMIN", "ARTIST", "BUYER"]).optional(),
  cursor: idCursorSchema,
  limit: z.number().int().min(1).max(100).default(25),
});

export const setRoleSchema = z.object({
  userId: idField(),
  role: z.enum(["ADMIN", "ARTIST", "BUYER"]),
  granted: z.boolean(),
});

export async function listUsers(db: Db, input: z.input<typeof listUsersSchema>) {
  const { query, role, cursor, limit } = listUsersSchema.parse(input);
  const rows = await db.user.findMany({
    where: {
      ...(query ? { OR: [{ email: { contains: query, mode: "insensitive" } }, { name: { contains: query, mode: "insensitive" } }] } : {}),
      ...(role ? { roles: { some: { role } } } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(await afterIdCursor(cursor, (id) => db.user.findUnique({ where: { id }, select: { id: true } }))),
    select: { id: true, email: true, name: true, createdAt: true, roles: { select: { role: true }, orderBy: { role: "asc" } } },
  });
  const { items, nextCursor } = idCursorPage(rows, limit);
  return { items: items.map((u) => ({ ...u, roles: u.roles.map((r) => r.role) })), nextCursor };
}

/** Grants or revokes one role; audited. An admin cannot remove their own admin role (no lock-out). */
export async function setUserRole(db: Db, actorId: string, input: z.input<typeof setRoleSchema>) {
  const { userId, role, granted } = setRoleSchema.parse(input);
  if (!granted && role === "ADMIN" && userId === actorId) {
    throw AppError.field("PRECONDITION_FAILED", "role", "You cannot remove your own admin role; ask another admin.");
  }
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND", "User not found");
    let changed: boolean;
    if (granted) {
      const r = await tx.userRole.createMany({ data: [{ userId, role, grantedBy: actorId }], skipDuplicates: true });
      changed = r.count > 0;
    } else {
      const r = await tx.userRole.deleteMany({ where: { userId, role } });
      changed = r.count > 0;
    }
    if (changed) {
      await tx.auditLog.create({
        data: { actorId, action: granted ? "role.grant" : "role.revoke", targetType: "User", targetId: userId, data: { role } },
      });
    }
    const roles = await tx.userRole.findMany({ where: { userId }, select: { role: true }, orderBy: { role: "asc" } });
    return { userId, roles: roles.map((r) => r.role as Role), changed };
  });
}
