/**
 * What an artwork's mockups should be: one per product type its licensing terms allow (and the catalogue still
 * offers), made from its primary image at the type's first variant's aspect, each with the hash of its source.
 * A mockup whose stored hash matches is up to date and is never redrawn. Pure reading; ./sync.ts does the work.
 */
import crypto from "node:crypto";
import type { Db } from "@atelier/db";
import { effectiveTermsOfArtwork } from "../licensing/read.ts";
import { ensureProductCatalogue } from "../products/sync.ts";
import { TEMPLATE_VERSION, templateFor } from "./templates.ts";

export const MOCKUP_PUBLIC_STATUSES = ["PUBLISHED", "SOLD"] as const;

export interface PlannedMockup {
  productTypeCode: string;
  variantCode: string;
  /** the variant's printed area (null for the download) */
  print: { width: number; height: number } | null;
  sourceHash: string;
}

export interface MockupPlan {
  artworkId: string;
  /** false: not in the public catalogue, so nothing is drawn or removed now (publishing runs the job again) */
  public: boolean;
  image: { id: string; originalKey: string; width: number; height: number; variants: unknown } | null;
  wanted: PlannedMockup[];
  /** stored mockups by product type */
  existing: Map<string, { id: string; sourceHash: string; originalKey: string; variants: unknown }>;
}

export const mockupSourceHash = (imageKey: string, variantCode: string, print: PlannedMockup["print"]) =>
  crypto
    .createHash("sha256")
    .update(`v${TEMPLATE_VERSION}|${imageKey}|${variantCode}|${print ? `${print.width}x${print.height}` : "own"}`)
    .digest("hex");

export async function planMockups(db: Db, artworkId: string): Promise<MockupPlan | null> {
  const art = await db.artwork.findUnique({
    where: { id: artworkId },
    select: {
      id: true,
      status: true,
      images: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        take: 1,
        select: { id: true, originalKey: true, width: true, height: true, variants: true },
      },
      productMockups: { select: { id: true, productTypeCode: true, sourceHash: true, originalKey: true, variants: true } },
    },
  });
  if (!art) return null;
  const existing = new Map(art.productMockups.map((m) => [m.productTypeCode, m]));
  const isPublic = (MOCKUP_PUBLIC_STATUSES as readonly string[]).includes(art.status);
  const image = art.images[0] ?? null;
  if (!isPublic || !image) return { artworkId, public: isPublic, image, wanted: [], existing };

  await ensureProductCatalogue(db);
  const terms = await effectiveTermsOfArtwork(db, artworkId);
  const types = await db.productType.findMany({
    where: { active: true, code: { in: terms.allowedProductTypes } },
    orderBy: { position: "asc" },
    select: {
      code: true,
      variants: { where: { active: true }, orderBy: { position: "asc" }, take: 1, select: { code: true, printWidthMm: true, printHeightMm: true } },
    },
  });
  const wanted = types.flatMap((t): PlannedMockup[] => {
    const v = t.variants[0];
    if (!v || !templateFor(t.code)) return [];
    const print = v.printWidthMm && v.printHeightMm ? { width: v.printWidthMm, height: v.printHeightMm } : null;
    return [{ productTypeCode: t.code, variantCode: v.code, print, sourceHash: mockupSourceHash(image.originalKey, v.code, print) }];
  });
  return { artworkId, public: true, image, wanted, existing };
}

/** What the plan changes: types to draw (missing or stale) and stored mockups to remove (type no longer allowed, or no image). */
export function mockupWork(plan: MockupPlan) {
  if (!plan.public) return { draw: [] as PlannedMockup[], remove: [] as string[] };
  const wantedTypes = new Set(plan.wanted.map((w) => w.productTypeCode));
  return {
    draw: plan.wanted.filter((w) => plan.existing.get(w.productTypeCode)?.sourceHash !== w.sourceHash),
    remove: [...plan.existing.keys()].filter((code) => !wantedTypes.has(code)),
  };
}
