import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import { emailEvent } from "@atelier/events";
import type { EventSender } from "@atelier/events";
import type { z } from "zod";
import { applicationDraftSchema, applicationSubmitSchema } from "../schemas/applications.ts";
import { isUniqueViolation } from "./unique-violation.ts";

export interface ApplicantDeps {
  db: Db;
  events: EventSender;
  now: () => Date;
  appUrl: string;
}

const ONE_ACTIVE = "ArtistApplication_one_active_per_user";
const ACTIVE = ["DRAFT", "PENDING"] as const;

/** The applicant's latest application (any status), or null. */
export async function myApplication(db: Db, userId: string) {
  return db.artistApplication.findFirst({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      status: true,
      displayName: true,
      statement: true,
      portfolioUrl: true,
      instagramHandle: true,
      website: true,
      previousExhibitions: true,
      country: true,
      termsAcceptedAt: true,
      submittedAt: true,
      reviewedAt: true,
      rejectionReason: true,
      createdAt: true,
      updatedAt: true,
    },
  });
}

/**
 * True for someone who was an artist (their profile stays) and whose ARTIST role an admin removed: the
 * studio tells them so, and they may apply again.
 */
export async function artistAccessRemoved(db: Db, userId: string): Promise<boolean> {
  const [profile, role] = await Promise.all([
    db.artistProfile.findUnique({ where: { userId }, select: { id: true } }),
    db.userRole.findFirst({ where: { userId, role: "ARTIST" }, select: { id: true } }),
  ]);
  return !!profile && !role;
}

async function assertNotArtist(db: Db, userId: string) {
  const role = await db.userRole.findFirst({ where: { userId, role: "ARTIST" }, select: { id: true } });
  if (role) throw AppError.field("PRECONDITION_FAILED", "_form", "You are already an artist on Atelier — head to your studio.");
}

function columns(input: z.output<typeof applicationDraftSchema>, now: Date) {
  return {
    displayName: input.displayName,
    statement: input.statement,
    portfolioUrl: input.portfolioUrl || null,
    instagramHandle: input.instagramHandle || null,
    website: input.website || null,
    previousExhibitions: input.previousExhibitions,
    country: input.country,
    termsAcceptedAt: input.acceptTerms ? now : null,
  };
}

const activeConflict = () => AppError.field("CONFLICT", "_form", "You already have an application under review. Withdraw it before starting another.");

/**
 * Creates or updates my DRAFT. A PENDING application cannot be edited (CONFLICT). Two racing creates
 * are settled by the partial unique index: the loser gets CONFLICT and writes nothing.
 */
export async function saveDraft(deps: ApplicantDeps, userId: string, raw: z.input<typeof applicationDraftSchema>) {
  const input = applicationDraftSchema.parse(raw);
  const { db } = deps;
  await assertNotArtist(db, userId);
  const data = columns(input, deps.now());
  const active = await db.artistApplication.findFirst({ where: { userId, status: { in: [...ACTIVE] } }, select: { id: true, status: true } });
  if (active?.status === "PENDING") throw activeConflict();
  try {
    if (active) {
      const r = await db.artistApplication.updateMany({ where: { id: active.id, status: "DRAFT" }, data });
      if (r.count === 0) throw activeConflict(); // submitted meanwhile
      return { id: active.id, status: "DRAFT" as const };
    }
    const created = await db.artistApplication.create({ data: { ...data, userId, status: "DRAFT" }, select: { id: true, status: true } });
    return created;
  } catch (e) {
    if (isUniqueViolation(e, ONE_ACTIVE) || isUniqueViolation(e)) throw activeConflict();
    throw e;
  }
}

/** Saves the fields and moves my DRAFT (created if missing) to PENDING; sends the "received" mail. */
export async function submitApplication(deps: ApplicantDeps, user: { id: string; email: string }, raw: z.input<typeof applicationSubmitSchema>) {
  const input = applicationSubmitSchema.parse(raw);
  const draft = await saveDraft(deps, user.id, input);
  const now = deps.now();
  const r = await deps.db.artistApplication.updateMany({
    where: { id: draft.id, userId: user.id, status: "DRAFT" },
    data: { status: "PENDING", submittedAt: now },
  });
  if (r.count === 0) throw activeConflict();
  await deps.events.send(
    emailEvent({ template: "application-submitted", to: user.email, props: { displayName: input.displayName } }, `application-submitted:${draft.id}`),
  );
  return { id: draft.id, status: "PENDING" as const };
}

/** PENDING → WITHDRAWN for my application under review. */
export async function withdrawApplication(db: Db, userId: string) {
  const pending = await db.artistApplication.findFirst({ where: { userId, status: "PENDING" }, select: { id: true } });
  const r = pending ? await db.artistApplication.updateMany({ where: { id: pending.id, status: "PENDING" }, data: { status: "WITHDRAWN" } }) : { count: 0 };
  if (!pending || r.count === 0) throw new AppError("PRECONDITION_FAILED", "You have no application under review to withdraw.");
  return { id: pending.id, status: "WITHDRAWN" as const };
}
