"use client";

import type { RouterOutputs } from "@atelier/api";
import Link from "next/link";

type Preview = RouterOutputs["wall"]["render"];

/** The rendered preview, saying plainly what it is: a composite made here, or an AI render of that composite. */
export function WallResult({ preview, title, ownRoom }: { preview: Preview; title: string; ownRoom: boolean }) {
  return (
    <figure className="mt-4 space-y-2" data-testid="wall-result" data-renderer={preview.renderer}>
      <img
        src={preview.src}
        alt={`${title} on the wall, ${preview.framedSize}`}
        width={preview.width}
        height={preview.height}
        className="h-auto w-full rounded-xl bg-paper-deep"
      />
      <figcaption className="space-y-1 text-sm text-ink-soft">
        {preview.renderer === "realistic" ? (
          <p>
            <strong className="font-medium text-ink">AI render</strong>
            {` by ${preview.rendererLabel}, made from Atelier's true-scale composite: ${preview.framedSize}. The model may change small details; the size and position come from the composite.`}
          </p>
        ) : (
          <p>
            <strong className="font-medium text-ink">Composite preview</strong>
            {`: the work's photo placed on the wall at true scale, ${preview.framedSize}, with ${preview.frame === "none" ? "" : "a drawn frame, "}a soft shadow and its light matched to the wall. It is not a photograph.`}
          </p>
        )}
        {preview.notice ? (
          <p role="status" className="rounded-lg bg-paper-deep px-3 py-2">
            {preview.notice}
          </p>
        ) : null}
        {ownRoom ? (
          <p>
            Saved privately with your photo.{" "}
            <Link href="/account/rooms" className="underline underline-offset-4 hover:text-ink">
              Your rooms and previews
            </Link>
          </p>
        ) : null}
      </figcaption>
    </figure>
  );
}
