/**
 * Demo artwork pictures, drawn locally as SVG compositions (no downloads) and rasterised by sharp.
 * Deterministic: the same slug always gives the same picture.
 */
import sharp from "sharp";
import type { ArtStyle, SeedArtwork } from "@atelier/db/seed/catalogue";

type Rng = () => number;

function rngFor(text: string): Rng {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rng, xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
const f = (n: number) => n.toFixed(1);

/** Picture size: the artwork's proportions (sculpture photographed in portrait), long side `longSide`. */
function pictureSize(a: SeedArtwork, longSide: number): { width: number; height: number } {
  const [w, h] = a.art.style === "sculpture" ? [4, 5] : [a.size[0], a.size[1]];
  return w >= h ? { width: longSide, height: Math.round((longSide * h) / w) } : { width: Math.round((longSide * w) / h), height: longSide };
}

type Draw = (W: number, H: number, p: string[], r: Rng) => string;

const fields: Draw = (W, H, p, r) => {
  const bands = 2 + Math.floor(r() * 2);
  let out = `<rect width="100%" height="100%" fill="${p[3]}"/><g filter="url(#soft)">`;
  let y = H * 0.06;
  for (let i = 0; i < bands; i++) {
    const bh = ((H * 0.88) / bands) * (0.8 + r() * 0.4);
    out += `<rect x="${f(W * 0.07)}" y="${f(y)}" width="${f(W * 0.86)}" height="${f(Math.min(bh, H * 0.94 - y))}" fill="${p[i % 3]}" opacity="${f(0.85 + r() * 0.15)}"/>`;
    y += bh + H * 0.03;
  }
  return `${out}</g>`;
};

const circles: Draw = (W, H, p, r) => {
  let out = `<rect width="100%" height="100%" fill="${p[0]}"/>`;
  const n = 3 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++)
    out += `<circle cx="${f(W * (0.15 + r() * 0.7))}" cy="${f(H * (0.15 + r() * 0.7))}" r="${f(Math.min(W, H) * (0.06 + r() * 0.16))}" fill="${p[1 + (i % (p.length - 1))]}" opacity="${f(0.75 + r() * 0.25)}"/>`;
  return out;
};

function hills(W: number, H: number, base: number, amp: number, fill: string, r: Rng, opacity = 1): string {
  let d = `M0 ${f(H)} L0 ${f(H * base)}`;
  const steps = 8;
  for (let i = 1; i <= steps; i++) d += ` Q${f((W * (i - 0.5)) / steps)} ${f(H * (base - amp * r()))} ${f((W * i) / steps)} ${f(H * (base - amp * 0.3 * r()))}`;
  return `<path d="${d} L${W} ${H} Z" fill="${fill}" opacity="${opacity}"/>`;
}

const landscape: Draw = (W, H, p, r) =>
  `<rect width="100%" height="100%" fill="url(#sky)"/><circle cx="${f(W * (0.2 + r() * 0.6))}" cy="${f(H * 0.25)}" r="${f(H * 0.07)}" fill="${p[0]}" opacity="0.8"/>` +
  `<g filter="url(#soft)">${hills(W, H, 0.55, 0.25, p[1]!, r, 0.7)}${hills(W, H, 0.68, 0.2, p[2]!, r, 0.85)}${hills(W, H, 0.82, 0.12, p[3]!, r)}</g>`;

const seascape: Draw = (W, H, p, r) => {
  const horizon = H * (0.45 + r() * 0.15);
  let out = `<rect width="100%" height="${f(horizon)}" fill="url(#sky)"/><rect y="${f(horizon)}" width="100%" height="${f(H - horizon)}" fill="url(#sea)"/>`;
  out += `<rect y="${f(horizon - 1)}" width="100%" height="2" fill="${p[0]}" opacity="0.7"/>`;
  if (r() > 0.4)
    for (let i = 0; i < 3; i++)
      out += `<ellipse cx="${f(W * (0.1 + r() * 0.8))}" cy="${f(horizon + (H - horizon) * (0.4 + r() * 0.5))}" rx="${f(W * (0.04 + r() * 0.08))}" ry="${f(H * 0.04)}" fill="${p[3]}"/>`;
  return out;
};

const city: Draw = (W, H, p, r) => {
  const ground = H * 0.66;
  let out = `<rect width="100%" height="100%" fill="url(#sky)"/>`;
  let x = 0;
  while (x < W) {
    const bw = W * (0.04 + r() * 0.08);
    const bh = H * (0.12 + r() * 0.35);
    out += `<rect x="${f(x)}" y="${f(ground - bh)}" width="${f(bw)}" height="${f(bh)}" fill="${p[0]}"/>`;
    for (let wy = ground - bh + 10; wy < ground - 12; wy += 18)
      for (let wx = x + 6; wx < x + bw - 8; wx += 14) if (r() > 0.55) out += `<rect x="${f(wx)}" y="${f(wy)}" width="6" height="9" fill="${p[3]}"/>`;
    x += bw + W * 0.005;
  }
  return `${out}<rect y="${f(ground)}" width="100%" height="${f(H - ground)}" fill="${p[1]}"/><g opacity="0.35" filter="url(#soft)" transform="translate(0 ${f(2 * ground)}) scale(1 -1)">${out}</g>`;
};

const botanical: Draw = (W, H, p, r) => {
  let out = `<rect width="100%" height="100%" fill="${p[0]}"/><g filter="url(#wash)">`;
  const stems = 2 + Math.floor(r() * 3);
  for (let s = 0; s < stems; s++) {
    const x0 = W * (0.25 + r() * 0.5);
    const col = p[1 + (s % 3)]!;
    out += `<path d="M${f(x0)} ${f(H * 0.95)} Q${f(x0 + (r() - 0.5) * W * 0.4)} ${f(H * 0.5)} ${f(x0 + (r() - 0.5) * W * 0.3)} ${f(H * 0.1)}" stroke="${col}" stroke-width="${f(W * 0.006)}" fill="none"/>`;
    for (let l = 0; l < 7; l++) {
      const y = H * (0.15 + l * 0.11);
      out += `<ellipse cx="${f(x0 + (l % 2 ? 1 : -1) * W * 0.05)}" cy="${f(y)}" rx="${f(W * (0.05 + r() * 0.04))}" ry="${f(W * 0.018)}" fill="${col}" opacity="0.6" transform="rotate(${f((l % 2 ? 1 : -1) * (20 + r() * 30))} ${f(x0)} ${f(y)})"/>`;
    }
  }
  return `${out}</g>`;
};

const waves: Draw = (W, H, p, r) => {
  let out = `<rect width="100%" height="100%" fill="${p[0]}"/>`;
  for (let i = 0; i < 5; i++) {
    const base = H * (0.35 + i * 0.14);
    const amp = H * (0.04 + r() * 0.06);
    let d = `M0 ${f(base)}`;
    for (let x = 0; x <= W; x += W / 24) d += ` L${f(x)} ${f(base + Math.sin(x / (W / (3 + i)) + i) * amp)}`;
    out += `<path d="${d} L${W} ${H} L0 ${H} Z" fill="${p[1 + (i % 3)]}" opacity="${f(0.55 + i * 0.1)}"/>`;
  }
  return out;
};

const sculpture: Draw = (W, H, p, r) => {
  const cx = W / 2;
  const floor = H * 0.78;
  const ow = W * (0.22 + r() * 0.18);
  const oh = H * (0.3 + r() * 0.25);
  const shape = pick(r, ["ellipse", "column", "drop"]);
  const body =
    shape === "ellipse"
      ? `<ellipse cx="${f(cx)}" cy="${f(floor - H * 0.12 - oh / 2)}" rx="${f(ow / 2)}" ry="${f(oh / 2)}" fill="url(#obj)"/>`
      : shape === "column"
        ? `<rect x="${f(cx - ow / 3)}" y="${f(floor - H * 0.12 - oh)}" width="${f((ow * 2) / 3)}" height="${f(oh)}" rx="${f(ow / 6)}" fill="url(#obj)"/>`
        : `<path d="M${f(cx)} ${f(floor - H * 0.12 - oh)} C${f(cx + ow)} ${f(floor - H * 0.12 - oh * 0.2)} ${f(cx + ow / 2)} ${f(floor - H * 0.12)} ${f(cx)} ${f(floor - H * 0.12)} C${f(cx - ow / 2)} ${f(floor - H * 0.12)} ${f(cx - ow)} ${f(floor - H * 0.12 - oh * 0.2)} ${f(cx)} ${f(floor - H * 0.12 - oh)} Z" fill="url(#obj)"/>`;
  return (
    `<rect width="100%" height="100%" fill="${p[0]}"/><rect y="${f(floor)}" width="100%" height="${f(H - floor)}" fill="${p[3]}" opacity="0.25"/>` +
    `<ellipse cx="${f(cx + W * 0.05)}" cy="${f(floor - H * 0.115)}" rx="${f(ow * 0.6)}" ry="${f(H * 0.015)}" fill="#000" opacity="0.25" filter="url(#soft)"/>` +
    `<rect x="${f(cx - W * 0.2)}" y="${f(floor - H * 0.12)}" width="${f(W * 0.4)}" height="${f(H * 0.12)}" fill="#ffffff" opacity="0.55"/>${body}`
  );
};

const collage: Draw = (W, H, p, r) => {
  let out = `<rect width="100%" height="100%" fill="${p[0]}"/>`;
  for (let i = 0; i < 26; i++) {
    const w = W * (0.08 + r() * 0.3);
    const h = H * (0.05 + r() * 0.2);
    out += `<rect x="${f(r() * W - w / 3)}" y="${f(r() * H - h / 3)}" width="${f(w)}" height="${f(h)}" fill="${p[1 + (i % (p.length - 1))]}" opacity="${f(0.7 + r() * 0.3)}" transform="rotate(${f((r() - 0.5) * 24)} ${f(W / 2)} ${f(H / 2)})"/>`;
  }
  return out;
};

const stripes: Draw = (W, H, p, r) => {
  const angle = pick(r, [0, 0, 30, -30, 90]);
  let out = `<rect width="100%" height="100%" fill="${p[0]}"/><g transform="rotate(${angle} ${W / 2} ${H / 2})">`;
  for (let y = -H; y < 2 * H; y += H * (0.02 + r() * 0.06))
    out += `<rect x="${-W}" y="${f(y)}" width="${3 * W}" height="${f(H * (0.005 + r() * 0.03))}" fill="${p[1 + Math.floor(r() * (p.length - 1))]}"/>`;
  return `${out}</g>`;
};

const grid: Draw = (W, H, p, r) => {
  const n = 5;
  const cell = Math.min(W, H) / (n + 1);
  let out = `<rect width="100%" height="100%" fill="${p[p.length - 1]}"/>`;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      out += `<rect x="${f((W - n * cell) / 2 + i * cell + cell * 0.08 + (r() - 0.5) * 6)}" y="${f((H - n * cell) / 2 + j * cell + cell * 0.08 + (r() - 0.5) * 6)}" width="${f(cell * 0.84)}" height="${f(cell * 0.84)}" fill="${p[Math.floor(r() * (p.length - 1))]}"/>`;
  return out;
};

const DRAW: Record<ArtStyle, Draw> = { fields, circles, landscape, seascape, city, botanical, waves, sculpture, collage, stripes, grid };

function artworkSvg(a: SeedArtwork, longSide: number): string {
  const { width: W, height: H } = pictureSize(a, longSide);
  const p = a.art.palette;
  const r = rngFor(a.slug);
  const defs = `<defs>
    <filter id="soft"><feGaussianBlur stdDeviation="${f(longSide / 150)}"/></filter>
    <filter id="wash"><feGaussianBlur stdDeviation="${f(longSide / 400)}"/></filter>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p[1]}"/><stop offset="1" stop-color="${p[0]}"/></linearGradient>
    <linearGradient id="sea" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p[2]}"/><stop offset="1" stop-color="${p[3]}"/></linearGradient>
    <linearGradient id="obj" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p[2]}"/><stop offset="0.6" stop-color="${p[1]}"/><stop offset="1" stop-color="${p[3]}"/></linearGradient>
  </defs>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${defs}${DRAW[a.art.style](W, H, p, r)}</svg>`;
}

/** PNG bytes of the artwork's picture; `detail` crops into the middle (a second, close-up view). */
export async function renderArtwork(a: SeedArtwork, longSide: number, detail = false): Promise<Uint8Array> {
  const png = await sharp(Buffer.from(artworkSvg(a, longSide)))
    .png({ compressionLevel: 1 })
    .toBuffer();
  if (!detail) return new Uint8Array(png);
  const { width, height } = pictureSize(a, longSide);
  const crop = await sharp(png)
    .extract({ left: Math.round(width * 0.25), top: Math.round(height * 0.25), width: Math.round(width * 0.5), height: Math.round(height * 0.5) })
    .resize(width, height)
    .png({ compressionLevel: 1 })
    .toBuffer();
  return new Uint8Array(crop);
}
