"use client";

import Link from "next/link";
import { useRef } from "react";
import { signInHref } from "~/lib/safe-callback-url";

export interface RoomTile {
  key: string;
  name: string;
  thumbUrl: string;
}

/** Sample rooms, the buyer's own photos and the upload tile, as one row of choices. */
export function RoomPicker({
  samples,
  own,
  selected,
  onSelect,
  signedIn,
  returnTo,
  uploading,
  onUpload,
}: {
  samples: RoomTile[];
  own: RoomTile[];
  selected: string;
  onSelect: (key: string) => void;
  signedIn: boolean;
  returnTo: string;
  uploading: boolean;
  onUpload: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const tile = (t: RoomTile) => (
    <li key={t.key} className="shrink-0">
      <button
        type="button"
        onClick={() => onSelect(t.key)}
        aria-pressed={selected === t.key}
        className={`block w-28 overflow-hidden rounded-xl border-2 text-left text-xs transition-colors ${selected === t.key ? "border-ink" : "border-transparent hover:border-line"}`}
      >
        <img src={t.thumbUrl} alt="" className="aspect-[3/2] w-full bg-paper-deep object-cover" />
        <span className="block truncate px-1.5 py-1 text-ink-soft">{t.name}</span>
      </button>
    </li>
  );
  return (
    // w-0 min-w-full: the row scrolls inside the section instead of widening the page on a phone
    <ul className="flex w-0 min-w-full gap-2 overflow-x-auto pb-2" aria-label="Rooms">
      {samples.map(tile)}
      {own.map(tile)}
      <li className="shrink-0">
        {signedIn ? (
          <>
            <button
              type="button"
              onClick={() => input.current?.click()}
              disabled={uploading}
              className="flex aspect-[3/2] w-28 flex-col items-center justify-center rounded-xl border-2 border-dashed border-line text-xs text-ink-soft hover:border-ink/40 hover:text-ink disabled:opacity-60"
            >
              <span className="text-lg leading-none" aria-hidden="true">
                +
              </span>
              {uploading ? "Uploading…" : "Your wall"}
            </button>
            <input
              ref={input}
              type="file"
              accept="image/jpeg,image/png,image/webp,image/avif"
              className="sr-only"
              aria-label="Upload a photo of your wall"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) onUpload(f);
                e.target.value = "";
              }}
            />
          </>
        ) : (
          <Link
            href={signInHref("/sign-in", returnTo)}
            className="flex aspect-[3/2] w-28 flex-col items-center justify-center rounded-xl border-2 border-dashed border-line px-2 text-center text-xs text-ink-soft hover:text-ink"
          >
            Sign in to use a photo of your wall
          </Link>
        )}
      </li>
    </ul>
  );
}
