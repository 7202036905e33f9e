import type { Prisma } from "@atelier/db";
import { emailEvent, type EmailRequestedEvent } from "@atelier/events";
import { AppError } from "../errors.ts";

/** What the store owner reads on each listing an admin's removal of the role took off sale. */
export const RIGHTS_REMOVED_REASON = "The store's selling rights were removed by an admin";

/**
 * Granting STORE_OWNER from the users page gives back the selling rights of a store that exists; it never opens one.
 * A store opens only when an admin approves its application (review, slug, welcome mail). Paused listings stay
 * paused: the owner resumes each one, and each is re-checked against the artist's terms as they are then.
 */
export async function assertHasStore(tx: Prisma.TransactionClient, userId: string) {
  const store = await tx.store.findUnique({ where: { ownerUserId: userId }, select: { id: true } });
  if (!store) {
    throw AppError.field(
      "PRECONDITION_FAILED",
      "role",
      "This user has no store. A store opens when an admin approves its application at Admin → Store applications.",
    );
  }
  return store;
}

/**
 * Removing STORE_OWNER pauses every ACTIVE listing of the user's store with the reason, in the caller's transaction,
 * and returns the mail to the owner (sent after commit). A user without a store has nothing to pause and gets no mail.
 */
export async function withdrawSellingRights(tx: Prisma.TransactionClient, userId: string, now: Date) {
  const store = await tx.store.findUnique({ where: { ownerUserId: userId }, select: { id: true, name: true, owner: { select: { email: true } } } });
  if (!store) return { storeId: null, paused: [] as string[], mail: null };
  const active = await tx.listing.findMany({ where: { storeId: store.id, status: "ACTIVE" }, select: { id: true } });
  const paused = active.map((l) => l.id);
  await tx.listing.updateMany({
    where: { id: { in: paused }, status: "ACTIVE" },
    data: { status: "PAUSED", pauseReason: RIGHTS_REMOVED_REASON, pausedAt: now },
  });
  const mail: EmailRequestedEvent = emailEvent(
    { template: "store-rights-removed", to: store.owner.email, props: { storeName: store.name, pausedCount: paused.length } },
    `store-rights-removed:${store.id}:${now.toISOString()}`,
  );
  return { storeId: store.id, paused, mail };
}
