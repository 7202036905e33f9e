import { drainJobs } from "@atelier/jobs";
import { RIGHTS_REMOVED_REASON } from "@atelier/core/stores/selling-rights";
import { describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { outcomeOf } from "../orders/helpers.ts";
import { approvedStoreOwner, artistAllowingStores } from "./helpers.ts";

const h = useTestDatabase();

describe("an admin removes and restores a store's selling rights at /admin/users", () => {
  it("removing STORE_OWNER pauses every active listing with the reason, mails the owner, audits it and closes the store page", async () => {
    const a = await approvedStoreOwner(h.db);
    const { artwork } = await artistAllowingStores(h.db);
    const poster = await a.api.store.createListing({ artworkId: artwork.id, variantCode: "poster-a3", price: "45" });
    const print = await a.api.store.createListing({ artworkId: artwork.id, variantCode: "giclee-a3", price: "60" });
    const postcard = await a.api.store.createListing({ artworkId: artwork.id, variantCode: "postcard-a6", price: "25" });
    await a.api.store.setListingStatus({ listingId: postcard.id, status: "PAUSED" }); // paused by the store itself
    const anon = await callerAs(h.db, null);
    expect((await anon.store.bySlug({ slug: a.store.slug })).listings).toHaveLength(2);
    expect((await anon.shop.ofArtwork({ artworkId: artwork.id })).map((l) => l.id).sort()).toEqual([poster.id, print.id].sort());

    const admin = await callerAs(h.db, a.admin.id);
    const r = await admin.admin.user.setRole({ userId: a.user.id, role: "STORE_OWNER", granted: false });
    expect(r).toMatchObject({ changed: true, roles: ["BUYER"] });
    await drainJobs(h.db);

    const rows = await h.db.listing.findMany({ where: { storeId: a.store.id }, select: { id: true, status: true, pauseReason: true } });
    const byId = new Map(rows.map((l) => [l.id, l]));
    for (const id of [poster.id, print.id]) expect(byId.get(id)).toMatchObject({ status: "PAUSED", pauseReason: RIGHTS_REMOVED_REASON });
    expect(byId.get(postcard.id)).toMatchObject({ status: "PAUSED", pauseReason: null }); // already paused: untouched

    const audit = await h.db.auditLog.findFirstOrThrow({ where: { targetId: a.user.id, action: "role.revoke" } });
    expect(audit.data).toMatchObject({ role: "STORE_OWNER", storeId: a.store.id });
    expect(((audit.data as { pausedListings: string[] }).pausedListings ?? []).sort()).toEqual([poster.id, print.id].sort());

    const mails = await h.db.emailOutbox.findMany({ where: { toEmail: a.user.email, template: "store-rights-removed" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(a.store.name);
    expect(mails[0]!.text).toContain("2 listings on sale were paused");

    // the public page is gone, the index does not list it, the artwork shows none of its products
    expect((await outcomeOf(anon.store.bySlug({ slug: a.store.slug }))).code).toBe("NOT_FOUND");
    expect((await anon.store.list()).map((s) => s.slug)).not.toContain(a.store.slug);
    expect(await anon.shop.ofArtwork({ artworkId: artwork.id })).toEqual([]);
    // and the former owner can no longer sell
    expect((await outcomeOf((await callerAs(h.db, a.user.id)).store.mine())).code).toBe("FORBIDDEN");
  });

  it("granting it back reopens the store but resumes nothing; the owner resumes each listing, re-checked", async () => {
    const a = await approvedStoreOwner(h.db);
    const { artwork } = await artistAllowingStores(h.db);
    const poster = await a.api.store.createListing({ artworkId: artwork.id, variantCode: "poster-a3", price: "45" });
    const admin = await callerAs(h.db, a.admin.id);
    await admin.admin.user.setRole({ userId: a.user.id, role: "STORE_OWNER", granted: false });
    const back = await admin.admin.user.setRole({ userId: a.user.id, role: "STORE_OWNER", granted: true });
    expect(back).toMatchObject({ changed: true, roles: ["BUYER", "STORE_OWNER"] });
    await drainJobs(h.db);

    const anon = await callerAs(h.db, null);
    expect(await anon.store.bySlug({ slug: a.store.slug })).toMatchObject({ store: { slug: a.store.slug }, listings: [] });
    const owner = await callerAs(h.db, a.user.id);
    expect((await owner.store.mine()).listings).toEqual([expect.objectContaining({ id: poster.id, status: "PAUSED", pauseReason: RIGHTS_REMOVED_REASON })]);
    expect(await h.db.auditLog.findFirst({ where: { targetId: a.user.id, action: "role.grant" } })).toMatchObject({
      data: { role: "STORE_OWNER", storeId: a.store.id },
    });
    // one mail for the removal, none for the grant
    expect(await h.db.emailOutbox.count({ where: { toEmail: a.user.email, template: "store-rights-removed" } })).toBe(1);

    expect(await owner.store.setListingStatus({ listingId: poster.id, status: "ACTIVE" })).toMatchObject({ status: "ACTIVE", pauseReason: null });
    expect((await anon.store.bySlug({ slug: a.store.slug })).listings.map((l) => l.id)).toEqual([poster.id]);
  });

  it("granting STORE_OWNER to someone without a store is refused and writes nothing, even with a pending application", async () => {
    const admin = await makeUser(h.db, ["ADMIN", "BUYER"]);
    const user = await makeUser(h.db, ["BUYER"]);
    await (
      await callerAs(h.db, user.id)
    ).store.submitApplication({
      name: "Quay Editions",
      description: "Small prints of big skies, framed by hand.",
      reason: "We sell to visitors of our gallery in Cobh.",
    });
    const out = await outcomeOf((await callerAs(h.db, admin.id)).admin.user.setRole({ userId: user.id, role: "STORE_OWNER", granted: true }));
    expect(out.code).toBe("PRECONDITION_FAILED");
    expect(out.fields).toHaveProperty("role");
    expect(await h.db.userRole.count({ where: { userId: user.id, role: "STORE_OWNER" } })).toBe(0);
    expect(await h.db.store.count({ where: { ownerUserId: user.id } })).toBe(0);
    expect(await h.db.auditLog.count({ where: { targetId: user.id } })).toBe(0);
    expect(await h.db.storeApplication.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ status: "PENDING" });
  });

  it("removing STORE_OWNER twice changes nothing the second time; the list filters by the role", async () => {
    const a = await approvedStoreOwner(h.db);
    const admin = await callerAs(h.db, a.admin.id);
    expect((await admin.admin.user.list({ role: "STORE_OWNER", query: a.user.email })).items).toHaveLength(1);
    await admin.admin.user.setRole({ userId: a.user.id, role: "STORE_OWNER", granted: false });
    expect((await admin.admin.user.setRole({ userId: a.user.id, role: "STORE_OWNER", granted: false })).changed).toBe(false);
    await drainJobs(h.db);
    expect(await h.db.auditLog.count({ where: { targetId: a.user.id, action: "role.revoke" } })).toBe(1);
    expect(await h.db.emailOutbox.count({ where: { toEmail: a.user.email, template: "store-rights-removed" } })).toBe(1);
    expect((await admin.admin.user.list({ role: "STORE_OWNER", query: a.user.email })).items).toHaveLength(0);
  });
});
