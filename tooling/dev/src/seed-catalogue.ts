/**
 * The demo catalogue: approved artists with profiles, ~50 artworks with generated images (through the
 * same processing pipeline as uploads), a pending application, and the demo buyer's favourites and
 * follows. Idempotent: what exists is left alone; only missing rows and images are added.
 */
import { processImage, removeKeys, storeProcessedImage } from "@atelier/core/images";
import type { Storage } from "@atelier/core/storage";
import type { Db } from "@atelier/db";
import {
  DEMO_APPLICANT,
  DEMO_ARTIST_PASSWORD,
  DEMO_ARTISTS,
  DEMO_ARTWORKS,
  DEMO_BUYER_FAVOURITES,
  DEMO_BUYER_FOLLOWS,
  type SeedArtwork,
} from "@atelier/db/seed/catalogue";
import { renderArtwork } from "./seed-art.ts";

interface CatalogueDeps {
  storage: Storage;
  hashPassword: (password: string) => Promise<string>;
  log: (line: string) => void;
  /** long side of the generated source pictures */
  imageSize?: number;
  now?: Date;
}

const DAY = 86_400_000;

export async function seedCatalogue(db: Db, deps: CatalogueDeps, buyerId: string) {
  const started = Date.now();
  const now = deps.now ?? new Date();
  const profiles = new Map<string, { id: string; userId: string }>();
  const password = await deps.hashPassword(DEMO_ARTIST_PASSWORD);
  for (const a of DEMO_ARTISTS) {
    const user = await ensureUser(db, a.email, a.name, password, ["ARTIST", "BUYER"]);
    const profile =
      (await db.artistProfile.findUnique({ where: { userId: user.id }, select: { id: true } })) ??
      (await db.artistProfile.create({
        data: {
          userId: user.id,
          slug: a.slug,
          displayName: a.name,
          bio: a.bio,
          statement: a.statement,
          location: a.location,
          country: countryOfLocation(a.location),
          website: a.website,
          instagram: a.instagram,
        },
        select: { id: true },
      }));
    profiles.set(a.slug, { id: profile.id, userId: user.id });
  }

  const existing = await db.artwork.findMany({
    where: { slug: { in: DEMO_ARTWORKS.map((w) => w.slug) } },
    select: { id: true, slug: true, _count: { select: { images: true } } },
  });
  const bySlug = new Map(existing.map((w) => [w.slug, w]));
  const jobs: { artworkId: string; work: SeedArtwork; index: number }[] = [];
  for (const [i, work] of DEMO_ARTWORKS.entries()) {
    const profile = profiles.get(work.artist);
    if (!profile) throw new Error(`seed artwork ${work.slug}: unknown artist ${work.artist}`);
    const row = bySlug.get(work.slug) ?? (await createArtwork(db, work, profile.id, new Date(now.getTime() - (i + 1) * DAY * 1.7)));
    const wanted = work.art.alt2 ? 2 : 1;
    const have = bySlug.get(work.slug)?._count.images ?? 0;
    for (let index = have; index < wanted; index++) jobs.push({ artworkId: row.id, work, index });
  }
  if (jobs.length) {
    await inParallel(jobs, 2, (job) => addSeedImage(db, deps, job));
  }

  await seedApplication(db, deps);
  const bySlugAll = new Map(
    (await db.artwork.findMany({ where: { slug: { in: DEMO_BUYER_FAVOURITES } }, select: { id: true, slug: true } })).map((w) => [w.slug, w.id]),
  );
  await db.favorite.createMany({
    data: DEMO_BUYER_FAVOURITES.flatMap((s) => (bySlugAll.get(s) ? [{ userId: buyerId, artworkId: bySlugAll.get(s)! }] : [])),
    skipDuplicates: true,
  });
  await db.follow.createMany({
    data: DEMO_BUYER_FOLLOWS.flatMap((s) => (profiles.get(s) ? [{ userId: buyerId, artistId: profiles.get(s)!.id }] : [])),
    skipDuplicates: true,
  });

  const created = DEMO_ARTWORKS.length - existing.length;
  deps.log(
    `catalogue: ${DEMO_ARTISTS.length} artists, ${DEMO_ARTWORKS.length} artworks (${created} new), ${jobs.length} images generated in ${((Date.now() - started) / 1000).toFixed(1)} s` +
      (jobs.length ? "" : " (nothing to do)"),
  );
}

async function ensureUser(db: Db, email: string, name: string, passwordHash: string, roles: ("ARTIST" | "BUYER")[]) {
  const user =
    (await db.user.findUnique({ where: { email }, select: { id: true } })) ??
    (await db.user.create({ data: { email, name, passwordHash }, select: { id: true } }));
  await db.userRole.createMany({ data: roles.map((role) => ({ userId: user.id, role })), skipDuplicates: true });
  return user;
}

/** The demo artists' countries, from the last part of their location ("Kyoto, Japan" → JP). */
const COUNTRY_BY_NAME: Record<string, string> = { Portugal: "PT", Sweden: "SE", Japan: "JP", Scotland: "GB", Mexico: "MX", Germany: "DE" };
function countryOfLocation(location: string): string {
  return COUNTRY_BY_NAME[location.split(",").pop()!.trim()] ?? "IE";
}

/**
 * Demo shipping prices (EUR cents) by kind and size: prints travel flat in a tube; originals by their
 * longest side; sculptures are heavy and fragile, so their artists ship them only within their country.
 */
function demoShipping(w: SeedArtwork): { shippingDomestic: number; shippingInternational: number | null } {
  if (w.kind === "EDITION") return { shippingDomestic: 900, shippingInternational: 1_900 };
  if ((w.size[2] ?? 0) >= 15) return { shippingDomestic: 6_500, shippingInternational: null };
  const longest = Math.max(w.size[0], w.size[1]);
  if (longest <= 40) return { shippingDomestic: 1_500, shippingInternational: 3_500 };
  if (longest <= 100) return { shippingDomestic: 4_500, shippingInternational: 11_000 };
  return { shippingDomestic: 9_000, shippingInternational: 22_000 };
}

async function createArtwork(db: Db, w: SeedArtwork, artistId: string, publishedAt: Date) {
  const status = w.status ?? "PUBLISHED";
  const listed = status === "PUBLISHED" || status === "SOLD";
  const tenths = (cm: number | undefined) => (cm === undefined ? null : Math.round(cm * 10));
  const row = await db.artwork.create({
    data: {
      artistId,
      slug: w.slug,
      title: w.title,
      description: w.description,
      medium: w.medium,
      category: w.category,
      widthTenths: tenths(w.size[0])!,
      heightTenths: tenths(w.size[1])!,
      depthTenths: tenths(w.size[2]),
      year: w.year,
      tags: w.tags,
      priceAmount: w.price * 100,
      currency: "EUR",
      kind: w.kind ?? "ORIGINAL",
      editionSize: w.editionSize ?? null,
      editionsSold: w.editionsSold ?? 0,
      ...demoShipping(w),
      status,
      submittedAt: status === "DRAFT" ? null : new Date(publishedAt.getTime() - 2 * DAY),
      reviewedAt: listed ? new Date(publishedAt.getTime() - DAY / 2) : null,
      publishedAt: listed ? publishedAt : null,
    },
    select: { id: true },
  });
  return row;
}

async function addSeedImage(db: Db, deps: CatalogueDeps, job: { artworkId: string; work: SeedArtwork; index: number }) {
  const source = await renderArtwork(job.work, deps.imageSize ?? 1200, job.index > 0);
  const stored = await storeProcessedImage(deps.storage, job.artworkId, await processImage(source, { avifEffort: 1 }));
  try {
    await db.artworkImage.create({
      data: {
        artworkId: job.artworkId,
        position: job.index,
        altText: job.index > 0 ? (job.work.art.alt2 ?? "") : job.work.art.alt,
        originalKey: stored.originalKey,
        mimeType: stored.mimeType,
        width: stored.width,
        height: stored.height,
        bytes: stored.bytes,
        dominantColor: stored.dominantColor,
        blurDataUrl: stored.blurDataUrl,
        variants: stored.variants as unknown as object[],
      },
    });
  } catch (e) {
    await removeKeys(deps.storage, stored.keys);
    throw e;
  }
}

async function seedApplication(db: Db, deps: CatalogueDeps) {
  const a = DEMO_APPLICANT;
  const user = await ensureUser(db, a.email, a.name, await deps.hashPassword("atelier-applicant"), ["BUYER"]);
  if (await db.artistApplication.findFirst({ where: { userId: user.id }, select: { id: true } })) return;
  await db.artistApplication.create({
    data: {
      userId: user.id,
      status: "PENDING",
      displayName: a.displayName,
      statement: a.statement,
      portfolioUrl: a.portfolioUrl,
      instagramHandle: a.instagramHandle,
      previousExhibitions: a.previousExhibitions,
      termsAcceptedAt: new Date(),
      submittedAt: new Date(),
    },
  });
}

async function inParallel<T>(items: T[], width: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}
