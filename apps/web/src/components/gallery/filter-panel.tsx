"use client";

import { useRef } from "react";

interface Facet {
  value: string;
  count: number;
}

const field = "mt-1 w-full rounded-lg border border-line bg-white/80 px-3 py-2 text-sm text-ink focus:border-ink/40 focus:outline-none";
const label = "block text-xs font-semibold uppercase tracking-[0.14em] text-muted";

/**
 * The gallery's filters as a plain GET form: every choice lands in the URL (shareable, works without JS);
 * selects submit on change when JS is on.
 */
export function FilterPanel({
  form,
  errors,
  media,
  tags,
  currencies,
  idPrefix,
}: {
  idPrefix: string;
  form: {
    q: string;
    medium: string;
    kind: string;
    availability: string;
    min: string;
    max: string;
    currency: string;
    tags: string[];
    sort: string;
    artist: string;
  };
  errors: Record<string, string>;
  media: Facet[];
  tags: Facet[];
  currencies: Facet[];
}) {
  const ref = useRef<HTMLFormElement>(null);
  const submit = () => ref.current?.requestSubmit();
  const currencyOptions = Array.from(new Set([form.currency, ...currencies.map((c) => c.value)]));
  return (
    <form ref={ref} action="/gallery" method="get" className="space-y-6" aria-label="Filter artworks" data-testid="filter-panel">
      {form.q ? <input type="hidden" name="q" value={form.q} /> : null}
      {form.sort && form.sort !== "newest" && form.sort !== "relevance" ? <input type="hidden" name="sort" value={form.sort} /> : null}
      {form.artist ? <input type="hidden" name="artist" value={form.artist} /> : null}
      <div>
        <label className={label} htmlFor={`${idPrefix}-medium`}>
          Medium
        </label>
        <select id={`${idPrefix}-medium`} name="medium" defaultValue={form.medium} onChange={submit} className={field}>
          <option value="">Any medium</option>
          {media.map((m) => (
            <option key={m.value} value={m.value}>
              {m.value} ({m.count})
            </option>
          ))}
          {form.medium && !media.some((m) => m.value === form.medium) ? <option value={form.medium}>{form.medium}</option> : null}
        </select>
      </div>
      <fieldset>
        <legend className={label}>Kind</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {[
            ["", "All"],
            ["ORIGINAL", "Originals"],
            ["EDITION", "Editions"],
          ].map(([value, text]) => (
            <label key={value} className="cursor-pointer">
              <input type="radio" name="kind" value={value} defaultChecked={form.kind === value} onChange={submit} className="peer sr-only" />
              <span className="inline-block rounded-full border border-line px-3 py-1 text-sm text-ink-soft peer-checked:border-ink peer-checked:bg-ink peer-checked:text-paper peer-focus-visible:outline-2 peer-focus-visible:outline-accent">
                {text}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label className={label} htmlFor={`${idPrefix}-availability`}>
          Availability
        </label>
        <select id={`${idPrefix}-availability`} name="availability" defaultValue={form.availability} onChange={submit} className={field}>
          <option value="available">Available</option>
          <option value="sold">Sold</option>
          <option value="all">Everything</option>
        </select>
      </div>
      <fieldset>
        <legend className={label}>Price</legend>
        <div className="mt-1 grid grid-cols-[1fr_1fr_5rem] gap-2">
          <input aria-label="Minimum price" name="min" inputMode="decimal" placeholder="Min" defaultValue={form.min} className={field} />
          <input aria-label="Maximum price" name="max" inputMode="decimal" placeholder="Max" defaultValue={form.max} className={field} />
          <select aria-label="Currency" name="currency" defaultValue={form.currency} className={field}>
            {currencyOptions.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
        {errors.minPrice || errors.maxPrice || errors.currency ? (
          <p className="mt-1 text-xs text-accent-deep">{errors.minPrice ?? errors.maxPrice ?? errors.currency}</p>
        ) : null}
      </fieldset>
      {tags.length ? (
        <fieldset>
          <legend className={label}>Tags</legend>
          <div className="mt-2 flex flex-wrap gap-1.5">
            {tags.slice(0, 24).map((t) => (
              <label key={t.value} className="cursor-pointer">
                <input type="checkbox" name="tag" value={t.value} defaultChecked={form.tags.includes(t.value)} onChange={submit} className="peer sr-only" />
                <span className="inline-block rounded-full bg-paper-deep px-2.5 py-0.5 text-xs text-ink-soft peer-checked:bg-accent peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-accent">
                  #{t.value}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-full bg-ink px-5 py-2 text-sm font-medium text-paper hover:bg-ink-soft">
          Apply filters
        </button>
        <a
          href={form.q ? `/gallery?q=${encodeURIComponent(form.q)}` : "/gallery"}
          className="text-sm text-muted underline-offset-4 hover:text-ink hover:underline"
        >
          Reset
        </a>
      </div>
    </form>
  );
}
