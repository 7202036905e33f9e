import type { Db, Prisma } from "@atelier/db";
import { emailEvent, eventsWithTransaction } from "@atelier/events";
import type { z } from "zod";
import { slugify } from "../applications/slug.ts";
import { AppError } from "../errors.ts";
import { afterIdCursor, idCursorPage } from "../pagination.ts";
import { listStoreApplicationsSchema, rejectStoreApplicationSchema, storeApplicationIdSchema } from "../schemas/stores.ts";
import type { StoreApplicantDeps } from "./application.ts";

const applicant = { select: { id: true, email: true, name: true, createdAt: true } } as const;

/** The admin's queue of store applications: one status (default PENDING), oldest first, cursor-paged. */
export async function listStoreApplications(db: Db, raw: z.input<typeof listStoreApplicationsSchema>) {
  const { status, cursor, limit } = listStoreApplicationsSchema.parse(raw);
  const rows = await db.storeApplication.findMany({
    where: { status },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    ...(await afterIdCursor(cursor, (id) => db.storeApplication.findUnique({ where: { id }, select: { id: true } }))),
    select: { id: true, status: true, name: true, website: true, submittedAt: true, reviewedAt: true, user: applicant },
  });
  return idCursorPage(rows, limit);
}

export async function getStoreApplication(db: Db, raw: z.input<typeof storeApplicationIdSchema>) {
  const { id } = storeApplicationIdSchema.parse(raw);
  const app = await db.storeApplication.findUnique({
    where: { id },
    include: { user: applicant, reviewedBy: { select: { id: true, email: true, name: true } } },
  });
  if (!app) throw new AppError("NOT_FOUND", "Store application not found");
  const store = app.status === "APPROVED" ? await db.store.findUnique({ where: { ownerUserId: app.userId }, select: { slug: true, name: true } }) : null;
  return { ...app, store };
}

async function notPending(tx: Pick<Db, "storeApplication">, id: string): Promise<never> {
  const exists = await tx.storeApplication.findUnique({ where: { id }, select: { status: true } });
  if (!exists) throw new AppError("NOT_FOUND", "Store application not found");
  throw new AppError("PRECONDITION_FAILED", `This store application is ${exists.status.toLowerCase()}, not pending review.`);
}

/** The slug itself if free, else the first free `slug-2`, `slug-3`, … */
async function uniqueStoreSlug(tx: Prisma.TransactionClient, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set((await tx.store.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((s) => s.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Approves a PENDING store application in one transaction: status and reviewer, the STORE_OWNER role, the Store
 * (unique slug; name, description, website and country copied), an audit entry, and the welcome mail.
 */
export async function approveStoreApplication(deps: StoreApplicantDeps, actorId: string, raw: z.input<typeof storeApplicationIdSchema>) {
  const { id } = storeApplicationIdSchema.parse(raw);
  const now = deps.now();
  const result = await deps.db.$transaction(async (tx) => {
    const r = await tx.storeApplication.updateMany({ where: { id, status: "PENDING" }, data: { status: "APPROVED", reviewedById: actorId, reviewedAt: now } });
    if (r.count === 0) await notPending(tx, id);
    const app = await tx.storeApplication.findUniqueOrThrow({ where: { id }, include: { user: { select: { email: true } } } });
    const existing = await tx.store.findUnique({ where: { ownerUserId: app.userId }, select: { id: true } });
    if (existing) throw AppError.field("PRECONDITION_FAILED", "_form", "This applicant already has a store.");
    await tx.userRole.createMany({ data: [{ userId: app.userId, role: "STORE_OWNER", grantedBy: actorId }], skipDuplicates: true });
    const store = await tx.store.create({
      data: {
        ownerUserId: app.userId,
        slug: await uniqueStoreSlug(tx, app.name),
        name: app.name,
        description: app.description,
        website: app.website,
        country: app.country,
      },
      select: { id: true, slug: true, name: true },
    });
    await tx.auditLog.create({
      data: {
        actorId,
        action: "store-application.approve",
        targetType: "StoreApplication",
        targetId: id,
        data: { userId: app.userId, storeId: store.id, slug: store.slug },
      },
    });
    const mail = emailEvent(
      { template: "store-application-approved", to: app.user.email, props: { storeName: store.name, storeUrl: `${deps.appUrl}/store` } },
      `store-application-approved:${id}`,
    );
    return { app, store, afterCommit: await eventsWithTransaction(deps.events, tx, mail) };
  });
  await result.afterCommit();
  return { id, status: "APPROVED" as const, userId: result.app.userId, store: result.store };
}

/** Rejects a PENDING store application with a reason the applicant reads; audited; mailed. */
export async function rejectStoreApplication(deps: StoreApplicantDeps, actorId: string, raw: z.input<typeof rejectStoreApplicationSchema>) {
  const { id, reason } = rejectStoreApplicationSchema.parse(raw);
  const now = deps.now();
  const afterCommit = await deps.db.$transaction(async (tx) => {
    const r = await tx.storeApplication.updateMany({
      where: { id, status: "PENDING" },
      data: { status: "REJECTED", reviewedById: actorId, reviewedAt: now, rejectionReason: reason },
    });
    if (r.count === 0) await notPending(tx, id);
    await tx.auditLog.create({ data: { actorId, action: "store-application.reject", targetType: "StoreApplication", targetId: id, data: { reason } } });
    const app = await tx.storeApplication.findUniqueOrThrow({ where: { id }, include: { user: { select: { email: true } } } });
    const mail = emailEvent(
      { template: "store-application-rejected", to: app.user.email, props: { storeName: app.name, reason, applyUrl: `${deps.appUrl}/store/apply` } },
      `store-application-rejected:${id}`,
    );
    return eventsWithTransaction(deps.events, tx, mail);
  });
  await afterCommit();
  return { id, status: "REJECTED" as const };
}
