import type { ArtworkFilters } from "@atelier/core/schemas/discovery";
import { narrowsCatalogue } from "@atelier/core/saved-searches/filters";
import { SaveSearchButton } from "./save-search-button";

/**
 * The gallery's "Save this search": the words and filters of the current URL, kept on the
 * collector's account and alerted at most daily. Shown only when the search narrows something (a
 * search for everything would alert to every new work).
 */
export function SaveSearch({ q, filters }: { q: string | undefined; filters: ArtworkFilters }) {
  if (!narrowsCatalogue(q, filters)) return null;
  return <SaveSearchButton q={q} filters={filters} />;
}
