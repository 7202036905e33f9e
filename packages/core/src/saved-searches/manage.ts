import crypto from "node:crypto";
import type { Db, Prisma } from "@atelier/db";
import type { z } from "zod";
import { AppError } from "../errors.ts";
import {
  createSavedSearchSchema,
  MAX_SAVED_SEARCHES,
  type AlertFrequency,
  type renameSavedSearchSchema,
  type setSavedSearchAlertsSchema,
} from "../schemas/saved-searches.ts";
import { describeSearch, narrowsCatalogue, readStoredFilters, savedSearchGalleryPath, storableFilters } from "./filters.ts";

/** 24 random bytes → 32 base64url characters: the unsubscribe link's secret (unguessable, unique per search). */
export function newUnsubscribeToken(): string {
  return crypto.randomBytes(24).toString("base64url");
}

const select = { id: true, name: true, q: true, filters: true, alerts: true, createdAt: true, _count: { select: { matches: true } } } as const;
type Row = Prisma.SavedSearchGetPayload<{ select: typeof select }>;

/** What the account page and the API show: the filters re-read with today's schema, and the gallery link of the results. */
export function savedSearchView(row: Row) {
  const filters = readStoredFilters(row.filters);
  return {
    id: row.id,
    name: row.name,
    q: row.q,
    filters,
    alerts: row.alerts as AlertFrequency,
    createdAt: row.createdAt,
    matchCount: row._count.matches,
    galleryPath: savedSearchGalleryPath(row.q, filters),
  };
}
export type SavedSearchView = ReturnType<typeof savedSearchView>;

function notFound(): AppError {
  return new AppError("NOT_FOUND", "We couldn't find that saved search.");
}

/**
 * Saves a search for the user. The same words and filters saved twice answer the existing search
 * (`created: false`), so a double click or a repeated request to the assistant keeps one.
 */
export async function createSavedSearch(db: Db, userId: string, raw: z.input<typeof createSavedSearchSchema>, now = new Date()) {
  const input = createSavedSearchSchema.parse(raw);
  if (!narrowsCatalogue(input.q, input.filters)) {
    throw AppError.field("BAD_REQUEST", "q", "Add some words or a filter first: a search for everything would alert you to every new work.");
  }
  const filters = storableFilters(input.filters) as Prisma.InputJsonObject;
  const q = input.q ?? null;
  const existing = await db.savedSearch.findFirst({ where: { userId, q, filters: { equals: filters } }, select });
  if (existing) return { created: false, savedSearch: savedSearchView(existing) };
  const count = await db.savedSearch.count({ where: { userId } });
  if (count >= MAX_SAVED_SEARCHES) {
    throw new AppError("PRECONDITION_FAILED", `You can keep up to ${MAX_SAVED_SEARCHES} saved searches; delete one on your account page first.`);
  }
  const row = await db.savedSearch.create({
    data: {
      userId,
      q,
      filters,
      name: input.name ?? describeSearch(q, input.filters),
      alerts: input.alerts,
      unsubscribeToken: newUnsubscribeToken(),
      createdAt: now,
    },
    select,
  });
  return { created: true, savedSearch: savedSearchView(row) };
}

/** The user's saved searches, newest first. */
export async function listSavedSearches(db: Db, userId: string) {
  const rows = await db.savedSearch.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: MAX_SAVED_SEARCHES, select });
  return rows.map(savedSearchView);
}

/** Changes one of the user's own saved searches; anyone else's answers NOT_FOUND (ids cannot be probed). */
async function updateOwn(db: Db, userId: string, id: string, data: Prisma.SavedSearchUpdateManyMutationInput) {
  const { count } = await db.savedSearch.updateMany({ where: { id, userId }, data });
  if (count === 0) throw notFound();
  const row = await db.savedSearch.findUniqueOrThrow({ where: { id }, select });
  return savedSearchView(row);
}

export const renameSavedSearch = (db: Db, userId: string, input: z.output<typeof renameSavedSearchSchema>) =>
  updateOwn(db, userId, input.id, { name: input.name });

/** DAILY or OFF (paused). Pausing drops what was waiting for the next digest: resuming alerts for works published from then on. */
export async function setSavedSearchAlerts(db: Db, userId: string, input: z.output<typeof setSavedSearchAlertsSchema>, now = new Date()) {
  const view = await updateOwn(db, userId, input.id, { alerts: input.alerts });
  if (input.alerts === "OFF")
    await db.savedSearchMatch.updateMany({ where: { savedSearchId: input.id, digestId: null, droppedAt: null }, data: { droppedAt: now } });
  return view;
}

/** Deletes the search. Its matches stay (without it), so a work it already alerted to never alerts again through another search. */
export async function deleteSavedSearch(db: Db, userId: string, id: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const own = await tx.savedSearch.findFirst({ where: { id, userId }, select: { id: true } });
    if (!own) throw notFound();
    await tx.savedSearchMatch.updateMany({ where: { savedSearchId: id, digestId: null, droppedAt: null }, data: { droppedAt: now } });
    await tx.savedSearch.delete({ where: { id } });
    return { id, deleted: true as const };
  });
}

/** What the unsubscribe page shows before the click: the search's name (the token is the only credential). */
export async function savedSearchByToken(db: Db, token: string) {
  const row = await db.savedSearch.findUnique({ where: { unsubscribeToken: token }, select: { name: true, alerts: true } });
  if (!row) throw AppError.field("NOT_FOUND", "token", "This unsubscribe link is no longer valid: the saved search may have been deleted.");
  return { name: row.name, alerts: row.alerts as AlertFrequency };
}

/** The mail's unsubscribe link, without signing in: turns that one search's alerts off (idempotent). */
export async function unsubscribeSavedSearch(db: Db, token: string, now = new Date()) {
  const row = await db.savedSearch.findUnique({ where: { unsubscribeToken: token }, select: { id: true, name: true } });
  if (!row) throw AppError.field("NOT_FOUND", "token", "This unsubscribe link is no longer valid: the saved search may have been deleted.");
  await db.savedSearch.update({ where: { id: row.id }, data: { alerts: "OFF" } });
  await db.savedSearchMatch.updateMany({ where: { savedSearchId: row.id, digestId: null, droppedAt: null }, data: { droppedAt: now } });
  return { name: row.name, alerts: "OFF" as const };
}
