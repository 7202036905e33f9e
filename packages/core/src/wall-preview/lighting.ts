/**
 * Matching the work's lighting to the photo, from the mean colour of the wall around where it hangs.
 * Gentle on purpose: a wall's mean colour is its paint as much as its light, so only part of the
 * difference from a neutral, well-lit wall is applied, within narrow bounds.
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** A white wall in good daylight, as a camera records it (Rec. 709 luma of about 215). */
export const WELL_LIT_WALL_LUMA = 215;

export const luma = (c: Rgb) => 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * Per-channel multipliers for the framed work: brightness follows a third of the wall's difference
 * from a well-lit wall (0.72–1.04), white balance a quarter of its tint (each channel within ±6%).
 */
export function lightingMultipliers(wallMean: Rgb): [number, number, number] {
  const l = Math.max(1, luma(wallMean));
  const brightness = clamp(1 + 0.35 * (l / WELL_LIT_WALL_LUMA - 1), 0.72, 1.04);
  const tint = (c: number) => clamp(1 + 0.25 * (c / l - 1), 0.94, 1.06);
  return [brightness * tint(wallMean.r), brightness * tint(wallMean.g), brightness * tint(wallMean.b)];
}

/**
 * How much darker one side of the work should be than the other, from the wall's own fall-off beside
 * it (1 = even light). `dimmer` says which side gets the shade; at most 15%.
 */
export function lightFalloff(sides: { left: number; right: number; top: number; bottom: number }) {
  const across =
    sides.left <= sides.right ? { dimmer: "left" as const, ratio: sides.left / sides.right } : { dimmer: "right" as const, ratio: sides.right / sides.left };
  const down =
    sides.top <= sides.bottom ? { dimmer: "top" as const, ratio: sides.top / sides.bottom } : { dimmer: "bottom" as const, ratio: sides.bottom / sides.top };
  const gentle = (r: number) => clamp(1 - 0.6 * (1 - (Number.isFinite(r) ? r : 1)), 0.85, 1);
  return { horizontal: { dimmer: across.dimmer, factor: gentle(across.ratio) }, vertical: { dimmer: down.dimmer, factor: gentle(down.ratio) } };
}
