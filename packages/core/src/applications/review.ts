import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import { emailEvent } from "@atelier/events";
import { eventsWithTransaction } from "@atelier/events";
import type { z } from "zod";
import { applicationIdSchema, listApplicationsSchema, rejectApplicationSchema } from "../schemas/applications.ts";
import type { ApplicantDeps } from "./applicant.ts";
import { uniqueProfileSlug } from "./slug.ts";
import { afterIdCursor, idCursorPage } from "../pagination.ts";

export type ReviewDeps = ApplicantDeps;

const applicant = { select: { id: true, email: true, name: true, createdAt: true } } as const;

/** The review queue: one status (default PENDING), oldest submission first, cursor-paged. */
export async function listApplications(db: Db, raw: z.input<typeof listApplicationsSchema>) {
  const { status, cursor, limit } = listApplicationsSchema.parse(raw);
  const rows = await db.artistApplication.findMany({
    where: { status },
    orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    ...(await afterIdCursor(cursor, (id) => db.artistApplication.findUnique({ where: { id }, select: { id: true } }))),
    select: { id: true, status: true, displayName: true, portfolioUrl: true, submittedAt: true, reviewedAt: true, createdAt: true, user: applicant },
  });
  return idCursorPage(rows, limit);
}

export async function getApplication(db: Db, raw: z.input<typeof applicationIdSchema>) {
  const { id } = applicationIdSchema.parse(raw);
  const app = await db.artistApplication.findUnique({
    where: { id },
    include: { user: applicant, reviewedBy: { select: { id: true, email: true, name: true } } },
  });
  if (!app) throw new AppError("NOT_FOUND", "Application not found");
  return app;
}

async function notPending(tx: Pick<Db, "artistApplication">, id: string): Promise<never> {
  const exists = await tx.artistApplication.findUnique({ where: { id }, select: { status: true } });
  if (!exists) throw new AppError("NOT_FOUND", "Application not found");
  throw new AppError("PRECONDITION_FAILED", `This application is ${exists.status.toLowerCase()}, not pending review.`);
}

/**
 * Approves a PENDING application in one transaction: status, reviewer, ARTIST role, ArtistProfile
 * (unique slug; statement, website and Instagram copied) and an audit entry. The welcome mail event
 * is queued in the same transaction when the sender supports it (in-process), else sent after commit.
 */
export async function approveApplication(deps: ReviewDeps, actorId: string, raw: z.input<typeof applicationIdSchema>) {
  const { id } = applicationIdSchema.parse(raw);
  const now = deps.now();
  const result = await deps.db.$transaction(async (tx) => {
    const r = await tx.artistApplication.updateMany({ where: { id, status: "PENDING" }, data: { status: "APPROVED", reviewedById: actorId, reviewedAt: now } });
    if (r.count === 0) await notPending(tx, id);
    const app = await tx.artistApplication.findUniqueOrThrow({ where: { id }, include: { user: { select: { email: true } } } });
    await tx.userRole.createMany({ data: [{ userId: app.userId, role: "ARTIST", grantedBy: actorId }], skipDuplicates: true });
    const existing = await tx.artistProfile.findUnique({ where: { userId: app.userId }, select: { id: true, slug: true } });
    const copied = { displayName: app.displayName, statement: app.statement, website: app.website, instagram: app.instagramHandle, country: app.country };
    const profile = existing
      ? await tx.artistProfile.update({ where: { id: existing.id }, data: copied, select: { id: true, slug: true } })
      : await tx.artistProfile.create({
          data: { ...copied, userId: app.userId, slug: await uniqueProfileSlug(tx, app.displayName) },
          select: { id: true, slug: true },
        });
    await tx.auditLog.create({
      data: {
        actorId,
        action: "application.approve",
        targetType: "ArtistApplication",
        targetId: id,
        data: { userId: app.userId, profileId: profile.id, slug: profile.slug },
      },
    });
    const mail = emailEvent(
      { template: "application-approved", to: app.user.email, props: { displayName: app.displayName, studioUrl: `${deps.appUrl}/studio` } },
      `application-approved:${id}`,
    );
    // the artist's Stripe Connect account is opened by a job (it retries while Stripe is unreachable)
    const connect = { name: "atelier/artist.approved" as const, id: `artist-approved:${id}`, data: { userId: app.userId, profileId: profile.id } };
    return { app, profile, afterCommit: await eventsWithTransaction(deps.events, tx, [mail, connect]) };
  });
  await result.afterCommit();
  return { id, status: "APPROVED" as const, userId: result.app.userId, profile: result.profile };
}

/** Rejects a PENDING application with a reason the applicant will read; audited; mail after commit. */
export async function rejectApplication(deps: ReviewDeps, actorId: string, raw: z.input<typeof rejectApplicationSchema>) {
  const { id, reason } = rejectApplicationSchema.parse(raw);
  const now = deps.now();
  const afterCommit = await deps.db.$transaction(async (tx) => {
    const r = await tx.artistApplication.updateMany({
      where: { id, status: "PENDING" },
      data: { status: "REJECTED", reviewedById: actorId, reviewedAt: now, rejectionReason: reason },
    });
    if (r.count === 0) await notPending(tx, id);
    await tx.auditLog.create({ data: { actorId, action: "application.reject", targetType: "ArtistApplication", targetId: id, data: { reason } } });
    const app = await tx.artistApplication.findUniqueOrThrow({ where: { id }, include: { user: { select: { email: true } } } });
    const mail = emailEvent(
      { template: "application-rejected", to: app.user.email, props: { displayName: app.displayName, reason, applyUrl: `${deps.appUrl}/apply` } },
      `application-rejected:${id}`,
    );
    return eventsWithTransaction(deps.events, tx, mail);
  });
  await afterCommit();
  return { id, status: "REJECTED" as const };
}
