"use client";

import type { FrameId } from "@atelier/core/wall-preview/frames";
import type { Point, WallLayout } from "@atelier/core/wall-preview/scale";
import { useEffect, useRef, useState } from "react";
import { FramedOverlay } from "./framed-overlay";

export type CanvasMode = "place" | "mark";

/**
 * The room photo with the work on it. In "place" mode a tap puts the work there and a drag moves it;
 * in "mark" mode taps set the two ends of the known length. The marked length is drawn as a line.
 */
export function WallCanvas({
  photo,
  layout,
  frame,
  pictureUrl,
  title,
  mode,
  marks,
  markLabel,
  onPlace,
  onMark,
}: {
  photo: { url: string; width: number; height: number; alt: string };
  layout: WallLayout | null;
  frame: FrameId;
  pictureUrl: string;
  title: string;
  mode: CanvasMode;
  marks: Point[];
  /** shown at the middle of the marked line, e.g. "220 cm" */
  markLabel: string | null;
  onPlace: (centre: Point) => void;
  onMark: (p: Point) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [shownWidth, setShownWidth] = useState(0);
  const [dragging, setDragging] = useState(false);
  const grab = useRef<{ dx: number; dy: number } | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setShownWidth(entry?.contentRect.width ?? 0));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const at = (e: React.PointerEvent): Point => {
    const r = box.current!.getBoundingClientRect();
    return { x: Math.min(1, Math.max(0, (e.clientX - r.left) / r.width)), y: Math.min(1, Math.max(0, (e.clientY - r.top) / r.height)) };
  };

  function down(e: React.PointerEvent) {
    if (e.button !== 0) return;
    const p = at(e);
    if (mode === "mark") return onMark(p);
    // grabbing the work keeps the point under the finger; tapping elsewhere brings the work there
    const onWork = layout && (e.target as HTMLElement).closest("[data-testid=wall-overlay]");
    grab.current = onWork ? { dx: layout.centre.x - p.x, dy: layout.centre.y - p.y } : { dx: 0, dy: 0 };
    if (!onWork) onPlace(p);
    setDragging(true);
    box.current!.setPointerCapture(e.pointerId);
  }
  function move(e: React.PointerEvent) {
    if (!dragging || !grab.current) return;
    const p = at(e);
    onPlace({ x: p.x + grab.current.dx, y: p.y + grab.current.dy });
  }
  function up() {
    setDragging(false);
    grab.current = null;
  }

  const r = 9 * (photo.width / Math.max(1, shownWidth));
  const [a, b] = marks;
  return (
    <div
      ref={box}
      className={`relative w-full overflow-hidden rounded-xl bg-paper-deep ${mode === "mark" ? "cursor-crosshair" : ""}`}
      style={{ aspectRatio: `${photo.width} / ${photo.height}`, touchAction: dragging ? "none" : "pan-y" }}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={up}
      data-testid="wall-canvas"
      data-mode={mode}
    >
      <img src={photo.url} alt={photo.alt} draggable={false} className="absolute inset-0 h-full w-full select-none" />
      {layout ? (
        <FramedOverlay
          layout={layout}
          frame={frame}
          pictureUrl={pictureUrl}
          title={title}
          displayPxPerCm={(layout.pxPerCm * shownWidth) / photo.width}
          dragging={dragging}
          onKeyMove={(dx, dy) => onPlace({ x: layout.centre.x + dx, y: layout.centre.y + dy })}
        />
      ) : null}
      {a ? (
        <svg className="pointer-events-none absolute inset-0 h-full w-full" viewBox={`0 0 ${photo.width} ${photo.height}`} aria-hidden="true">
          {b ? (
            <line
              x1={a.x * photo.width}
              y1={a.y * photo.height}
              x2={b.x * photo.width}
              y2={b.y * photo.height}
              stroke="#fff"
              strokeWidth={r * 0.45}
              strokeDasharray={`${r} ${r * 0.6}`}
              style={{ filter: "drop-shadow(0 0 2px rgba(0,0,0,.7))" }}
            />
          ) : null}
          {[a, b]
            .filter((p): p is Point => Boolean(p))
            .map((p, i) => (
              <circle key={i} cx={p.x * photo.width} cy={p.y * photo.height} r={r} fill="#c2410c" stroke="#fff" strokeWidth={r * 0.3} />
            ))}
        </svg>
      ) : null}
      {a && b && markLabel ? (
        <span
          className="pointer-events-none absolute -translate-x-1/2 -translate-y-[140%] rounded-full bg-ink/80 px-2 py-0.5 text-xs font-medium text-paper"
          style={{ left: `${((a.x + b.x) / 2) * 100}%`, top: `${((a.y + b.y) / 2) * 100}%` }}
          data-testid="mark-label"
        >
          {markLabel}
        </span>
      ) : null}
    </div>
  );
}
