/**
 * The frame around a work as SVG, in pixels of the framed canvas: mitred moulding lit from the top
 * left, wood grain for oak, a mat with its white bevel, and the thin shadow the moulding (or the mat)
 * casts onto what lies inside it. Rasterised by sharp in ./composite.ts.
 */
import { FRAMES, type FrameId } from "./frames.ts";

export interface FrameBoxes {
  /** the framed canvas's size in px */
  width: number;
  height: number;
  /** the moulding's inside edge and the picture, in px of the framed canvas */
  opening: { left: number; top: number; width: number; height: number };
  art: { left: number; top: number; width: number; height: number };
  pxPerCm: number;
}

const f = (n: number) => n.toFixed(2);

/** Light on each side of a mitred moulding: the top catches the most, the bottom the least. */
const SIDE_LIGHT = { top: ["#fff", 0.16], left: ["#fff", 0.06], right: ["#000", 0.12], bottom: ["#000", 0.22] } as const;

function moulding(frame: FrameId, b: FrameBoxes): string {
  const spec = FRAMES[frame];
  const o = b.opening;
  const [x0, y0, x1, y1] = [0, 0, b.width, b.height];
  const [i0, j0, i1, j1] = [o.left, o.top, o.left + o.width, o.top + o.height];
  const sides = {
    top: `${x0},${y0} ${x1},${y0} ${i1},${j0} ${i0},${j0}`,
    bottom: `${x0},${y1} ${x1},${y1} ${i1},${j1} ${i0},${j1}`,
    left: `${x0},${y0} ${i0},${j0} ${i0},${j1} ${x0},${y1}`,
    right: `${x1},${y0} ${i1},${j0} ${i1},${j1} ${x1},${y1}`,
  };
  const grainStep = Math.max(2, b.pxPerCm * 0.22);
  const pattern = (id: string, rotate: number) =>
    `<pattern id="${id}" width="${f(b.pxPerCm * 9)}" height="${f(grainStep * 5)}" patternUnits="userSpaceOnUse" patternTransform="rotate(${rotate})">
       <rect width="100%" height="100%" fill="${spec.moulding}"/>
       ${[0, 1, 2, 3, 4].map((k) => `<path d="M0 ${f(grainStep * (k + 0.5))} Q${f(b.pxPerCm * 3)} ${f(grainStep * (k + 0.2 + (k % 2) * 0.6))} ${f(b.pxPerCm * 9)} ${f(grainStep * (k + 0.5))}" stroke="#6e4826" stroke-opacity="${[0.5, 0.25, 0.4, 0.18, 0.3][k]}" stroke-width="${f(Math.max(0.7, grainStep * 0.35))}" fill="none"/>`).join("")}
     </pattern>`;
  const grain = frame === "oak" ? pattern("grainH", 0) + pattern("grainV", 90) : "";
  const fillOf = (side: keyof typeof sides) => (frame === "oak" ? (side === "top" || side === "bottom" ? "url(#grainH)" : "url(#grainV)") : spec.moulding);
  const rails = (Object.keys(sides) as (keyof typeof sides)[])
    .map(
      (side) =>
        `<polygon points="${sides[side]}" fill="${fillOf(side)}"/><polygon points="${sides[side]}" fill="${SIDE_LIGHT[side][0]}" fill-opacity="${SIDE_LIGHT[side][1]}"/>`,
    )
    .join("");
  const edge = Math.max(0.8, b.pxPerCm * 0.12);
  // a hairline where the moulding's face turns into its outer edge, and the mitre joints
  const lines = `<rect x="${f(edge / 2)}" y="${f(edge / 2)}" width="${f(b.width - edge)}" height="${f(b.height - edge)}" fill="none" stroke="#000" stroke-opacity="0.25" stroke-width="${f(edge)}"/>
    <path d="M${x0} ${y0} L${i0} ${j0} M${x1} ${y0} L${i1} ${j0} M${x0} ${y1} L${i0} ${j1} M${x1} ${y1} L${i1} ${j1}" stroke="#000" stroke-opacity="0.18" stroke-width="${f(Math.max(0.5, edge * 0.6))}"/>`;
  return `<defs>${grain}</defs>${rails}${lines}`;
}

/** The inside of the frame: the mat (with its bevel) or nothing, drawn under the picture. */
function matUnder(frame: FrameId, b: FrameBoxes): string {
  const spec = FRAMES[frame];
  if (!spec.mat) return "";
  const o = b.opening;
  return `<rect x="${o.left}" y="${o.top}" width="${o.width}" height="${o.height}" fill="${spec.mat}"/>`;
}

/** Drawn over the picture: the mat's white bevel and the shadow the frame's inner edge casts (light from the top left). */
function overPicture(frame: FrameId, b: FrameBoxes): string {
  const spec = FRAMES[frame];
  const a = b.art;
  const bevel = Math.max(1, b.pxPerCm * 0.25);
  const shade = Math.max(1.5, b.pxPerCm * (spec.mat ? 0.35 : 0.5));
  const inner = spec.mat ? a : b.opening;
  const shadow =
    frame === "none"
      ? ""
      : `<linearGradient id="shadeTop" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0.32"/><stop offset="1" stop-color="#000" stop-opacity="0"/></linearGradient>
         <linearGradient id="shadeLeft" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#000" stop-opacity="0.22"/><stop offset="1" stop-color="#000" stop-opacity="0"/></linearGradient>
         <rect x="${inner.left}" y="${inner.top}" width="${inner.width}" height="${f(shade)}" fill="url(#shadeTop)"/>
         <rect x="${inner.left}" y="${inner.top}" width="${f(shade)}" height="${inner.height}" fill="url(#shadeLeft)"/>`;
  const matBevel = spec.mat
    ? `<rect x="${f(a.left - bevel / 2)}" y="${f(a.top - bevel / 2)}" width="${f(a.width + bevel)}" height="${f(a.height + bevel)}" fill="none" stroke="#ffffff" stroke-width="${f(bevel)}"/>
       <path d="M${f(a.left - bevel)} ${f(a.top + a.height + bevel)} L${f(a.left + a.width + bevel)} ${f(a.top + a.height + bevel)} L${f(a.left + a.width + bevel)} ${f(a.top - bevel)}" stroke="#000" stroke-opacity="0.10" stroke-width="${f(Math.max(0.6, bevel * 0.4))}" fill="none"/>`
    : "";
  // an unframed canvas shows its edge as a faint darker line
  const canvasEdge =
    frame === "none" ? `<rect x="0.5" y="0.5" width="${b.width - 1}" height="${b.height - 1}" fill="none" stroke="#000" stroke-opacity="0.22"/>` : "";
  return `${shadow}${matBevel}${canvasEdge}`;
}

/** Two SVG documents of the framed canvas's size: what goes under the picture, and what goes over it. */
export function frameSvgs(frame: FrameId, b: FrameBoxes): { under: string; over: string } {
  const svg = (body: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${b.width}" height="${b.height}" viewBox="0 0 ${b.width} ${b.height}">${body}</svg>`;
  return { under: svg(frame === "none" ? "" : `${moulding(frame, b)}${matUnder(frame, b)}`), over: svg(`<defs></defs>${overPicture(frame, b)}`) };
}
