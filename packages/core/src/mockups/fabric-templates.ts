/**
 * Products printed on cloth: a cotton tote and a T-shirt, drawn flat on a studio backdrop. The work keeps its own
 * proportions inside the print area (nothing is cropped) and is multiplied into the cloth, as ink on cotton is.
 */
import sharp from "sharp";
import { f2, fitInside, SCENE_PX, type Aspect, type Box } from "./geometry.ts";
import { flatten, sceneLight, svgDoc, svgLayer } from "./layers.ts";

const S = SCENE_PX;
const backdrop = (tone: string, shade: string) =>
  svgDoc(
    `<defs><radialGradient id="b" cx="0.5" cy="0.4" r="0.8"><stop offset="0" stop-color="${tone}"/><stop offset="1" stop-color="${shade}"/></radialGradient></defs><rect width="100%" height="100%" fill="url(#b)"/>`,
  );

/** The work fitted inside the print area, as a buffer and where it goes. */
async function printed(picture: Uint8Array, own: Aspect, area: Box) {
  const box = fitInside(own, area);
  const input = await sharp(picture).resize(box.width, box.height, { fit: "fill" }).removeAlpha().toBuffer();
  return { input, left: box.left, top: box.top, blend: "multiply" as const };
}

/** A fine weave over the cloth (clipped to its outline) and soft folds: drawn over the print, so the print sits in the cloth. */
function clothOver(clip: string, folds: string): string {
  return `<defs><clipPath id="c">${clip}</clipPath>
      <pattern id="weave" width="3" height="3" patternUnits="userSpaceOnUse"><path d="M0 0.5H3M0.5 0V3" stroke="#000" stroke-opacity="0.06" stroke-width="1"/></pattern>
      <linearGradient id="side" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#000" stop-opacity="0.10"/><stop offset="0.2" stop-color="#000" stop-opacity="0"/><stop offset="0.8" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.12"/></linearGradient></defs>
    <g clip-path="url(#c)"><rect width="100%" height="100%" fill="url(#weave)"/><rect width="100%" height="100%" fill="url(#side)"/>${folds}</g>`;
}

const fold = (d: string, opacity: number, width: number) =>
  `<path d="${d}" stroke="#000" stroke-opacity="${opacity}" stroke-width="${width}" fill="none" stroke-linecap="round"/>`;

/** Heavy natural cotton, 38 × 42 cm, with long handles; the print area is the variant's (28 × 30 cm). */
export async function toteBag(picture: Uint8Array, own: Aspect, printArea: Aspect): Promise<Buffer> {
  const bodyW = S * 0.56;
  const bodyH = bodyW * (42 / 38);
  const body: Box = { left: Math.round((S - bodyW) / 2), top: Math.round(S * 0.3), width: Math.round(bodyW), height: Math.round(bodyH) };
  const area = fitInside(printArea, { left: body.left, top: body.top + body.height * 0.09, width: body.width * (28 / 38), height: body.height * (30 / 42) });
  const area2 = { ...area, left: Math.round(body.left + (body.width - area.width) / 2) };
  const cloth = "#e6d9bd";
  const handle = (x: number) =>
    `<path d="M${f2(x - bodyW * 0.1)} ${body.top + 4} C${f2(x - bodyW * 0.1)} ${f2(body.top - S * 0.3)} ${f2(x + bodyW * 0.1)} ${f2(body.top - S * 0.3)} ${f2(x + bodyW * 0.1)} ${body.top + 4}" stroke="${cloth}" stroke-width="${f2(S * 0.03)}" fill="none"/>
     <path d="M${f2(x - bodyW * 0.1)} ${body.top + 4} C${f2(x - bodyW * 0.1)} ${f2(body.top - S * 0.3)} ${f2(x + bodyW * 0.1)} ${f2(body.top - S * 0.3)} ${f2(x + bodyW * 0.1)} ${body.top + 4}" stroke="#000" stroke-opacity="0.08" stroke-width="${f2(S * 0.03)}" fill="none" transform="translate(2 3)"/>`;
  const outline = `<path d="M${body.left} ${body.top} H${body.left + body.width} L${body.left + body.width - 6} ${body.top + body.height - 14} Q${body.left + body.width - 8} ${body.top + body.height} ${body.left + body.width - 22} ${body.top + body.height} H${body.left + 22} Q${body.left + 8} ${body.top + body.height} ${body.left + 6} ${body.top + body.height - 14} Z"/>`;
  const shape = `${handle(body.left + bodyW * 0.3)}${handle(body.left + bodyW * 0.7)}
    <g fill="${cloth}">${outline}</g>
    <rect x="${body.left}" y="${body.top}" width="${body.width}" height="${f2(S * 0.025)}" fill="#000" fill-opacity="0.05"/>`;
  const folds =
    fold(
      `M${body.left + body.width * 0.18} ${body.top + body.height * 0.05} Q${body.left + body.width * 0.22} ${body.top + body.height * 0.5} ${body.left + body.width * 0.15} ${body.top + body.height * 0.95}`,
      0.05,
      18,
    ) +
    fold(
      `M${body.left + body.width * 0.82} ${body.top + body.height * 0.1} Q${body.left + body.width * 0.76} ${body.top + body.height * 0.55} ${body.left + body.width * 0.86} ${body.top + body.height * 0.92}`,
      0.04,
      22,
    );
  const base = await sharp(Buffer.from(backdrop("#f1efeb", "#d6d2ca")))
    .composite([svgLayer(shape)])
    .png()
    .toBuffer();
  return flatten(base, [await printed(picture, own, area2), svgLayer(clothOver(outline, folds)), sceneLight()]);
}

/** A white organic-cotton T-shirt laid flat; the work on the chest inside the variant's print area (30 × 40 cm). */
export async function tShirt(picture: Uint8Array, own: Aspect, printArea: Aspect): Promise<Buffer> {
  // drawn in a 1000-unit square, then scaled to the scene
  const k = S / 1000;
  const p = (x: number, y: number) => `${f2(x * k)} ${f2(y * k)}`;
  const outline = `<path d="M${p(410, 130)} L${p(300, 160)} L${p(140, 330)} L${p(225, 415)} L${p(300, 355)} L${p(305, 905)} Q${p(500, 925)} ${p(695, 905)} L${p(700, 355)} L${p(775, 415)} L${p(860, 330)} L${p(700, 160)} L${p(590, 130)} Q${p(500, 215)} ${p(410, 130)} Z"/>`;
  const collar = `<path d="M${p(410, 130)} Q${p(500, 215)} ${p(590, 130)}" stroke="#e7e5e0" stroke-width="${f2(18 * k)}" fill="none"/><path d="M${p(405, 128)} Q${p(500, 228)} ${p(595, 128)}" stroke="#000" stroke-opacity="0.10" stroke-width="${f2(3 * k)}" fill="none"/>`;
  const seams = `<path d="M${p(300, 160)} L${p(300, 355)} M${p(700, 160)} L${p(700, 355)}" stroke="#000" stroke-opacity="0.06" stroke-width="${f2(3 * k)}"/>`;
  // chest width about 45 cm across the 400 units of body: the print area is 30 × 40 cm at most
  const cm = (400 / 45) * k;
  const areaMax = { width: printArea.width / 10, height: printArea.height / 10 };
  const area = fitInside(areaMax, {
    left: Math.round(500 * k - (areaMax.width * cm) / 2),
    top: Math.round(235 * k),
    width: Math.round(areaMax.width * cm),
    height: Math.round(areaMax.height * cm),
  });
  const folds =
    fold(`M${p(330, 420)} Q${p(360, 650)} ${p(330, 890)}`, 0.025, 30 * k) +
    fold(`M${p(670, 400)} Q${p(640, 640)} ${p(672, 880)}`, 0.025, 34 * k) +
    fold(`M${p(150, 335)} L${p(225, 410)}`, 0.06, 8 * k) +
    fold(`M${p(850, 335)} L${p(775, 410)}`, 0.06, 8 * k);
  const base = await sharp(Buffer.from(backdrop("#e3e6e8", "#c9ced2")))
    .composite([svgLayer(`<g fill="#f8f7f4">${outline}</g>${collar}${seams}`)])
    .png()
    .toBuffer();
  return flatten(base, [await printed(picture, own, area), svgLayer(clothOver(outline, folds)), sceneLight()]);
}
