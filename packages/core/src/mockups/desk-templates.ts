/** The postcard: the card with its white border lying on a wooden table, its blank back beside it. */
import sharp from "sharp";
import { f2, fitInside, inset, SCENE_PX, type Aspect, type Box } from "./geometry.ts";
import { clipToScene, flatten, pictureCover, sceneLight, svgDoc } from "./layers.ts";

const S = SCENE_PX;

function tableTop(): string {
  const grain = Array.from({ length: 26 }, (_, k) => {
    const y = (k + 0.5) * (S / 26);
    const wobble = ((k * 37) % 11) - 5;
    return `<path d="M0 ${f2(y)} C${S * 0.3} ${f2(y + wobble)} ${S * 0.6} ${f2(y - wobble)} ${S} ${f2(y + wobble * 0.5)}" stroke="#5b3d22" stroke-opacity="${(0.08 + (k % 4) * 0.03).toFixed(2)}" stroke-width="${1 + (k % 3)}" fill="none"/>`;
  }).join("");
  return svgDoc(
    `<defs><linearGradient id="wood" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#b58a5f"/><stop offset="1" stop-color="#94693f"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#wood)"/>${grain}`,
  );
}

/** A card (PNG with alpha) turned by `deg` about its centre, with its shadow, ready to place. */
async function turnedCard(card: Buffer, deg: number) {
  const { data, info } = await sharp(card)
    .ensureAlpha()
    .rotate(deg, { background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer({ resolveWithObject: true });
  const shadow = await sharp(data).ensureAlpha().extractChannel("alpha").toColourspace("b-w").linear(0.4, 0).blur(7).toBuffer();
  const black = await sharp({ create: { width: info.width, height: info.height, channels: 3, background: "#000" } })
    .joinChannel(shadow)
    .png()
    .toBuffer();
  return { card: data, shadow: black, width: info.width, height: info.height };
}

async function place(turned: Awaited<ReturnType<typeof turnedCard>>, centre: { x: number; y: number }) {
  const at = (dx: number, dy: number): Box => ({
    left: Math.round(centre.x - turned.width / 2 + dx),
    top: Math.round(centre.y - turned.height / 2 + dy),
    width: turned.width,
    height: turned.height,
  });
  return [await clipToScene(turned.shadow, at(5, 9)), await clipToScene(turned.card, at(0, 0))];
}

/** The card's back: a stamp box, a dividing line and address lines, on the same card stock. */
function backOfCard(w: number, h: number): string {
  const landscape = w >= h;
  const [cw, ch] = landscape ? [w, h] : [h, w];
  const lines = [0.45, 0.6, 0.75].map((y) => `<path d="M${f2(cw * 0.56)} ${f2(ch * y)}H${f2(cw * 0.92)}" stroke="#8c867a" stroke-width="2"/>`).join("");
  const body = `<rect width="${cw}" height="${ch}" fill="#f6f2e9"/><path d="M${f2(cw * 0.5)} ${f2(ch * 0.12)}V${f2(ch * 0.88)}" stroke="#b3ad9f" stroke-width="2"/>
    <rect x="${f2(cw * 0.78)}" y="${f2(ch * 0.1)}" width="${f2(cw * 0.13)}" height="${f2(ch * 0.2)}" fill="none" stroke="#b3ad9f" stroke-width="2" stroke-dasharray="6 4"/>${lines}`;
  return svgDoc(landscape ? body : `<g transform="translate(${w} 0) rotate(90)">${body}</g>`, w, h);
}

export async function postcardOnTable(picture: Uint8Array, aspect: Aspect): Promise<Buffer> {
  const card = fitInside(aspect, { left: 0, top: 0, width: S * 0.6, height: S * 0.6 });
  // the card is 105 × 148 mm with a 4 mm white border
  const border = Math.round((4 / Math.min(aspect.width, aspect.height)) * Math.min(card.width, card.height));
  const art = inset({ left: 0, top: 0, width: card.width, height: card.height }, border);
  const front = await sharp({ create: { width: card.width, height: card.height, channels: 3, background: "#fbfaf6" } })
    .composite([{ input: await pictureCover(picture, art), left: art.left, top: art.top }])
    .png()
    .toBuffer();
  const back = await sharp(Buffer.from(backOfCard(card.width, card.height)))
    .png()
    .toBuffer();
  return flatten(tableTop(), [
    ...(await place(await turnedCard(back, -11), { x: S * 0.36, y: S * 0.4 })),
    ...(await place(await turnedCard(front, 6), { x: S * 0.56, y: S * 0.56 })),
    sceneLight(),
  ]);
}
