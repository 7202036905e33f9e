/**
 * syncArtworkMockups: brings one artwork's ProductMockup rows in line with its plan (./plan.ts). Each missing or
 * stale mockup is drawn, put through the image pipeline (WebP variants like other images) and stored under a fresh
 * prefix, then recorded — one type at a time, so a retry resumes where a failure stopped. Same source, no rework.
 */
import crypto from "node:crypto";
import type { Db } from "@atelier/db";
import { imagePipeline } from "../images/pipeline-gate.ts";
import { processImage } from "../images/process.ts";
import { keysOfImage, removeKeys, storeProcessedImageAt } from "../images/store.ts";
import { pickVariant } from "../images/urls.ts";
import type { Storage } from "../storage/index.ts";
import { mockupWork, planMockups, type MockupPlan, type PlannedMockup } from "./plan.ts";
import { templateFor } from "./templates.ts";

export interface MockupDeps {
  db: Db;
  storage: Storage;
}

export type MockupSyncResult = { status: "missing" } | { status: "not-public" } | { status: "synced"; drawn: string[]; unchanged: string[]; removed: string[] };

/** The picture the templates draw from: the largest WebP variant (≤ 2048 px), or the original when there is none. */
async function sourcePicture(storage: Storage, image: NonNullable<MockupPlan["image"]>): Promise<Uint8Array> {
  const key = pickVariant(image.variants, 2048, "webp")?.key ?? image.originalKey;
  const obj = (await storage.get(key)) ?? (await storage.get(image.originalKey));
  if (!obj) throw new Error(`mockups: the image file ${image.originalKey} is missing from storage`);
  return obj.bytes;
}

async function drawOne(deps: MockupDeps, plan: MockupPlan, picture: Uint8Array, want: PlannedMockup) {
  const image = plan.image!;
  const template = templateFor(want.productTypeCode)!;
  const jpeg = await imagePipeline.run(() => template.render(picture, { width: image.width, height: image.height }, want.print));
  const processed = await processImage(jpeg, { variantFormats: ["webp"] });
  const stored = await storeProcessedImageAt(
    deps.storage,
    `mockups/${plan.artworkId}/${want.productTypeCode}-${crypto.randomBytes(8).toString("hex")}`,
    processed,
  );
  try {
    const replaced = await deps.db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM "Artwork" WHERE id = ${plan.artworkId} FOR UPDATE`;
      const current = await tx.productMockup.findUnique({
        where: { artworkId_productTypeCode: { artworkId: plan.artworkId, productTypeCode: want.productTypeCode } },
      });
      // another run drew the same source meanwhile: keep theirs
      if (current?.sourceHash === want.sourceHash) return { kept: true as const, old: null };
      const data = {
        variantCode: want.variantCode,
        originalKey: stored.originalKey,
        width: stored.width,
        height: stored.height,
        variants: stored.variants as unknown as object[],
        blurDataUrl: stored.blurDataUrl,
        sourceImageId: image.id,
        sourceHash: want.sourceHash,
        createdAt: new Date(),
      };
      await tx.productMockup.upsert({
        where: { artworkId_productTypeCode: { artworkId: plan.artworkId, productTypeCode: want.productTypeCode } },
        create: { artworkId: plan.artworkId, productTypeCode: want.productTypeCode, ...data },
        update: data,
      });
      return { kept: false as const, old: current };
    });
    await removeKeys(deps.storage, replaced.kept ? stored.keys : replaced.old ? keysOfImage(replaced.old) : []);
  } catch (e) {
    await removeKeys(deps.storage, stored.keys);
    throw e;
  }
}

export async function syncArtworkMockups(deps: MockupDeps, artworkId: string): Promise<MockupSyncResult> {
  const plan = await planMockups(deps.db, artworkId);
  if (!plan) return { status: "missing" };
  if (!plan.public) return { status: "not-public" };
  const { draw, remove } = mockupWork(plan);
  if (remove.length) {
    const gone = await deps.db.productMockup.findMany({ where: { artworkId, productTypeCode: { in: remove } } });
    await deps.db.productMockup.deleteMany({ where: { id: { in: gone.map((g) => g.id) } } });
    await removeKeys(deps.storage, gone.flatMap(keysOfImage));
  }
  if (draw.length) {
    const picture = await sourcePicture(deps.storage, plan.image!);
    for (const want of draw) await drawOne(deps, plan, picture, want);
  }
  const drawn = new Set(draw.map((d) => d.productTypeCode));
  return {
    status: "synced",
    drawn: [...drawn],
    unchanged: plan.wanted.map((w) => w.productTypeCode).filter((c) => !drawn.has(c)),
    removed: remove,
  };
}
