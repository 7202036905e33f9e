"use client";

import type { ReactNode } from "react";

export const fieldClass = "mt-1 w-full rounded-lg border border-line bg-white/80 px-3 py-2 text-sm text-ink focus:border-ink/40 focus:outline-none";
export const legendClass = "block text-xs font-semibold uppercase tracking-[0.14em] text-muted";

export interface PillOption {
  value: string;
  label: string;
  count?: number;
}

/** One choice of a few, as pills (radio inputs, so the form posts it and keys move between them). */
export function PillGroup({
  legend,
  name,
  options,
  value,
  onChange,
  testId,
  error,
}: {
  legend: string;
  name: string;
  options: PillOption[];
  value: string;
  onChange: () => void;
  testId?: string;
  error?: string;
}) {
  return (
    <fieldset data-testid={testId}>
      <legend className={legendClass}>{legend}</legend>
      <div className="mt-2 flex flex-wrap gap-1.5">
        {options.map((o) => (
          <label key={o.value || "any"} className="cursor-pointer">
            <input type="radio" name={name} value={o.value} defaultChecked={value === o.value} onChange={onChange} className="peer sr-only" />
            <span className="inline-flex items-center gap-1 rounded-full border border-line px-3 py-1 text-sm text-ink-soft peer-checked:border-ink peer-checked:bg-ink peer-checked:text-paper peer-focus-visible:outline-2 peer-focus-visible:outline-accent">
              {o.label}
              {o.count !== undefined ? <span className="text-xs opacity-70">{o.count}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? <p className="mt-1 text-xs text-accent-deep">{error}</p> : null}
    </fieldset>
  );
}

/** What each colour family looks like on its swatch (display only; the family comes from the server). */
const SWATCH: Record<string, string> = {
  red: "#c0392b",
  orange: "#e67e22",
  yellow: "#f1c40f",
  green: "#3f8f4f",
  blue: "#2f5d8a",
  purple: "#7d4e9f",
  pink: "#ec9bb8",
  brown: "#8b5a2b",
  black: "#1d1b18",
  white: "#f7f5f0",
  grey: "#9a9a9a",
};

/** Colour families as round swatches with their names for screen readers and on hover. */
export function ColourSwatches({ options, value, onChange, error }: { options: PillOption[]; value: string; onChange: () => void; error?: string }) {
  return (
    <fieldset data-testid="filter-colour">
      <legend className={legendClass}>Colour</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        <label className="cursor-pointer" title="Any colour">
          <input type="radio" name="colour" value="" defaultChecked={value === ""} onChange={onChange} className="peer sr-only" aria-label="Any colour" />
          <span className="inline-flex h-8 items-center rounded-full border border-line px-3 text-sm text-ink-soft peer-checked:border-ink peer-checked:bg-ink peer-checked:text-paper peer-focus-visible:outline-2 peer-focus-visible:outline-accent">
            Any
          </span>
        </label>
        {options.map((o) => (
          <label key={o.value} className="cursor-pointer" title={`${o.label} (${o.count ?? 0})`}>
            <input
              type="radio"
              name="colour"
              value={o.value}
              defaultChecked={value === o.value}
              onChange={onChange}
              className="peer sr-only"
              aria-label={`${o.label}, ${o.count ?? 0} works`}
            />
            <span
              aria-hidden
              style={{ backgroundColor: SWATCH[o.value] ?? "#ccc" }}
              className="block size-8 rounded-full border border-line ring-offset-2 ring-offset-paper peer-checked:ring-2 peer-checked:ring-ink peer-focus-visible:outline-2 peer-focus-visible:outline-accent"
            />
          </label>
        ))}
      </div>
      {error ? <p className="mt-1 text-xs text-accent-deep">{error}</p> : null}
    </fieldset>
  );
}

/** Two number boxes side by side ("from – to") with a trailing control (a unit or a currency). */
export function RangeInputs({
  legend,
  names,
  labels,
  values,
  placeholders,
  trailing,
  error,
  testId,
  hint,
}: {
  legend: string;
  names: [string, string];
  labels: [string, string];
  values: [string, string];
  placeholders: [string, string];
  trailing: ReactNode;
  error?: string;
  testId?: string;
  hint?: ReactNode;
}) {
  return (
    <fieldset data-testid={testId}>
      <legend className={legendClass}>{legend}</legend>
      <div className="mt-1 grid grid-cols-[1fr_1fr_5.5rem] gap-2">
        <input aria-label={labels[0]} name={names[0]} inputMode="decimal" placeholder={placeholders[0]} defaultValue={values[0]} className={fieldClass} />
        <input aria-label={labels[1]} name={names[1]} inputMode="decimal" placeholder={placeholders[1]} defaultValue={values[1]} className={fieldClass} />
        {trailing}
      </div>
      {error ? <p className="mt-1 text-xs text-accent-deep">{error}</p> : null}
      {hint ? <p className="mt-1 text-xs text-muted">{hint}</p> : null}
    </fieldset>
  );
}
