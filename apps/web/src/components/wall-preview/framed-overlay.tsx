"use client";

import { FRAMES, type FrameId } from "@atelier/core/wall-preview/frames";
import type { NormalisedRect, WallLayout } from "@atelier/core/wall-preview/scale";

/** A rectangle inside `outer`, as CSS percentages of it. */
function inside(outer: NormalisedRect, r: NormalisedRect) {
  return {
    left: `${((r.left - outer.left) / outer.width) * 100}%`,
    top: `${((r.top - outer.top) / outer.height) * 100}%`,
    width: `${(r.width / outer.width) * 100}%`,
    height: `${(r.height / outer.height) * 100}%`,
  };
}

const MOULDING_BACKGROUND: Record<FrameId, string> = {
  none: "transparent",
  "thin-black": "linear-gradient(135deg, #3a3935, #1d1c1a 40%, #141311)",
  oak: "repeating-linear-gradient(90deg, rgba(110,72,38,.22) 0 1px, transparent 1px 5px), linear-gradient(135deg, #d0a673, #b88a55 45%, #93693d)",
  "white-mat": "linear-gradient(135deg, #ffffff, #f1efea 45%, #dcd8cf)",
};

/**
 * The live preview of the framed work on the photo, drawn with CSS from the same layout the server
 * composites (core/wall-preview/scale.ts), so what the buyer drags is what gets rendered.
 * `displayPxPerCm` (screen pixels per cm of wall) sizes the shadow.
 */
export function FramedOverlay({
  layout,
  frame,
  pictureUrl,
  title,
  displayPxPerCm,
  dragging,
  onKeyMove,
}: {
  layout: WallLayout;
  frame: FrameId;
  pictureUrl: string;
  title: string;
  displayPxPerCm: number;
  dragging: boolean;
  onKeyMove: (dx: number, dy: number) => void;
}) {
  const spec = FRAMES[frame];
  const { outer } = layout;
  const depth = spec.depthCm * displayPxPerCm;
  return (
    <div
      role="button"
      tabIndex={0}
      aria-label={`${title}, placed on the wall. Drag it, or use the arrow keys, to move it.`}
      data-testid="wall-overlay"
      className={`absolute touch-none select-none outline-offset-2 focus-visible:outline-2 focus-visible:outline-accent ${dragging ? "cursor-grabbing" : "cursor-grab"}`}
      style={{
        left: `${outer.left * 100}%`,
        top: `${outer.top * 100}%`,
        width: `${outer.width * 100}%`,
        height: `${outer.height * 100}%`,
        background: MOULDING_BACKGROUND[frame],
        boxShadow: `${depth * 0.3}px ${depth * 0.6}px ${Math.max(2, depth * 1.2)}px rgba(0,0,0,0.38)`,
      }}
      onKeyDown={(e) => {
        const step = e.shiftKey ? 0.05 : 0.01;
        const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
        const move = moves[e.key];
        if (!move) return;
        e.preventDefault();
        onKeyMove(...move);
      }}
    >
      {spec.mat ? <div className="absolute" style={{ ...inside(outer, layout.matInner), background: spec.mat }} /> : null}
      <img
        src={pictureUrl}
        alt=""
        draggable={false}
        className="absolute object-cover"
        style={{ ...inside(outer, layout.art), outline: spec.mat ? "1px solid #fff" : undefined }}
      />
    </div>
  );
}
