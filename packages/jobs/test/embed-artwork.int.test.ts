import { lexicalHashEmbeddingModel } from "@atelier/ai";
import type { Db } from "@atelier/db";
import { createTestDatabase, type TestDatabase } from "@atelier/db/testing";
import { vectorSearchAvailable } from "@atelier/db/vector";
import { InngestTestEngine } from "@inngest/test";
import { Inngest } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backfillEmbeddings } from "@atelier/core/embeddings";
import { embedArtwork } from "../src/functions/embed-artwork.ts";
import { artworkChangedEvent } from "@atelier/events";
import { createInProcessSender, drainJobs, outboxMailer, toInngestFunction, type JobDeps } from "../src/index.ts";
import { missingStripe } from "@atelier/core/payments";

/** embed-artwork as a real Inngest function (@inngest/test), the in-process runner, and the backfill. */
let database: TestDatabase;
let db: Db;
let vectors = false;
const model = lexicalHashEmbeddingModel();
const NO_PGVECTOR = "this database has no pgvector (e.g. Debian PostgreSQL 15): embeddings are skipped there";

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  vectors = await vectorSearchAvailable(db);
});
afterAll(async () => {
  await database?.dispose();
});

const inngest = new Inngest({ id: "atelier-test", isDev: true });
const deps = (embeddings: JobDeps["embeddings"] = model): JobDeps => ({
  db,
  mailer: outboxMailer,
  now: () => new Date(),
  stripe: missingStripe,
  appUrl: "http://atelier.test",
  events: { consumes: () => false, send: async () => ({ ids: [] }) },
  embeddings,
});
let n = 0;

async function artwork(status: "PUBLISHED" | "DRAFT" = "PUBLISHED") {
  const user = await db.user.create({ data: { email: `embed-${++n}-${Date.now()}@test.atelier`, name: "Embed Artist" } });
  const profile = await db.artistProfile.create({ data: { userId: user.id, slug: `embed-artist-${n}-${user.id.slice(-6)}`, displayName: "Embed Artist" } });
  return db.artwork.create({
    data: {
      artistId: profile.id,
      slug: `embed-work-${n}-${user.id.slice(-6)}`,
      title: "Harbour at Dawn",
      description: "Boats in early light.",
      medium: "Oil on canvas",
      tags: ["sea", "boats"],
      widthTenths: 400,
      heightTenths: 300,
      priceAmount: 50_000,
      currency: "EUR",
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
    },
  });
}

const run = async (artworkId: string, embeddings?: JobDeps["embeddings"]) => {
  const t = new InngestTestEngine({
    function: toInngestFunction(inngest, embedArtwork, () => deps(embeddings)),
    events: [artworkChangedEvent(artworkId)] as never,
  });
  return t.execute();
};
const stored = (artworkId: string) => db.$queryRaw<{ contentHash: string; model: string; dims: number }[]>`
  SELECT "contentHash", "model", vector_dims("embedding") AS dims FROM "ArtworkEmbedding" WHERE "artworkId" = ${artworkId}`;

describe("embed-artwork (@inngest/test)", () => {
  it("embeds a published artwork in one step, then skips it while its text is unchanged", async (ctx) => {
    if (!vectors) ctx.skip(NO_PGVECTOR);
    const art = await artwork();
    const first = await run(art.id);
    expect(first.ctx.step.run).toHaveBeenCalledWith("sync-embedding", expect.any(Function));
    expect(first.result).toMatchObject({ action: "embedded", model: "atelier/lexical-hash-768-v2" });
    expect(await stored(art.id)).toEqual([
      { contentHash: (first.result as { contentHash: string }).contentHash, model: "atelier/lexical-hash-768-v2", dims: 768 },
    ]);
    expect((await run(art.id)).result).toMatchObject({ action: "unchanged" });
  });

  it("re-embeds after an edit to its text, and deletes the embedding once it is no longer public", async (ctx) => {
    if (!vectors) ctx.skip(NO_PGVECTOR);
    const art = await artwork();
    const before = (await run(art.id)).result as { contentHash: string };
    await db.artwork.update({ where: { id: art.id }, data: { description: "Boats, gulls and a red lighthouse." } });
    const after = (await run(art.id)).result as { action: string; contentHash: string };
    expect(after.action).toBe("embedded");
    expect(after.contentHash).not.toBe(before.contentHash);
    await db.artwork.update({ where: { id: art.id }, data: { status: "UNPUBLISHED" } });
    expect((await run(art.id)).result).toEqual({ action: "removed", reason: "not public" });
    expect(await stored(art.id)).toEqual([]);
  });

  it("does nothing for a draft, or without an embedding model", async (ctx) => {
    if (!vectors) ctx.skip(NO_PGVECTOR);
    const draft = await artwork("DRAFT");
    expect((await run(draft.id)).result).toEqual({ action: "removed", reason: "not public" });
    const art = await artwork();
    expect((await run(art.id, null)).result).toEqual({ action: "skipped", reason: "no embedding model configured" });
    expect(await stored(art.id)).toEqual([]);
  });

  it("skips cleanly on a database without pgvector", async (ctx) => {
    if (vectors) ctx.skip("this database has pgvector; the no-pgvector path runs on PostgreSQL 15");
    const art = await artwork();
    expect((await run(art.id)).result).toMatchObject({ action: "skipped", reason: expect.stringContaining("pgvector") });
  });
});

describe("embed-artwork in-process, and the backfill", () => {
  it("an artwork.changed event becomes a JobRun that the worker runs with the configured model", async (ctx) => {
    if (!vectors) ctx.skip(NO_PGVECTOR);
    const art = await artwork();
    const sender = createInProcessSender(db, { functions: [embedArtwork] });
    await sender.send(artworkChangedEvent(art.id));
    const summary = await drainJobs(db, { functions: [embedArtwork], deps: { embeddings: model } });
    expect(summary).toMatchObject({ succeeded: 1, failed: 0 });
    expect(await stored(art.id)).toHaveLength(1);
  });

  it("backfill embeds what is missing or stale, removes what went private, and is idempotent", async (ctx) => {
    const published = await artwork();
    const draft = await artwork("DRAFT");
    const summary = await backfillEmbeddings({ db, model, batchSize: 3 });
    if (!vectors) {
      expect(summary).toEqual({ available: false, reason: expect.stringContaining("pgvector") });
      return ctx.skip(NO_PGVECTOR);
    }
    expect(summary).toMatchObject({ available: true, model: "atelier/lexical-hash-768-v2" });
    expect(await stored(published.id)).toHaveLength(1);
    expect(await stored(draft.id)).toEqual([]);
    const again = await backfillEmbeddings({ db, model });
    expect(again).toMatchObject({ embedded: 0 });
    await db.artwork.update({ where: { id: published.id }, data: { status: "ARCHIVED" } });
    expect(await backfillEmbeddings({ db, model })).toMatchObject({ removed: 1, embedded: 0 });
    expect(await backfillEmbeddings({ db, model: null })).toEqual({ available: false, reason: "no embedding model configured" });
  });
});
