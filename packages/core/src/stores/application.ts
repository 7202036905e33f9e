import type { Db } from "@atelier/db";
import { emailEvent, type EventSender } from "@atelier/events";
import type { z } from "zod";
import { isUniqueViolation } from "../applications/unique-violation.ts";
import { AppError } from "../errors.ts";
import { storeApplicationSchema } from "../schemas/stores.ts";

export interface StoreApplicantDeps {
  db: Db;
  events: EventSender;
  now: () => Date;
  appUrl: string;
}

const ONE_PENDING = "StoreApplication_one_pending_per_user";

/** Where the applicant stands: their latest application (any status) and their store once approved. */
export async function myStoreApplication(db: Db, userId: string) {
  const [application, store] = await Promise.all([
    db.storeApplication.findFirst({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        status: true,
        name: true,
        description: true,
        website: true,
        reason: true,
        country: true,
        submittedAt: true,
        reviewedAt: true,
        rejectionReason: true,
      },
    }),
    db.store.findUnique({ where: { ownerUserId: userId }, select: { id: true, slug: true, name: true } }),
  ]);
  return { application, store };
}

const pendingConflict = () => AppError.field("CONFLICT", "_form", "You already have a store application under review.");

/**
 * Submits a store application (PENDING) and mails "received". Someone who already has a store is refused; two
 * racing submissions are settled by the partial unique index (the loser gets CONFLICT and writes nothing).
 */
export async function submitStoreApplication(deps: StoreApplicantDeps, user: { id: string; email: string }, raw: z.input<typeof storeApplicationSchema>) {
  const input = storeApplicationSchema.parse(raw);
  const { db } = deps;
  if (await db.store.findUnique({ where: { ownerUserId: user.id }, select: { id: true } }))
    throw AppError.field("PRECONDITION_FAILED", "_form", "You already have a store on Atelier — open it from your store dashboard.");
  if (await db.storeApplication.findFirst({ where: { userId: user.id, status: "PENDING" }, select: { id: true } })) throw pendingConflict();
  let created: { id: string };
  try {
    created = await db.storeApplication.create({
      data: {
        userId: user.id,
        name: input.name,
        description: input.description,
        website: input.website || null,
        reason: input.reason,
        country: input.country,
        submittedAt: deps.now(),
      },
      select: { id: true },
    });
  } catch (e) {
    if (isUniqueViolation(e, ONE_PENDING) || isUniqueViolation(e)) throw pendingConflict();
    throw e;
  }
  await deps.events.send(
    emailEvent({ template: "store-application-submitted", to: user.email, props: { storeName: input.name } }, `store-application-submitted:${created.id}`),
  );
  return { id: created.id, status: "PENDING" as const };
}

/** PENDING → WITHDRAWN for my store application under review. */
export async function withdrawStoreApplication(db: Db, userId: string) {
  const r = await db.storeApplication.updateMany({ where: { userId, status: "PENDING" }, data: { status: "WITHDRAWN" } });
  if (r.count === 0) throw new AppError("PRECONDITION_FAILED", "You have no store application under review to withdraw.");
  return { status: "WITHDRAWN" as const };
}
