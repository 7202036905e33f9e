import sharp from "sharp";

/**
 * What the offline assistant can honestly say about an image without a vision model: measured from
 * its pixels with sharp (colours by share, brightness, saturation, contrast, where the light is).
 */
export interface ImageAnalysis {
  width: number;
  height: number;
  orientation: "landscape" | "portrait" | "square";
  /** named colours covering at least 5% of the image, largest first (share 0–1) */
  colours: { name: string; share: number }[];
  brightness: "dark" | "mid-toned" | "light";
  saturation: "nearly monochrome" | "muted" | "moderately saturated" | "vivid";
  contrast: "soft" | "moderate" | "strong";
  /** where the lightest tenth of the pixels sits, e.g. "left of centre" */
  lightestArea: string;
}

function hsl(r: number, g: number, b: number) {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  let h = max === R ? ((G - B) / d) % 6 : max === G ? (B - R) / d + 2 : (R - G) / d + 4;
  h *= 60;
  if (h < 0) h += 360;
  return { h, s, l };
}

const HUES: [number, string][] = [
  [15, "red"],
  [40, "orange"],
  [65, "yellow"],
  [160, "green"],
  [195, "teal"],
  [255, "blue"],
  [290, "violet"],
  [335, "magenta"],
  [360, "red"],
];

/** A plain colour name for an sRGB colour ("blue", "deep green", "cream", "charcoal"). */
export function colourName(r: number, g: number, b: number): string {
  const { h, s, l } = hsl(r, g, b);
  if (l < 0.1) return "black";
  if (l > 0.93 && s < 0.5) return "white";
  if (s < 0.12) return l < 0.3 ? "charcoal" : l < 0.65 ? "grey" : "pale grey";
  if (h >= 15 && h < 55 && l < 0.45) return "brown";
  if (h >= 20 && h < 60 && l >= 0.7) return "cream";
  const hue = HUES.find(([end]) => h < end)?.[1] ?? "red";
  if (hue === "red" && l >= 0.7) return "pink";
  if (l < 0.3) return `deep ${hue}`;
  if (l >= 0.72) return `pale ${hue}`;
  return hue;
}

function area(x: number, y: number): string {
  const col = x < 0.4 ? "left" : x > 0.6 ? "right" : "";
  const row = y < 0.4 ? "upper" : y > 0.6 ? "lower" : "";
  if (!col && !row) return "at the centre";
  if (!row) return `${col} of centre`;
  if (!col) return `in the ${row} middle`;
  return `in the ${row} ${col}`;
}

export async function analyseImage(bytes: Uint8Array): Promise<ImageAnalysis> {
  const meta = await sharp(bytes).metadata();
  const { data, info } = await sharp(bytes).rotate().resize(64, 64, { fit: "inside" }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const n = info.width * info.height;
  const counts = new Map<string, number>();
  const lum: number[] = new Array(n);
  let sumL = 0;
  let sumS = 0;
  for (let i = 0; i < n; i++) {
    const [r, g, b] = [data[i * 3] ?? 0, data[i * 3 + 1] ?? 0, data[i * 3 + 2] ?? 0];
    const name = colourName(r, g, b);
    counts.set(name, (counts.get(name) ?? 0) + 1);
    const y = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    lum[i] = y;
    sumL += y;
    sumS += hsl(r, g, b).s;
  }
  const meanL = sumL / n;
  const meanS = sumS / n;
  const sd = Math.sqrt(lum.reduce((acc, y) => acc + (y - meanL) ** 2, 0) / n);
  const threshold = [...lum].sort((a, b) => b - a)[Math.floor(n / 10)] ?? 1;
  let cx = 0;
  let cy = 0;
  let k = 0;
  lum.forEach((y, i) => {
    if (y < threshold || y <= meanL) return;
    cx += (i % info.width) / info.width;
    cy += Math.floor(i / info.width) / info.height;
    k++;
  });
  const width = meta.autoOrient?.width ?? meta.width ?? info.width;
  const height = meta.autoOrient?.height ?? meta.height ?? info.height;
  const ratio = width / height;
  return {
    width,
    height,
    orientation: ratio > 1.05 ? "landscape" : ratio < 0.95 ? "portrait" : "square",
    colours: [...counts.entries()]
      .map(([name, c]) => ({ name, share: c / n }))
      .filter((c) => c.share >= 0.05)
      .sort((a, b) => b.share - a.share)
      .slice(0, 4),
    brightness: meanL < 0.35 ? "dark" : meanL > 0.65 ? "light" : "mid-toned",
    saturation: meanS < 0.12 ? "nearly monochrome" : meanS < 0.35 ? "muted" : meanS > 0.6 ? "vivid" : "moderately saturated",
    contrast: sd < 0.08 ? "soft" : sd > 0.22 ? "strong" : "moderate",
    lightestArea: k ? area(cx / k, cy / k) : "at the centre",
  };
}
