/**
 * The sample rooms, drawn as SVG (no downloads, no photos of anyone's home) and rasterised by sharp.
 * Frontal views at 4.5 px per cm: 1800 px = 400 cm of wall; the floor meets the wall at y = 900.
 * The furniture named in sample-rooms.ts is drawn at its stated width, so the scale is true.
 */
import type { SampleRoomId } from "./sample-rooms.ts";

const W = 1800;
const H = 1200;
const FLOOR = 900;

/** Plaster grain and a soft blur, shared by every room. */
const defs = `
  <filter id="grain" x="0" y="0" width="100%" height="100%">
    <feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" seed="7" result="n"/>
    <feColorMatrix in="n" type="matrix" values="0 0 0 0 0.5  0 0 0 0 0.5  0 0 0 0 0.5  0 0 0 0.06 0"/>
  </filter>
  <filter id="soft" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="14"/></filter>
  <filter id="softer" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="40"/></filter>
  <filter id="edge" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur stdDeviation="3"/></filter>`;

function wall(from: string, to: string, light: { x: number; y: number; r: number; opacity: number; colour?: string }) {
  return `
  <linearGradient id="wallTone" x1="0" y1="0" x2="1" y2="0.3"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>
  <radialGradient id="wallLight" cx="${light.x}" cy="${light.y}" r="${light.r}" gradientUnits="userSpaceOnUse">
    <stop offset="0" stop-color="${light.colour ?? "#fffaf0"}" stop-opacity="${light.opacity}"/><stop offset="1" stop-color="${light.colour ?? "#fffaf0"}" stop-opacity="0"/>
  </radialGradient>
  <linearGradient id="ceilingShade" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0.12"/><stop offset="0.35" stop-color="#000" stop-opacity="0"/></linearGradient>`;
}

const wallLayers = `
  <rect width="${W}" height="${FLOOR}" fill="url(#wallTone)"/>
  <rect width="${W}" height="${FLOOR}" fill="url(#wallLight)"/>
  <rect width="${W}" height="${FLOOR}" fill="url(#ceilingShade)"/>
  <rect width="${W}" height="${FLOOR}" filter="url(#grain)"/>`;

/** Boards in perspective (vanishing point above the floor line), a skirting board and a floor sheen. */
function floor(light: string, dark: string, seams: string, skirting: string) {
  const vp = { x: W / 2, y: 380 };
  const k = (H - vp.y) / (FLOOR - vp.y);
  let boards = "";
  for (let x = -900; x <= W + 900; x += 75)
    boards += `<line x1="${x}" y1="${FLOOR}" x2="${(vp.x + (x - vp.x) * k).toFixed(1)}" y2="${H}" stroke="${seams}" stroke-opacity="0.45" stroke-width="1.5"/>`;
  let ends = "";
  for (let row = 0; row < 7; row++) {
    const y = FLOOR + 12 + row * row * 7 + row * 18;
    for (let i = 0; i < 5; i++) {
      const x = ((row * 337 + i * 211) % W) + 20;
      ends += `<line x1="${x}" y1="${y}" x2="${x + 14 + row * 4}" y2="${y}" stroke="${seams}" stroke-opacity="0.35" stroke-width="${1 + row * 0.25}"/>`;
    }
  }
  return `
  <linearGradient id="floorTone" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${light}"/></linearGradient>
  <radialGradient id="floorSheen" cx="${W * 0.3}" cy="${FLOOR + 120}" r="700" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="#fff" stop-opacity="0.18"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient>
  <rect y="${FLOOR}" width="${W}" height="${H - FLOOR}" fill="url(#floorTone)"/>${boards}${ends}
  <rect y="${FLOOR}" width="${W}" height="${H - FLOOR}" fill="url(#floorSheen)"/>
  <rect y="${FLOOR - 22}" width="${W}" height="24" fill="${skirting}"/>
  <rect y="${FLOOR - 24}" width="${W}" height="3" fill="#000" opacity="0.10"/>
  <rect y="${FLOOR + 2}" width="${W}" height="10" fill="#000" opacity="0.18" filter="url(#edge)"/>`;
}

function plant(x: number, potTop: number) {
  const leaves = Array.from({ length: 11 }, (_, i) => {
    const a = -80 + i * 16;
    const len = 150 + ((i * 37) % 70);
    return `<ellipse cx="${x}" cy="${potTop - len / 2}" rx="20" ry="${len / 2}" fill="${i % 2 ? "#4f6b45" : "#5d7d50"}" transform="rotate(${a} ${x} ${potTop})"/>`;
  }).join("");
  return `<ellipse cx="${x}" cy="${FLOOR + 58}" rx="95" ry="16" fill="#000" opacity="0.28" filter="url(#edge)"/>${leaves}
  <path d="M${x - 70} ${potTop} L${x + 70} ${potTop} L${x + 55} ${FLOOR + 55} L${x - 55} ${FLOOR + 55} Z" fill="#c9b8a2"/>
  <path d="M${x + 20} ${potTop} L${x + 70} ${potTop} L${x + 55} ${FLOOR + 55} L${x + 12} ${FLOOR + 55} Z" fill="#000" opacity="0.10"/>`;
}

function livingRoom(): string {
  // sofa: 220 cm = 990 px, from x 405 to 1395
  const fabric = "#6d7a84";
  return `<defs>${defs}${wall("#f1ebe1", "#ddd4c6", { x: 260, y: 260, r: 1100, opacity: 0.55 })}
  <linearGradient id="fabric" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7c8993"/><stop offset="1" stop-color="#5b6771"/></linearGradient>
  <radialGradient id="lampGlow" cx="1560" cy="470" r="420" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="#ffd9a0" stop-opacity="0.45"/><stop offset="1" stop-color="#ffd9a0" stop-opacity="0"/></radialGradient>
  </defs>${wallLayers}
  <rect width="${W}" height="${FLOOR}" fill="url(#lampGlow)"/>
  ${floor("#b78d60", "#8c6742", "#5a3f27", "#f4f0e9")}
  <rect x="425" y="640" width="950" height="330" rx="40" fill="#000" opacity="0.22" filter="url(#soft)"/>
  <ellipse cx="900" cy="1028" rx="540" ry="26" fill="#000" opacity="0.35" filter="url(#soft)"/>
  <rect x="440" y="630" width="920" height="240" rx="36" fill="url(#fabric)"/>
  <rect x="460" y="648" width="290" height="200" rx="30" fill="${fabric}" opacity="0.9"/>
  <rect x="755" y="648" width="290" height="200" rx="30" fill="#73808a"/>
  <rect x="1050" y="648" width="290" height="200" rx="30" fill="${fabric}" opacity="0.9"/>
  <rect x="470" y="830" width="860" height="130" rx="22" fill="#66737d"/>
  <rect x="480" y="836" width="420" height="58" rx="18" fill="#7b8892"/><rect x="902" y="836" width="418" height="58" rx="18" fill="#76838d"/>
  <rect x="405" y="720" width="100" height="275" rx="34" fill="url(#fabric)"/>
  <rect x="1295" y="720" width="100" height="275" rx="34" fill="url(#fabric)"/>
  <rect x="405" y="958" width="990" height="40" rx="12" fill="#55616a"/>
  <rect x="430" y="996" width="16" height="26" fill="#3b2b1e"/><rect x="1354" y="996" width="16" height="26" fill="#3b2b1e"/>
  <rect x="520" y="700" width="150" height="130" rx="26" fill="#d9c7a8" transform="rotate(-6 595 765)"/>
  <rect x="1140" y="706" width="140" height="124" rx="26" fill="#b7644a" transform="rotate(5 1210 768)"/>
  ${plant(190, 760)}
  <ellipse cx="1560" cy="${FLOOR + 40}" rx="70" ry="12" fill="#000" opacity="0.3" filter="url(#edge)"/>
  <rect x="1556" y="520" width="8" height="${FLOOR + 36 - 520}" fill="#2b2926"/>
  <path d="M1490 520 L1630 520 L1600 420 L1520 420 Z" fill="#efe2c8"/><path d="M1490 520 L1630 520 L1600 420 L1520 420 Z" fill="#ffcf86" opacity="0.35"/>
  <rect x="1520" y="${FLOOR + 30}" width="80" height="10" rx="5" fill="#2b2926"/>`;
}

function bedroom(): string {
  // headboard: 170 cm = 765 px, from x 517.5 to 1282.5
  const lamp = (x: number) => `
  <rect x="${x - 101}" y="700" width="202" height="200" fill="#000" opacity="0.18" filter="url(#soft)"/>
  <rect x="${x - 101}" y="690" width="202" height="215" rx="6" fill="#c9b08b"/><rect x="${x - 101}" y="690" width="202" height="18" rx="6" fill="#d8c19e"/>
  <rect x="${x - 85}" y="760" width="170" height="4" fill="#000" opacity="0.12"/>
  <ellipse cx="${x}" cy="682" rx="34" ry="10" fill="#000" opacity="0.25"/>
  <path d="M${x - 30} 690 Q${x - 46} 620 ${x} 600 Q${x + 46} 620 ${x + 30} 690 Z" fill="#d9d3c9"/>
  <path d="M${x - 62} 600 L${x + 62} 600 L${x + 44} 520 L${x - 44} 520 Z" fill="#f6efe1"/>
  <ellipse cx="${x}" cy="560" rx="170" ry="150" fill="#ffe2b0" opacity="0.22" filter="url(#softer)"/>`;
  return `<defs>${defs}${wall("#a9b39d", "#8f9b86", { x: 1500, y: 200, r: 1300, opacity: 0.35 })}
  <linearGradient id="linen" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f7f4ee"/><stop offset="1" stop-color="#ddd7cc"/></linearGradient>
  </defs>${wallLayers}
  ${floor("#d4c7b4", "#b6a78f", "#8f806a", "#eef0ea")}
  <rect x="530" y="560" width="740" height="360" rx="30" fill="#000" opacity="0.22" filter="url(#soft)"/>
  <rect x="517.5" y="545" width="765" height="360" rx="28" fill="#cbbfa9"/>
  ${[0, 1, 2, 3, 4].map((i) => `<rect x="${530 + i * 150}" y="560" width="140" height="330" rx="22" fill="#d3c8b3"/>`).join("")}
  <ellipse cx="900" cy="1090" rx="470" ry="30" fill="#000" opacity="0.3" filter="url(#soft)"/>
  <rect x="590" y="735" width="270" height="110" rx="40" fill="#fbfaf7"/><rect x="940" y="735" width="270" height="110" rx="40" fill="#f4f1ea"/>
  <rect x="500" y="815" width="800" height="265" rx="26" fill="url(#linen)"/>
  <path d="M500 860 Q900 845 1300 860 L1300 880 Q900 868 500 880 Z" fill="#000" opacity="0.06"/>
  <path d="M492 950 Q900 930 1308 950 L1308 1060 Q1308 1082 1286 1082 L514 1082 Q492 1082 492 1060 Z" fill="#8a9b8c"/>
  <path d="M492 950 Q900 930 1308 950 L1308 966 Q900 946 492 966 Z" fill="#fff" opacity="0.18"/>
  <rect x="520" y="1080" width="760" height="14" rx="4" fill="#a79a84"/>
  ${lamp(330)}${lamp(1470)}`;
}

function diningRoom(): string {
  // sideboard: 180 cm = 810 px, from x 495 to 1305; 75 cm tall on 15 cm legs
  const top = 563;
  const bottom = 833;
  return `<defs>${defs}${wall("#3f4347", "#33373b", { x: 900, y: -60, r: 900, opacity: 0.28, colour: "#fff1d6" })}
  <linearGradient id="walnut" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7a5538"/><stop offset="1" stop-color="#5b3e29"/></linearGradient>
  </defs>${wallLayers}
  ${floor("#9c948a", "#7a736b", "#615a52", "#3a3d41")}
  <rect x="505" y="${top + 20}" width="800" height="${bottom - top}" fill="#000" opacity="0.35" filter="url(#soft)"/>
  <ellipse cx="900" cy="${FLOOR + 22}" rx="440" ry="18" fill="#000" opacity="0.4" filter="url(#soft)"/>
  <rect x="495" y="${top}" width="810" height="${bottom - top}" rx="6" fill="url(#walnut)"/>
  <rect x="495" y="${top}" width="810" height="10" rx="4" fill="#8b6444"/>
  ${[0, 1, 2, 3].map((i) => `<rect x="${510 + i * 198}" y="${top + 24}" width="186" height="${bottom - top - 40}" rx="3" fill="#6a4a31" stroke="#4a3222" stroke-width="2"/><rect x="${598 + i * 198}" y="${top + 110}" width="10" height="60" rx="4" fill="#c9a45f"/>`).join("")}
  <path d="M540 ${bottom} L528 ${FLOOR + 14} L548 ${FLOOR + 14} L560 ${bottom} Z M1240 ${bottom} L1252 ${FLOOR + 14} L1272 ${FLOOR + 14} L1260 ${bottom} Z" fill="#3e2a1c"/>
  <path d="M630 ${top} Q600 ${top - 90} 640 ${top - 150} Q690 ${top - 90} 660 ${top} Z" fill="#d8d2c6"/>
  <path d="M645 ${top - 150} Q610 ${top - 330} 560 ${top - 380} M648 ${top - 150} Q680 ${top - 300} 760 ${top - 360} M646 ${top - 150} Q650 ${top - 280} 640 ${top - 420}" stroke="#4b3a2b" stroke-width="5" fill="none"/>
  ${[0, 1, 2].map((i) => `<rect x="${1090 - i * 6}" y="${top - 22 - i * 22}" width="${170 - i * 14}" height="22" rx="2" fill="${["#b24a3a", "#e3dccf", "#2f5a6b"][i]}"/>`).join("")}
  <ellipse cx="1230" cy="${top - 30}" rx="36" ry="30" fill="#c9c2b2"/>`;
}

const DRAWINGS: Record<SampleRoomId, () => string> = { "living-room": livingRoom, bedroom, "dining-room": diningRoom };

export function sampleRoomSvg(id: SampleRoomId): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${DRAWINGS[id]()}</svg>`;
}
