/**
 * One template per product type: which scene it is, and how the work is placed on it. Generated in code (SVG
 * rasterised by sharp, no image files). TEMPLATE_VERSION is part of every mockup's source hash: bump it when a
 * drawing changes and the job redraws every mockup once.
 */
import type { ProductTypeCode } from "../products/catalogue.ts";
import { postcardOnTable } from "./desk-templates.ts";
import { toteBag, tShirt } from "./fabric-templates.ts";
import { orientedAspect, type Aspect } from "./geometry.ts";
import { framedPrint, stretchedCanvas, tapedPoster } from "./wall-templates.ts";
import { watermarkedPreview } from "./watermark.ts";

export const TEMPLATE_VERSION = 1;

export interface MockupTemplate {
  /** what the studio says under the picture */
  caption: string;
  render(picture: Uint8Array, own: Aspect, print: Aspect | null): Promise<Buffer>;
}

const sheet = (own: Aspect, print: Aspect | null) => orientedAspect(print ?? own, own);

export const MOCKUP_TEMPLATES: Record<ProductTypeCode, MockupTemplate> = {
  "giclee-print": { caption: "Framed for the picture only: prints ship unframed.", render: (p, own, print) => framedPrint(p, sheet(own, print)) },
  canvas: { caption: "On its 2 cm stretcher, the edge wrapped.", render: (p, own, print) => stretchedCanvas(p, sheet(own, print)) },
  poster: { caption: "Edge to edge, as the poster is printed.", render: (p, own, print) => tapedPoster(p, sheet(own, print)) },
  postcard: { caption: "With its white border; the back is blank.", render: (p, own, print) => postcardOnTable(p, sheet(own, print)) },
  tote: { caption: "Your whole work inside the print area.", render: (p, own, print) => toteBag(p, own, print ?? own) },
  tshirt: { caption: "Your whole work inside the print area on the chest.", render: (p, own, print) => tShirt(p, own, print ?? own) },
  "digital-download": { caption: "The watermarked preview; buyers get the clean file.", render: (p) => watermarkedPreview(p) },
};

export function templateFor(code: string): MockupTemplate | null {
  return Object.hasOwn(MOCKUP_TEMPLATES, code) ? MOCKUP_TEMPLATES[code as ProductTypeCode] : null;
}
