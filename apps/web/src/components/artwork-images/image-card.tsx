"use client";

import { MAX_ALT_TEXT } from "@atelier/core/schemas/images";
import { mediaUrl, pickVariant } from "@atelier/core/images/urls";
import type { RouterOutputs } from "@atelier/api";
import { Badge, Button } from "@atelier/ui";
import { useState } from "react";

export type ManagedImage = RouterOutputs["artwork"]["image"]["list"][number];

interface Props {
  image: ManagedImage;
  index: number;
  count: number;
  busy: boolean;
  onMove: (delta: -1 | 1) => void;
  onPrimary: () => void;
  onSaveAlt: (altText: string) => Promise<string | null>;
  onDelete: () => void;
}

/** One image in the studio grid: thumbnail, order controls, alt text and delete. */
export function ImageCard({ image, index, count, busy, onMove, onPrimary, onSaveAlt, onDelete }: Props) {
  const thumb = pickVariant(image.variants, 320, "webp");
  const [alt, setAlt] = useState(image.altText);
  const [altError, setAltError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const label = `image ${index + 1}`;
  const dirty = alt.trim() !== image.altText;

  return (
    <div className="flex h-full flex-col overflow-hidden rounded-2xl border border-line bg-white shadow-sm">
      <div
        className="relative aspect-square bg-paper-deep"
        style={{ backgroundColor: image.dominantColor, backgroundImage: `url(${image.blurDataUrl})`, backgroundSize: "cover" }}
      >
        {thumb ? (
          <img
            src={mediaUrl(thumb.key)}
            alt={image.altText || `Artwork ${label}`}
            className="absolute inset-0 h-full w-full object-contain"
            draggable={false}
            loading="lazy"
          />
        ) : null}
        <span className="absolute left-3 top-3 flex gap-2">
          <Badge className="bg-white/90 px-2.5 py-0.5 text-xs shadow-sm">{index + 1}</Badge>
          {index === 0 ? (
            <span className="inline-flex items-center rounded-full bg-accent px-2.5 py-0.5 text-xs font-medium tracking-wide text-white shadow-sm">
              Primary
            </span>
          ) : null}
        </span>
        <span aria-hidden className="absolute right-3 top-3 cursor-grab rounded-full bg-white/90 px-2 py-0.5 text-xs text-muted shadow-sm">
          ⠿ drag
        </span>
      </div>

      <div className="flex flex-1 flex-col gap-3 p-4">
        <div className="flex flex-wrap gap-1.5">
          <Button
            type="button"
            variant="secondary"
            className="px-3 py-1.5 text-xs"
            disabled={busy || index === 0}
            onClick={() => onMove(-1)}
            aria-label={`Move ${label} earlier`}
          >
            ← Earlier
          </Button>
          <Button
            type="button"
            variant="secondary"
            className="px-3 py-1.5 text-xs"
            disabled={busy || index === count - 1}
            onClick={() => onMove(1)}
            aria-label={`Move ${label} later`}
          >
            Later →
          </Button>
          {index > 0 ? (
            <Button type="button" variant="ghost" className="px-3 py-1.5 text-xs" disabled={busy} onClick={onPrimary} aria-label={`Make ${label} primary`}>
              Make primary
            </Button>
          ) : null}
        </div>

        <form
          method="post"
          className="flex flex-col gap-1.5"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (alt.trim().length > MAX_ALT_TEXT) return setAltError(`Alt text can be at most ${MAX_ALT_TEXT} characters.`);
            const error = await onSaveAlt(alt);
            setAltError(error);
            setSaved(!error);
          }}
        >
          <label htmlFor={`alt-${image.id}`} className="text-xs font-medium uppercase tracking-wider text-muted">
            Alt text for {label}
          </label>
          <textarea
            id={`alt-${image.id}`}
            rows={2}
            value={alt}
            onChange={(e) => {
              setAlt(e.target.value);
              setSaved(false);
            }}
            placeholder="Describe the image for people who can't see it"
            aria-invalid={altError ? true : undefined}
            aria-describedby={`alt-${image.id}-hint`}
            className="w-full resize-none rounded-lg border border-line bg-paper/40 px-3 py-2 text-sm focus:border-ink/40 focus:outline-none"
          />
          <div id={`alt-${image.id}-hint`} className="flex items-center justify-between gap-2 text-xs">
            {altError ? (
              <span role="alert" className="text-accent-deep">
                {altError}
              </span>
            ) : (
              <span className={alt.length > MAX_ALT_TEXT ? "text-accent-deep" : "text-muted"}>
                {saved ? "Saved · " : ""}
                {alt.trim().length}/{MAX_ALT_TEXT}
              </span>
            )}
            <Button type="submit" variant="secondary" className="px-3 py-1 text-xs" disabled={busy || !dirty}>
              Save alt text
            </Button>
          </div>
        </form>

        <div className="mt-auto border-t border-line pt-3">
          {confirming ? (
            <div className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={`Confirm deleting ${label}`}>
              <span className="text-ink-soft">Delete this image?</span>
              <Button type="button" variant="danger" className="px-3 py-1 text-xs" disabled={busy} onClick={onDelete}>
                Yes, delete
              </Button>
              <Button type="button" variant="ghost" className="px-3 py-1 text-xs" onClick={() => setConfirming(false)}>
                Cancel
              </Button>
            </div>
          ) : (
            <button
              type="button"
              className="text-xs text-muted underline-offset-2 hover:text-accent-deep hover:underline"
              onClick={() => setConfirming(true)}
              aria-label={`Delete ${label}`}
            >
              Delete image
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
