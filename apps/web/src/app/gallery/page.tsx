import { containerClass } from "@atelier/ui";
import { AVAILABILITY, SEARCH_SORTS, type ArtworkSort } from "@atelier/core/schemas/discovery";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { ArtworkGrid } from "~/components/gallery/artwork-card";
import { FilterPanel } from "~/components/gallery/filter-panel";
import { LoadMore } from "~/components/gallery/load-more";
import { SearchCorrection } from "~/components/gallery/search-correction";
import { SaveSearch } from "~/components/saved-searches/save-search";
import { formatDate } from "~/lib/dates";
import { DISPLAY_CURRENCY_COOKIE } from "~/lib/display-currency";
import { displayCurrencyOf, galleryHref, parseGalleryParams, type GallerySearchParams } from "~/lib/gallery-params";
import { api } from "~/server/api";
import { filterChips, hiddenFilterValues } from "./filter-chips";

export const metadata: Metadata = { title: "Gallery · Atelier" };

const PAGE = 24;
const sortLabels: Record<ArtworkSort, string> = {
  relevance: "Best match",
  newest: "Newest",
  price_asc: "Price: low to high",
  price_desc: "Price: high to low",
};

export default async function GalleryPage({ searchParams }: { searchParams: Promise<GallerySearchParams> }) {
  const caller = await api();
  const sp = await searchParams;
  const availability = AVAILABILITY.find((a) => a === sp.availability) ?? "available";
  const facets = await caller.artwork.facets({ availability });
  const defaultCurrency = facets.currencies[0]?.value ?? "EUR";
  const currency = displayCurrencyOf(sp, (await cookies()).get(DISPLAY_CURRENCY_COOKIE)?.value, defaultCurrency) ?? "EUR";
  const state = parseGalleryParams(sp, currency, defaultCurrency);
  const { form, input, q } = state;
  const searchSort: ArtworkSort = (SEARCH_SORTS as readonly string[]).includes(form.sort) ? (form.sort as ArtworkSort) : "relevance";
  const searchInput = q ? { q, filters: input.filters, sort: searchSort, displayCurrency: currency, limit: PAGE } : undefined;
  const listInput = { ...input, limit: PAGE };
  const page = searchInput ? await caller.artwork.search(searchInput) : await caller.artwork.list(listInput);
  const sorts: ArtworkSort[] = q ? [...SEARCH_SORTS] : ["newest", "price_asc", "price_desc"];
  const chips = filterChips(state);
  const converted = page.items.some((i) => i.approxPrice);

  return (
    <div className={containerClass("pt-10 pb-20")}>
      <header className="flex flex-col gap-6 border-b border-line pb-6 md:flex-row md:items-end md:justify-between md:pb-8">
        <div>
          <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">The collection</p>
          <h1 className="mt-2 text-4xl text-ink sm:text-5xl">{q ? <>Results for “{q}”</> : "Gallery"}</h1>
          <p className="mt-2 max-w-xl text-ink-soft">Originals and numbered editions from independent artists, each reviewed before it is hung.</p>
          <SaveSearch q={q} filters={input.filters} />
        </div>
        <form action="/gallery" method="get" role="search" className="w-full md:max-w-sm">
          {hiddenFilterValues(state).map(([k, v]) => (
            <input key={`${k}=${v}`} type="hidden" name={k} value={v} />
          ))}
          <label htmlFor="gallery-q" className="sr-only">
            Search artworks
          </label>
          <div className="flex rounded-full border border-line bg-white/80 p-1 focus-within:border-ink/40">
            <input
              id="gallery-q"
              name="q"
              type="search"
              defaultValue={form.q}
              maxLength={200}
              placeholder="Search titles, artists, tags…"
              className="min-w-0 flex-1 bg-transparent px-4 text-sm text-ink placeholder:text-muted focus:outline-none"
            />
            <button type="submit" className="rounded-full bg-ink px-4 py-2 text-sm font-medium text-paper hover:bg-ink-soft">
              Search
            </button>
          </div>
          {state.qError ? <p className="mt-1 pl-4 text-xs text-accent-deep">{state.qError}</p> : null}
        </form>
      </header>

      <div className="mt-6 grid gap-6 md:mt-8 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
        <aside>
          <details className="group lg:hidden">
            <summary className="cursor-pointer list-none rounded-full border border-line px-4 py-2 text-center text-sm text-ink-soft">
              Filters{chips.length ? ` (${chips.length})` : ""}
            </summary>
            <div className="mt-4">
              <FilterPanel idPrefix="mf" form={form} errors={state.errors} facets={facets} />
            </div>
          </details>
          <div className="sticky top-24 hidden max-h-[calc(100vh-7rem)] overflow-y-auto pr-1 pb-4 lg:block" data-testid="filters-desktop">
            <FilterPanel idPrefix="f" form={form} errors={state.errors} facets={facets} />
          </div>
        </aside>

        <section aria-label="Artworks" className="min-w-0">
          {q && "correctedQuery" in page && typeof page.correctedQuery === "string" ? <SearchCorrection typed={q} corrected={page.correctedQuery} /> : null}
          <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
            <div className="flex flex-wrap items-center gap-2">
              {chips.map((c) => (
                <Link
                  key={c.label}
                  href={c.href}
                  className="inline-flex items-center gap-1.5 rounded-full border border-line bg-white/70 px-3 py-1 text-xs text-ink-soft hover:border-ink/40"
                  aria-label={`Remove filter ${c.label}`}
                >
                  {c.label} <span aria-hidden>×</span>
                </Link>
              ))}
              {q ? (
                <Link href={galleryHref(state, { q: null, sort: null })} className="text-xs text-muted underline-offset-4 hover:underline">
                  Clear search
                </Link>
              ) : null}
            </div>
            <nav aria-label="Sort" className="-mx-1 flex max-w-full gap-1 overflow-x-auto text-sm">
              {sorts.map((s) => {
                const active = (q ? searchSort : input.sort) === s;
                return (
                  <Link
                    key={s}
                    href={galleryHref(state, { sort: s })}
                    aria-current={active ? "true" : undefined}
                    className={`shrink-0 rounded-full px-3 py-1 whitespace-nowrap ${active ? "bg-ink text-paper" : "text-ink-soft hover:bg-paper-deep"}`}
                  >
                    {sortLabels[s]}
                  </Link>
                );
              })}
            </nav>
          </div>

          {converted && facets.ratesDate ? (
            <p className="mb-5 text-xs text-muted" data-testid="converted-note">
              Prices marked ≈ are converted to {currency} at the European Central Bank&apos;s reference rates of {formatDate(facets.ratesDate)}, as a guide:
              checkout charges each work in the currency it is listed in.
            </p>
          ) : null}
          {page.items.length === 0 ? (
            <div className="rounded-2xl border border-dashed border-line px-6 py-20 text-center" data-testid="gallery-empty">
              <p className="font-display text-2xl text-ink">{q ? "Nothing matches that search yet" : "No works match these filters"}</p>
              <p className="mt-2 text-ink-soft">Try fewer filters, another spelling, or browse the whole collection.</p>
              <Link href="/gallery" className="mt-6 inline-block rounded-full bg-ink px-5 py-2.5 text-sm font-medium text-paper hover:bg-ink-soft">
                See all works
              </Link>
            </div>
          ) : (
            <>
              <ArtworkGrid items={page.items} priorityCount={4} layout="beside" />
              <LoadMore
                key={JSON.stringify(searchInput ?? listInput)}
                list={searchInput ? undefined : listInput}
                search={searchInput}
                initialCursor={page.nextCursor}
              />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
