import type { Db } from "@atelier/db";
import { drainJobs } from "@atelier/jobs";
import { callerAs, makeUser } from "../harness.ts";
import { makeArtist, makeArtwork, type ArtworkOpts } from "../orders/fixtures.ts";

let n = 0;

/** A signed-in buyer who applies for a store, and an admin who approves it: returns the store owner's caller and store. */
export async function approvedStoreOwner(db: Db, name = `Harbour Prints ${++n}`) {
  const user = await makeUser(db, ["BUYER"], { name: "Store Person" });
  const admin = await makeUser(db, ["ADMIN", "BUYER"]);
  const applicant = await callerAs(db, user.id);
  const app = await applicant.store.submitApplication({
    name,
    description: "Museum-quality prints of contemporary painting, for small flats.",
    website: "https://harbour.example.org",
    reason: "We have run a framing shop for ten years and want to sell licensed prints.",
  });
  const approved = await (await callerAs(db, admin.id)).admin.storeApplication.approve({ id: app.id });
  await drainJobs(db);
  return { user, admin, applicationId: app.id, store: approved.store, api: await callerAs(db, user.id) };
}

/** An artist whose terms allow stores (or not), with one published work in `currency`. */
export async function artistAllowingStores(db: Db, opts: { allow?: boolean; artwork?: ArtworkOpts } = {}) {
  const artist = await makeArtist(db, `Licensing Artist ${++n}`);
  const api = await callerAs(db, artist.id);
  await api.licensing.update({
    royalty: "10",
    minimumPrice: "20",
    currency: "EUR",
    maxDiscount: "20",
    allowThirdPartyStores: opts.allow ?? true,
    productTypes: ["giclee-print", "poster", "postcard"],
  });
  await drainJobs(db);
  const artwork = await makeArtwork(db, artist, { title: `Tidal Study ${n}`, ...opts.artwork });
  await withPicture(db, artwork.id);
  return { artist, artwork, api };
}

/** A stored picture for a work (products are made from it: a work without one cannot be listed). */
export async function withPicture(db: Db, artworkId: string) {
  await db.artworkImage.create({
    data: {
      artworkId,
      position: 0,
      originalKey: `artworks/${artworkId}/original.jpg`,
      mimeType: "image/jpeg",
      width: 1200,
      height: 1500,
      bytes: 1000,
      dominantColor: "#335577",
      blurDataUrl: "data:image/png;base64,",
    },
  });
  return artworkId;
}
