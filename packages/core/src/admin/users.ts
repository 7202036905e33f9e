import type { Db, Role } from "@atelier/db";
import { artworkChangedEvent, eventsWithTransaction, type EventSender } from "@atelier/events";
import { AppError } from "../errors.ts";
import { z } from "zod";
import { afterIdCursor, idCursorPage, idCursorSchema } from "../pagination.ts";
import { idField, textField } from "../schemas/text.ts";
import { assertHasStore, withdrawSellingRights } from "../stores/selling-rights.ts";

export const listUsersSchema = z.object({
  query: textField({ max: 200, maxMessage: "Search at most 200 characters" }).optional(),
  role: z.enum(["ADMIN", "ARTIST", "BUYER", "STORE_OWNER"]).optional(),
  cursor: idCursorSchema,
  limit: z.number().int().min(1).max(100).default(25),
});

export const setRoleSchema = z.object({
  userId: idField(),
  role: z.enum(["ADMIN", "ARTIST", "BUYER", "STORE_OWNER"]),
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

export interface SetRoleDeps {
  db: Db;
  events: EventSender;
  now: () => Date;
}

/**
 * Grants or revokes one role; audited. An admin cannot remove their own admin role (no lock-out).
 * Removing ARTIST takes the artist's work out of the public catalogue in the same transaction: PUBLISHED
 * works become UNPUBLISHED and works IN_REVIEW go back to DRAFT (nothing is deleted; the profile stays).
 * Each one sends `artwork.changed`, so search drops it. The person may apply again; if they are approved
 * (or an admin grants ARTIST back), they can republish.
 * Removing STORE_OWNER pauses every active listing of their store with the reason and mails the owner; the public
 * store page closes (404). Granting it needs a store (approved application) and resumes nothing (`stores/selling-rights.ts`).
 */
export async function setUserRole(deps: SetRoleDeps, actorId: string, input: z.input<typeof setRoleSchema>) {
  const { userId, role, granted } = setRoleSchema.parse(input);
  if (!granted && role === "ADMIN" && userId === actorId) {
    throw AppError.field("PRECONDITION_FAILED", "role", "You cannot remove your own admin role; ask another admin.");
  }
  const now = deps.now();
  const result = await deps.db.$transaction(async (tx) => {
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
    const withdrawn = changed && !granted && role === "ARTIST" ? await withdrawArtistWork(tx, userId) : { unpublished: [], backToDraft: [] };
    const store = changed && role === "STORE_OWNER" ? await storeRightsChanged(tx, userId, granted, now) : null;
    if (changed) {
      await tx.auditLog.create({
        data: {
          actorId,
          action: granted ? "role.grant" : "role.revoke",
          targetType: "User",
          targetId: userId,
          data: {
            role,
            ...(role === "ARTIST" && !granted ? { unpublished: withdrawn.unpublished, backToDraft: withdrawn.backToDraft } : {}),
            ...(store ? { storeId: store.storeId, ...(granted ? {} : { pausedListings: store.paused }) } : {}),
          },
        },
      });
    }
    const afterCommit = store?.mail ? await eventsWithTransaction(deps.events, tx, store.mail) : async () => {};
    const roles = await tx.userRole.findMany({ where: { userId }, select: { role: true }, orderBy: { role: "asc" } });
    return { userId, roles: roles.map((r) => r.role as Role), changed, unpublished: withdrawn.unpublished.length, withdrawn, afterCommit };
  });
  await result.afterCommit();
  const changedWorks = [...result.withdrawn.unpublished, ...result.withdrawn.backToDraft];
  if (changedWorks.length) await deps.events.send(changedWorks.map((id) => artworkChangedEvent(id, now)));
  return { userId: result.userId, roles: result.roles, changed: result.changed, unpublished: result.unpublished };
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function storeRightsChanged(tx: Tx, userId: string, granted: boolean, now: Date) {
  if (granted) return { storeId: (await assertHasStore(tx, userId)).id, paused: [], mail: null };
  return withdrawSellingRights(tx, userId, now);
}

async function withdrawArtistWork(tx: Tx, userId: string) {
  const profile = await tx.artistProfile.findUnique({ where: { userId }, select: { id: true } });
  if (!profile) return { unpublished: [], backToDraft: [] };
  const published = await tx.artwork.findMany({ where: { artistId: profile.id, status: "PUBLISHED" }, select: { id: true } });
  const inReview = await tx.artwork.findMany({ where: { artistId: profile.id, status: "IN_REVIEW" }, select: { id: true } });
  await tx.artwork.updateMany({ where: { id: { in: published.map((a) => a.id) }, status: "PUBLISHED" }, data: { status: "UNPUBLISHED" } });
  await tx.artwork.updateMany({ where: { id: { in: inReview.map((a) => a.id) }, status: "IN_REVIEW" }, data: { status: "DRAFT" } });
  return { unpublished: published.map((a) => a.id), backToDraft: inReview.map((a) => a.id) };
}
