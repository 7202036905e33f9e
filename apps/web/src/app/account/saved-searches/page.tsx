import { describeSearch } from "@atelier/core/saved-searches/filters";
import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "~/components/orders/empty-state";
import { SavedSearchCard } from "~/components/saved-searches/saved-search-card";
import { formatDate } from "~/lib/dates";
import { api } from "~/server/api";
import { requireIdentity } from "~/server/session";

export const metadata: Metadata = { title: "Saved searches" };

/** The signed-in collector's saved searches: open, rename, alerts daily or off, delete. */
export default async function SavedSearchesPage() {
  await requireIdentity("/account/saved-searches");
  const searches = await (await api()).savedSearch.list();
  return (
    <div className={containerClass("py-12")}>
      <div className="max-w-3xl">
        <h1 className="text-4xl">Saved searches</h1>
        <p className="mt-2 text-ink-soft">
          When a newly published work matches one of these, we email you a digest — at most once a day, and only for works you haven&apos;t favourited or
          bought. Every alert has a link to stop it.
        </p>
        {searches.length === 0 ? (
          <EmptyState>
            <p className="font-display text-2xl text-ink">No saved searches yet</p>
            <p className="mt-2">
              Search or filter the gallery, then press <span className="text-ink">Save this search</span>. You can also ask the assistant, for example “tell me
              when a small blue abstract under €800 appears”.
            </p>
            <Link href="/gallery" className="mt-6 inline-block rounded-full bg-ink px-5 py-2.5 text-sm font-medium text-paper hover:bg-ink-soft">
              Browse the gallery
            </Link>
          </EmptyState>
        ) : (
          <ul className="mt-8 space-y-4" data-testid="saved-searches">
            {searches.map((s) => (
              <li key={s.id}>
                <SavedSearchCard
                  search={{
                    id: s.id,
                    name: s.name,
                    description: describeSearch(s.q, s.filters),
                    galleryPath: s.galleryPath,
                    alerts: s.alerts,
                    savedOn: formatDate(s.createdAt),
                    matchCount: s.matchCount,
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
