/**
 * Image uploads against a trivial database call: six large PNG uploads sent at once through the real
 * upload handler (POST /api/artworks/:id/images), while a `SELECT 1` "health check" runs every 50 ms
 * from the same process. Prints the health check's latency during the burst, when each upload was
 * answered, and the process's peak RSS.
 * `pnpm exec tsx tooling/bench/src/uploads.ts [megapixels] [pglite|pg] [libvips threads]` (defaults: 60 MP,
 * a PostgreSQL server when its binaries are there, sharp's default thread count). Never part of the test suite.
 */
import { handleImageUpload } from "@atelier/api";
import { localStorage } from "@atelier/core/storage";
import { applyMigrations, createDb, type Db } from "@atelier/db";
import { startEmbeddedPostgres } from "@atelier/db/embedded";
import { startPostgresServer } from "@atelier/dev/postgres-server";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";

const UPLOADS = 6;
const PING_EVERY_MS = 50;

async function gradientPng(megapixels: number): Promise<Uint8Array> {
  const width = Math.round(Math.sqrt(megapixels * 1e6 * (4 / 3)));
  const height = Math.round((megapixels * 1e6) / width);
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      raw[i] = (x * 255) / width;
      raw[i + 1] = (y * 255) / height;
      raw[i + 2] = 128;
    }
  }
  return new Uint8Array(
    await sharp(raw, { raw: { width, height, channels: 3 } })
      .png()
      .toBuffer(),
  );
}

async function world(db: Db) {
  const user = await db.user.create({ data: { email: `bench-${Date.now()}@bench.atelier`, name: "Bench", roles: { create: [{ role: "ARTIST" }] } } });
  const profile = await db.artistProfile.create({ data: { userId: user.id, displayName: "Bench", slug: `bench-${user.id}` } });
  const artwork = await db.artwork.create({
    data: {
      artistId: profile.id,
      slug: `bench-${profile.id}`,
      title: "Bench",
      medium: "Oil",
      widthTenths: 500,
      heightTenths: 700,
      priceAmount: 1000,
      currency: "EUR",
    },
  });
  return { userId: user.id, artworkId: artwork.id };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

export async function benchUploads(url: string, megapixels: number) {
  await applyMigrations(url);
  const db = createDb({ connectionString: url, max: 4 });
  const storage = localStorage(fs.mkdtempSync(path.join(os.tmpdir(), "atelier-bench-media-")));
  const { userId, artworkId } = await world(db);
  const png = await gradientPng(megapixels);
  console.log(`[bench] ${UPLOADS} × ${megapixels} MP PNG of ${(png.byteLength / 1024).toFixed(0)} KB`);

  const latencies: number[] = [];
  let peakRss = 0;
  let pinging = true;
  const pinger = (async () => {
    while (pinging) {
      const t = performance.now();
      await db.$queryRaw`SELECT 1`;
      latencies.push(performance.now() - t);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      await new Promise((r) => setTimeout(r, PING_EVERY_MS));
    }
  })();
  await new Promise((r) => setTimeout(r, 300));
  const idle = [...latencies];
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: UPLOADS }, async () => {
      const form = new FormData();
      form.set("file", new File([png as BlobPart], "large.png", { type: "image/png" }));
      const res = await handleImageUpload(new Request(`http://bench/api/artworks/${artworkId}/images`, { method: "POST", body: form }), artworkId, {
        db,
        storage,
        getSessionUserId: async () => userId,
      });
      return `${res.status} at ${((performance.now() - started) / 1000).toFixed(1)} s`;
    }),
  );
  const during = latencies.slice(idle.length);
  pinging = false;
  await pinger;
  await db.$disconnect();
  console.log(`[bench] uploads answered: ${results.join(", ")}`);
  console.log(
    `[bench] SELECT 1 idle p50 ${pct(idle, 50).toFixed(1)} ms; during the burst (${during.length} checks) p50 ${pct(during, 50).toFixed(1)} ms, p95 ${pct(during, 95).toFixed(1)} ms, max ${Math.max(...during).toFixed(1)} ms; peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB`,
  );
}

const megapixels = Number(process.argv[2] ?? 60);
if (process.argv[4]) sharp.concurrency(Number(process.argv[4]));
console.log(`[bench] libvips threads per image: ${sharp.concurrency()}`);
const server = process.argv[3] === "pglite" ? null : await startPostgresServer((l) => console.log(`[bench] ${l}`));
try {
  if (server) await benchUploads(server.url, megapixels);
  else {
    const embedded = await startEmbeddedPostgres();
    await benchUploads(embedded.url, megapixels);
    await embedded.stop();
  }
} finally {
  server?.stop();
}
