"use client";

import type { LengthUnit } from "@atelier/core/wall-preview/scale";
import { useId } from "react";

export type ScaleMode = "points" | "photoWidth";

/** How the buyer gives the scale of their own photo: two points and the length between them, or the wall's width. */
export function ScaleControls({
  mode,
  onMode,
  marks,
  onClearMarks,
  length,
  onLength,
  unit,
  onUnit,
  error,
}: {
  mode: ScaleMode;
  onMode: (m: ScaleMode) => void;
  marks: number;
  onClearMarks: () => void;
  length: string;
  onLength: (v: string) => void;
  unit: LengthUnit;
  onUnit: (u: LengthUnit) => void;
  error?: string;
}) {
  const id = useId();
  const tab = (m: ScaleMode, label: string) => (
    <button
      type="button"
      role="radio"
      aria-checked={mode === m}
      onClick={() => onMode(m)}
      className={`rounded-full px-3 py-1.5 text-xs font-medium ${mode === m ? "bg-ink text-paper" : "text-ink-soft hover:bg-paper-deep"}`}
    >
      {label}
    </button>
  );
  const instruction =
    mode === "photoWidth"
      ? "Enter how wide the wall is from the photo's left edge to its right edge."
      : marks < 2
        ? `Tap ${marks === 0 ? "both ends" : "the other end"} of something on the wall whose length you know — a door frame, a radiator, a shelf.`
        : length.trim()
          ? "Drag the work into place. To change the points, use Mark again."
          : "Now enter the length between the two points.";
  return (
    <fieldset className="space-y-3 rounded-xl border border-line bg-white/60 p-4" aria-describedby={`${id}-how`}>
      <legend className="sr-only">Scale of your photo</legend>
      <div role="radiogroup" aria-label="How to set the scale" className="inline-flex gap-1 rounded-full border border-line p-0.5">
        {tab("points", "Mark a length")}
        {tab("photoWidth", "Wall width")}
      </div>
      <p id={`${id}-how`} className="text-sm text-ink-soft" data-testid="scale-instruction">
        {instruction}
      </p>
      <div className="flex items-end gap-2">
        <label className="flex-1 text-sm font-medium text-ink">
          {mode === "photoWidth" ? "Width of the wall in the photo" : "Length between the points"}
          <input
            inputMode="decimal"
            value={length}
            onChange={(e) => onLength(e.target.value)}
            placeholder={unit === "IN" ? "e.g. 36" : "e.g. 90"}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-err` : undefined}
            className={`mt-1 block w-full rounded-lg border bg-white px-3 py-2 text-ink ${error ? "border-accent" : "border-line"}`}
          />
        </label>
        <label className="text-sm font-medium text-ink">
          <span className="sr-only">Unit</span>
          <select
            value={unit}
            onChange={(e) => onUnit(e.target.value === "IN" ? "IN" : "CM")}
            className="block rounded-lg border border-line bg-white px-3 py-2 text-ink"
          >
            <option value="CM">cm</option>
            <option value="IN">in</option>
          </select>
        </label>
      </div>
      {error ? (
        <p id={`${id}-err`} role="alert" className="text-sm text-accent-deep">
          {error}
        </p>
      ) : null}
      {mode === "points" && marks > 0 ? (
        <button type="button" onClick={onClearMarks} className="text-xs text-ink-soft underline underline-offset-4 hover:text-ink">
          Mark again
        </button>
      ) : null}
    </fieldset>
  );
}

/** "92.5" → 925 tenths (NaN when it is not a number: the schema then says what to enter). */
export function toTenths(text: string): number {
  const n = Number(text.trim().replace(",", "."));
  return text.trim() === "" ? NaN : Math.round(n * 10);
}
