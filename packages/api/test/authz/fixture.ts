import { withPicture } from "../stores/helpers.ts";
import type { Db } from "@atelier/db";
import { ensureProductCatalogue } from "@atelier/core/products/sync";
import { makeUser } from "../harness.ts";

export type Persona = "anonymous" | "buyer" | "owner" | "otherArtist" | "admin";
export const PERSONAS: Persona[] = ["anonymous", "buyer", "owner", "otherArtist", "admin"];

/** The people of the matrix. `owner` and `otherArtist` are approved artists with profiles. */
export interface Fixture {
  db: Db;
  users: Record<Exclude<Persona, "anonymous">, { id: string; email: string }>;
  artistProfiles: { owner: { id: string; slug: string }; otherArtist: { id: string; slug: string } };
  /** a fresh DRAFT artwork owned by `owner` (new row per call, so mutating rows don't interfere) */
  newArtwork(opts?: { status?: "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "REJECTED" | "UNPUBLISHED" | "ARCHIVED" }): Promise<{ id: string; slug: string }>;
  /** a fresh PENDING application by a new applicant */
  newPendingApplication(): Promise<{ id: string; userId: string }>;
  /** adds one processed image row (no files) to an artwork, so it can be submitted for review */
  addArtworkImage(artworkId: string): Promise<{ id: string }>;
  /** a stored Stripe webhook event (account.updated) with the given status; returns its evt_ id */
  newStripeEvent(status?: "RECEIVED" | "PROCESSED" | "FAILED"): Promise<string>;
  /** a FAILED in-process job run; returns its id */
  newFailedJobRun(): Promise<string>;
  /** a patron-assistant conversation owned by `owner`; returns its id */
  newConversation(): Promise<string>;
  /** an API token of `owner`; returns its id */
  newApiToken(): Promise<string>;
  /** `owner` and `otherArtist` also own a store each (STORE_OWNER role), so store rows can test one store against another */
  stores: { owner: { id: string; slug: string }; otherArtist: { id: string; slug: string } };
  /** a fresh PUBLISHED artwork of `owner` whose own terms allow third-party stores */
  newListableArtwork(): Promise<{ id: string; slug: string }>;
  /** a fresh ACTIVE listing (poster A3 at €30) of a new listable artwork of `owner`: in a store's, or in owner's own shop */
  newListing(seller: "ownerStore" | "otherStore" | "ownerShop"): Promise<{ id: string; artworkId: string }>;
  /** a fresh PENDING store application by a new applicant */
  newPendingStoreApplication(): Promise<{ id: string; userId: string }>;
}

let counter = 0;

export async function buildFixture(db: Db): Promise<Fixture> {
  const buyer = await makeUser(db, ["BUYER"]);
  const owner = await makeUser(db, ["ARTIST", "BUYER"], { name: "Owner Artist" });
  const other = await makeUser(db, ["ARTIST", "BUYER"], { name: "Other Artist" });
  const admin = await makeUser(db, ["ADMIN", "BUYER"]);
  const profile = (userId: string, name: string) =>
    db.artistProfile.create({
      data: { userId, displayName: name, slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${++counter}-${userId.slice(-6)}` },
      select: { id: true, slug: true },
    });
  const ownerProfile = await profile(owner.id, "Owner Artist");
  const otherProfile = await profile(other.id, "Other Artist");
  const store = async (userId: string, name: string) => {
    await db.userRole.create({ data: { userId, role: "STORE_OWNER" } });
    const n = ++counter;
    return db.store.create({
      data: { ownerUserId: userId, name: `${name} ${n}`, description: "Prints of the matrix.", slug: `matrix-store-${n}-${userId.slice(-6)}` },
      select: { id: true, slug: true },
    });
  };
  const stores = { owner: await store(owner.id, "Owner Store"), otherArtist: await store(other.id, "Other Store") };
  await ensureProductCatalogue(db);
  const newListableArtwork = async () => {
    const n = ++counter;
    const artwork = await db.artwork.create({
      data: {
        artistId: ownerProfile.id,
        slug: `matrix-licensed-${n}-${ownerProfile.id.slice(-6)}`,
        title: `Matrix Licensed ${n}`,
        medium: "Oil on canvas",
        category: "PAINTING",
        widthTenths: 500,
        heightTenths: 700,
        priceAmount: 120_000,
        currency: "EUR",
        status: "PUBLISHED",
        publishedAt: new Date(),
        licensingTerms: { create: { allowThirdPartyStores: true } },
      },
      select: { id: true, slug: true },
    });
    await withPicture(db, artwork.id); // products are made from the work's picture
    return artwork;
  };
  return {
    db,
    stores,
    newListableArtwork,
    async newListing(seller) {
      const artwork = await newListableArtwork();
      const storeId = seller === "ownerStore" ? stores.owner.id : seller === "otherStore" ? stores.otherArtist.id : null;
      const l = await db.listing.create({
        data: { seller: storeId ? "STORE" : "ARTIST_SHOP", storeId, artworkId: artwork.id, variantCode: "poster-a3", unitAmount: 3_000, currency: "EUR" },
        select: { id: true, artworkId: true },
      });
      return l;
    },
    async newPendingStoreApplication() {
      const applicant = await makeUser(db, ["BUYER"]);
      return db.storeApplication.create({
        data: {
          userId: applicant.id,
          name: `Matrix Shop ${++counter}`,
          description: "A shop of prints for the matrix.",
          reason: "We sell prints to people who love them.",
        },
        select: { id: true, userId: true },
      });
    },
    users: { buyer, owner, otherArtist: other, admin },
    artistProfiles: { owner: ownerProfile, otherArtist: otherProfile },
    async newArtwork(opts = {}) {
      const n = ++counter;
      return db.artwork.create({
        data: {
          artistId: ownerProfile.id,
          slug: `matrix-work-${n}-${ownerProfile.id.slice(-6)}`,
          title: `Matrix Work ${n}`,
          medium: "Oil on canvas",
          category: "PAINTING",
          widthTenths: 500,
          heightTenths: 700,
          priceAmount: 120_000,
          currency: "EUR",
          status: opts.status ?? "DRAFT",
          publishedAt: opts.status === "PUBLISHED" ? new Date() : null,
        },
        select: { id: true, slug: true },
      });
    },
    async newPendingApplication() {
      const applicant = await makeUser(db, ["BUYER"]);
      const app = await db.artistApplication.create({
        data: {
          userId: applicant.id,
          status: "PENDING",
          displayName: `Applicant ${++counter}`,
          statement: "I paint the sea.",
          portfolioUrl: "https://example.org/portfolio",
          termsAcceptedAt: new Date(),
          submittedAt: new Date(),
        },
        select: { id: true, userId: true },
      });
      return app;
    },
    async newStripeEvent(status = "PROCESSED") {
      const id = `evt_matrix_${++counter}_${Date.now()}`;
      await db.stripeEvent.create({
        data: {
          id,
          type: "account.updated",
          account: "acct_matrix",
          livemode: false,
          payload: { id, type: "account.updated", data: { object: { id: "acct_matrix", object: "account" } } },
          status,
          stripeCreatedAt: new Date(),
          lastError: status === "FAILED" ? "AccountNotKnownYet: Connect account acct_matrix is not known yet" : null,
        },
      });
      return id;
    },
    async newFailedJobRun() {
      const run = await db.jobRun.create({
        data: {
          functionId: "send-email",
          eventName: "atelier/email.requested",
          eventId: `matrix-${++counter}`,
          payload: {},
          status: "FAILED",
          attempts: 5,
          lastError: "Error: smtp timeout",
        },
        select: { id: true },
      });
      return run.id;
    },
    async newConversation() {
      const c = await db.conversation.create({ data: { userId: owner.id, assistant: "PATRON", title: `Matrix chat ${++counter}` }, select: { id: true } });
      return c.id;
    },
    async newApiToken() {
      const t = await db.apiToken.create({
        data: { userId: owner.id, name: `matrix ${++counter}`, prefix: "matrix00", tokenHash: `matrix-hash-${counter}-${Date.now()}` },
        select: { id: true },
      });
      return t.id;
    },
    async addArtworkImage(artworkId: string) {
      return db.artworkImage.create({ data: testImageRow(artworkId), select: { id: true } });
    },
  };
}

/** An ArtworkImage row as the image pipeline would write it (storage keys only; no files behind them). */
export function testImageRow(artworkId: string, position = 0) {
  const key = `artworks/${artworkId}/${position}-${++counter}`;
  return {
    artworkId,
    position,
    altText: "Test image",
    originalKey: `${key}/original.jpg`,
    mimeType: "image/jpeg",
    width: 1600,
    height: 1200,
    bytes: 200_000,
    dominantColor: "#8a7f72",
    blurDataUrl: "data:image/webp;base64,AAAA",
    variants: [320, 640, 1280].map((w) => ({ format: "webp", width: w, height: Math.round((w * 3) / 4), key: `${key}/${w}.webp`, bytes: w * 40 })),
  };
}

/** An image row on `artworkId` (no files: storage deletes of missing keys are no-ops). Appended for rows/artwork-images.ts. */
export async function newArtworkImage(db: Db, artworkId: string, position = 0): Promise<{ id: string }> {
  return db.artworkImage.create({
    data: {
      artworkId,
      position,
      originalKey: `artworks/${artworkId}/matrix${++counter}/original.jpg`,
      mimeType: "image/jpeg",
      width: 800,
      height: 600,
      bytes: 1000,
      dominantColor: "#336699",
      blurDataUrl: "data:image/webp;base64,",
      variants: [],
    },
    select: { id: true },
  });
}
