"use client";

import { CATEGORY_LABELS, COLOUR_SLUGS, nameOf, type ArtworkCategoryName } from "@atelier/core/artwork/taxonomy";
import { useRef } from "react";
import { formatDate } from "~/lib/dates";
import type { GalleryForm } from "~/lib/gallery-params";
import { ColourSwatches, fieldClass, legendClass, PillGroup, RangeInputs } from "./filter-controls";

interface Facet {
  value: string;
  count: number;
}

export interface FilterFacets {
  categories: Facet[];
  colours: Facet[];
  countries: (Facet & { name: string })[];
  tags: Facet[];
  displayCurrencies: readonly string[];
  ratesDate: string | null;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The gallery's filters as a plain GET form: every choice lands in the URL (shareable, works without JS);
 * choices submit on change when JS is on, typed ranges with "Apply filters" (or Enter).
 */
export function FilterPanel({ form, errors, idPrefix, facets }: { idPrefix: string; form: GalleryForm; errors: Record<string, string>; facets: FilterFacets }) {
  const ref = useRef<HTMLFormElement>(null);
  const submit = () => ref.current?.requestSubmit();
  const categories =
    facets.categories.some((c) => c.value === form.category) || !form.category ? facets.categories : [...facets.categories, { value: form.category, count: 0 }];
  const countByColour = new Map(facets.colours.map((c) => [c.value, c.count]));
  const colours = COLOUR_SLUGS.filter((c) => countByColour.has(c) || c === form.colour).map((c) => ({
    value: c,
    label: capitalise(c),
    count: countByColour.get(c) ?? 0,
  }));
  return (
    <form ref={ref} action="/gallery" method="get" className="space-y-6" aria-label="Filter artworks" data-testid="filter-panel">
      {form.q ? <input type="hidden" name="q" value={form.q} /> : null}
      {form.sort && form.sort !== "newest" && form.sort !== "relevance" ? <input type="hidden" name="sort" value={form.sort} /> : null}
      {form.artist ? <input type="hidden" name="artist" value={form.artist} /> : null}
      {form.medium ? <input type="hidden" name="medium" value={form.medium} /> : null}
      <PillGroup
        legend="Category"
        name="category"
        value={form.category}
        onChange={submit}
        testId="filter-category"
        error={errors.category}
        options={[
          { value: "", label: "All" },
          ...categories.map((c) => ({ value: c.value, label: CATEGORY_LABELS[nameOf<ArtworkCategoryName>(c.value)] ?? c.value, count: c.count })),
        ]}
      />
      <div className="space-y-3">
        <PillGroup
          legend="Size"
          name="size"
          value={form.size}
          onChange={submit}
          testId="filter-size"
          error={errors.size}
          options={[
            { value: "", label: "Any" },
            { value: "small", label: "Small" },
            { value: "medium", label: "Medium" },
            { value: "large", label: "Large" },
          ]}
        />
        <p className="text-xs text-muted">By the longest side: small up to 40 cm (16 in), medium up to 100 cm (39 in), large above.</p>
        <RangeInputs
          legend="Longest side"
          testId="filter-exact-size"
          names={["minSize", "maxSize"]}
          labels={["Longest side at least", "Longest side at most"]}
          values={[form.minSize, form.maxSize]}
          placeholders={["From", "To"]}
          error={errors.minSize ?? errors.maxSize ?? errors.sizeUnit}
          trailing={
            <select aria-label="Size unit" name="unit" defaultValue={form.unit} className={fieldClass}>
              <option value="cm">cm</option>
              <option value="in">in</option>
            </select>
          }
        />
      </div>
      <PillGroup
        legend="Orientation"
        name="orientation"
        value={form.orientation}
        onChange={submit}
        testId="filter-orientation"
        error={errors.orientation}
        options={[
          { value: "", label: "Any" },
          { value: "portrait", label: "Portrait" },
          { value: "landscape", label: "Landscape" },
          { value: "square", label: "Square" },
        ]}
      />
      <ColourSwatches options={colours} value={form.colour} onChange={submit} error={errors.colour} />
      <RangeInputs
        legend="Price"
        testId="filter-price"
        names={["min", "max"]}
        labels={["Minimum price", "Maximum price"]}
        values={[form.min, form.max]}
        placeholders={["Min", "Max"]}
        error={errors.minPrice ?? errors.maxPrice ?? errors.currency}
        trailing={
          <select aria-label="Show prices in" name="currency" defaultValue={form.currency} onChange={submit} className={fieldClass}>
            {facets.displayCurrencies.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        }
        hint={
          facets.ratesDate
            ? `In ${form.currency}. Works listed in other currencies are compared at the ECB's reference rates of ${formatDate(facets.ratesDate)}.`
            : undefined
        }
      />
      <div>
        <label className={legendClass} htmlFor={`${idPrefix}-country`}>
          Artist based in
        </label>
        <select id={`${idPrefix}-country`} name="country" defaultValue={form.country} onChange={submit} className={fieldClass}>
          <option value="">Anywhere</option>
          {facets.countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.name} ({c.count})
            </option>
          ))}
        </select>
        {errors.country ? <p className="mt-1 text-xs text-accent-deep">{errors.country}</p> : null}
      </div>
      <PillGroup
        legend="Kind"
        name="kind"
        value={form.kind}
        onChange={submit}
        options={[
          { value: "", label: "All" },
          { value: "ORIGINAL", label: "Originals" },
          { value: "EDITION", label: "Editions" },
        ]}
      />
      <label className="flex items-center gap-2 text-sm text-ink">
        <input
          type="checkbox"
          name="products"
          value="1"
          defaultChecked={form.products === "1"}
          onChange={submit}
          className="size-4 accent-[var(--color-accent)]"
        />
        With prints and products
      </label>
      <div>
        <label className={legendClass} htmlFor={`${idPrefix}-availability`}>
          Availability
        </label>
        <select id={`${idPrefix}-availability`} name="availability" defaultValue={form.availability} onChange={submit} className={fieldClass}>
          <option value="available">Available</option>
          <option value="sold">Sold</option>
          <option value="all">Everything</option>
        </select>
      </div>
      {facets.tags.length ? (
        <fieldset>
          <legend className={legendClass}>Tags</legend>
          <div className="mt-2 flex flex-wrap gap-1.5">
            {facets.tags.slice(0, 24).map((t) => (
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
