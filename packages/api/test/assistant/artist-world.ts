import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadIdentity, type Identity } from "@atelier/core/accounts/identity";
import type { Db } from "@atelier/db";
import type { LanguageModel } from "ai";
import type { AssistantToolContext } from "@atelier/core/assistant/definition";
import { addArtworkImage } from "@atelier/core/images";
import { localStorage, type Storage } from "@atelier/core/storage";
import { makeUser } from "../harness.ts";
import { makeImage } from "../images/fixtures.ts";

let n = 0;

/** Two artists with profiles and artworks (one with a real stored image each), a buyer, and temp-dir storage. */
export async function buildArtistWorld(db: Db) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-artist-assistant-"));
  const storage: Storage = localStorage(root);
  const tag = `${process.pid}-${++n}`;

  const ownerUser = await makeUser(db, ["ARTIST", "BUYER"], { name: "Mara Quinn" });
  const otherUser = await makeUser(db, ["ARTIST", "BUYER"], { name: "Ivo Brandt" });
  const buyer = await makeUser(db, ["BUYER"]);
  const owner = await db.artistProfile.create({
    data: {
      userId: ownerUser.id,
      slug: `mara-quinn-${tag}`,
      displayName: "Mara Quinn",
      location: "Galway",
      country: "IE",
      bio: "Mara Quinn paints the Atlantic coast in thick layers of oil.",
      statement: "I paint weather more than places.",
      website: "https://maraquinn.example",
    },
  });
  const other = await db.artistProfile.create({
    data: { userId: otherUser.id, slug: `ivo-brandt-${tag}`, displayName: "Ivo Brandt", location: "Leipzig", country: "DE", bio: "Ivo Brandt makes woodcuts." },
  });

  const artwork = (artistId: string, title: string, status: "DRAFT" | "PUBLISHED", priceAmount: number) =>
    db.artwork.create({
      data: {
        artistId,
        slug: `${title.toLowerCase().replace(/\W+/g, "-")}-${tag}`,
        title,
        medium: "Oil on canvas",
        widthTenths: 600,
        heightTenths: 800,
        priceAmount,
        currency: "EUR",
        status,
        publishedAt: status === "PUBLISHED" ? new Date() : null,
        tags: ["sea"],
      },
    });
  const harbour = await artwork(owner.id, "Harbour in Blue", "PUBLISHED", 90_000);
  const sketch = await artwork(owner.id, "Low Tide Sketch", "DRAFT", 25_000);
  const othersWork = await artwork(other.id, "Forest Woodcut", "PUBLISHED", 40_000);

  // Real images through the real pipeline: a blue field with a cream sun, and a red one for the other artist.
  await addArtworkImage(
    { db, storage },
    { userId: ownerUser.id, artworkId: harbour.id, bytes: await makeImage({ width: 900, height: 600, fill: "#2f5d8a" }), filename: "harbour.jpg" },
  );
  await addArtworkImage(
    { db, storage },
    { userId: otherUser.id, artworkId: othersWork.id, bytes: await makeImage({ width: 600, height: 900, fill: "#b22222" }), filename: "forest.jpg" },
  );
  // a new image sends published work back to review; these two are published in the story
  await db.artwork.updateMany({ where: { id: { in: [harbour.id, othersWork.id] } }, data: { status: "PUBLISHED" } });

  const identity = async (userId: string): Promise<Identity> => {
    const id = await loadIdentity(db, userId, "session");
    if (!id) throw new Error("no identity");
    return id;
  };

  return {
    storage,
    root,
    users: { owner: ownerUser, other: otherUser, buyer },
    profiles: { owner, other },
    artworks: { harbour, sketch, othersWork },
    identity,
    /** A tool context for `userId` (null = visitor) with the given model. */
    async ctx(userId: string | null, model: LanguageModel): Promise<AssistantToolContext> {
      return { db, identity: userId ? await identity(userId) : null, appUrl: "http://atelier.test", now: () => new Date(), storage, model, embeddings: null };
    },
    dispose() {
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
export type ArtistWorld = Awaited<ReturnType<typeof buildArtistWorld>>;

/** Everything of another artist that the assistant must never change, for before/after comparison. */
export async function snapshotArtist(db: Db, artistId: string) {
  const [profile, artworks, images] = await Promise.all([
    db.artistProfile.findUnique({ where: { id: artistId } }),
    db.artwork.findMany({ where: { artistId }, orderBy: { id: "asc" } }),
    db.artworkImage.findMany({ where: { artwork: { artistId } }, orderBy: { id: "asc" } }),
  ]);
  return { profile, artworks, images };
}
