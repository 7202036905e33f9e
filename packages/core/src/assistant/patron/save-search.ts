import { tool } from "ai";
import { isAppError } from "../../errors.ts";
import { describeSearch } from "../../saved-searches/filters.ts";
import { createSavedSearch } from "../../saved-searches/manage.ts";
import type { AssistantToolContext } from "../definition.ts";
import { requestFilters, searchCatalogueInput } from "./catalogue-request.ts";

export const MANAGE_SAVED_SEARCHES = "/account/saved-searches";

export const saveSearchInput = searchCatalogueInput.omit({ limit: true });

/**
 * "Tell me when a small blue abstract under €800 appears": saves the search on the signed-in
 * collector's account with daily alerts — the same saved search as the gallery's button. A visitor
 * is told to sign in; a search for everything or one past the limit is an ordinary answer.
 */
export function saveSearchTool(ctx: AssistantToolContext) {
  return tool({
    description:
      "Save a search for the signed-in collector, with email alerts (at most daily) when a newly published work matches. Use when the user asks to be told, alerted or notified about new works (“tell me when a small blue abstract under €800 appears”). Same fields as searchCatalogue.",
    inputSchema: saveSearchInput,
    execute: async (input) => {
      const userId = ctx.identity?.id;
      if (!userId) {
        return {
          signedIn: false as const,
          message: "The visitor is not signed in; saved searches and their alerts need an account (/sign-in).",
        };
      }
      const q = input.query?.trim() || undefined;
      const filters = requestFilters(input);
      try {
        const r = await createSavedSearch(ctx.db, userId, { q, filters }, ctx.now());
        return {
          signedIn: true as const,
          saved: true as const,
          alreadySaved: !r.created,
          name: r.savedSearch.name,
          looksFor: describeSearch(r.savedSearch.q, r.savedSearch.filters),
          alerts: r.savedSearch.alerts,
          resultsUrl: r.savedSearch.galleryPath,
          manageUrl: MANAGE_SAVED_SEARCHES,
        };
      } catch (e) {
        if (isAppError(e) && (e.code === "BAD_REQUEST" || e.code === "PRECONDITION_FAILED")) {
          return { signedIn: true as const, saved: false as const, reason: e.message, manageUrl: MANAGE_SAVED_SEARCHES };
        }
        throw e;
      }
    },
  });
}
