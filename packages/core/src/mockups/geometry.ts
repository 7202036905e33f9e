/** Where the work goes on each product's template: pure arithmetic, shared by the renderer and its tests. */

export type Box = { left: number; top: number; width: number; height: number };
export type Aspect = { width: number; height: number };

/** Every mockup is a square scene of this many pixels (the strip shows them side by side). */
export const SCENE_PX = 1200;

/** The variant's printed area turned to the work's orientation: a landscape work is printed on a landscape sheet. */
export function orientedAspect(print: Aspect, picture: Aspect): Aspect {
  const landscape = picture.width > picture.height;
  const printLandscape = print.width > print.height;
  return landscape === printLandscape || print.width === print.height ? print : { width: print.height, height: print.width };
}

/** The largest box of `aspect` inside `max` (both dimensions at least 1 px), centred on `max`'s centre. */
export function fitInside(aspect: Aspect, max: Box): Box {
  const scale = Math.min(max.width / aspect.width, max.height / aspect.height);
  const width = Math.max(1, Math.round(aspect.width * scale));
  const height = Math.max(1, Math.round(aspect.height * scale));
  return { left: Math.round(max.left + (max.width - width) / 2), top: Math.round(max.top + (max.height - height) / 2), width, height };
}

/** `box` shrunk by `by` px on every side. */
export function inset(box: Box, by: number): Box {
  const b = Math.round(by);
  return { left: box.left + b, top: box.top + b, width: Math.max(1, box.width - 2 * b), height: Math.max(1, box.height - 2 * b) };
}

export const f2 = (n: number) => n.toFixed(2);
