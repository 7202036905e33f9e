import { grantDigitalDownload } from "@atelier/core/downloads/entitlement";
import { downloadLinkFor } from "@atelier/core/downloads/links";
import { deriveDownloadLinkKey } from "@atelier/core/downloads/token";
import { addArtworkImage } from "@atelier/core/images/artwork-images";
import { watermarkedPreview } from "@atelier/core/mockups/watermark";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { serveDownload } from "../../src/http/download.ts";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { outcomeOf } from "../orders/helpers.ts";
import { makeArtist, makeArtwork, paidOrder } from "../orders/fixtures.ts";
import { tempStorage } from "../wall/world.ts";

/** Digital downloads: the entitlement, signed expiring links, and the route that serves the clean file — or refuses. */
const h = useTestDatabase();
const { storage } = tempStorage();
const linkKey = deriveDownloadLinkKey("a-test-auth-secret-of-plenty-length");
let clock = new Date("2026-07-01T10:00:00Z");
const now = () => clock;
const deps = () => ({ db: h.db, linkKey, ttlSeconds: 86_400, now, storage });
const tokenOf = (url: string) => url.slice("/api/downloads/".length);

async function boughtDownload() {
  const artist = await makeArtist(h.db);
  const artwork = await makeArtwork(h.db, artist);
  const png = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#3b6e8f" } })
    .composite([
      { input: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200"><circle cx="800" cy="600" r="400" fill="#f2c14e"/></svg>`) },
    ])
    .png()
    .toBuffer();
  await addArtworkImage({ db: h.db, storage }, { userId: artist.id, artworkId: artwork.id, bytes: new Uint8Array(png) });
  const buyer = await makeUser(h.db);
  const order = await paidOrder(h.db, { buyerId: buyer.id, items: [{ artwork, sellerId: artist.id }] });
  const item = order.items[0]!;
  const download = await h.db.$transaction((tx) => grantDigitalDownload(tx, { orderItemId: item.id }));
  return { artist, artwork, buyer, order, item, download };
}

describe("digital downloads", () => {
  it("a granted download gives its buyer a 24-hour link to the clean original, served as an attachment and counted", async () => {
    const { buyer, download, item, artwork } = await boughtDownload();
    expect(download).toMatchObject({ orderItemId: item.id, userId: buyer.id, artworkId: artwork.id, downloadCount: 0 });
    // granting twice keeps the one entitlement
    expect((await grantDigitalDownload(h.db, { orderItemId: item.id })).id).toBe(download.id);

    const link = await downloadLinkFor(deps(), buyer.id, download.id);
    expect(link.url).toMatch(/^\/api\/downloads\/[a-z0-9]+\.\d+\.[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt).toEqual(new Date(clock.getTime() + 86_400_000));

    const res = await serveDownload(tokenOf(link.url), deps());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${artwork.slug}.png"`);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const bytes = new Uint8Array(await res.arrayBuffer());
    const image = await h.db.artworkImage.findFirstOrThrow({ where: { artworkId: artwork.id } });
    expect(Buffer.from(bytes).equals(Buffer.from((await storage.get(image.originalKey))!.bytes))).toBe(true);
    expect(await sharp(bytes).metadata()).toMatchObject({ width: 1600, height: 1200 });
    expect(await h.db.digitalDownload.findUniqueOrThrow({ where: { id: download.id } })).toMatchObject({ downloadCount: 1, lastDownloadedAt: clock });
  });

  it("a tampered link is refused (403), an expired one is gone (410), each with a page that says what to do", async () => {
    const { buyer, download } = await boughtDownload();
    const token = tokenOf((await downloadLinkFor(deps(), buyer.id, download.id)).url);
    const [id, expiry, signature] = token.split(".") as [string, string, string];
    const flipped = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    for (const bad of [
      `${id}.${Number(expiry) + 3600}.${signature}`,
      `${id}.${expiry}.${flipped}`,
      `${id}.${expiry}`,
      "not-a-token",
      `${id}x.${expiry}.${signature}`,
    ]) {
      const res = await serveDownload(bad, deps());
      expect(res.status, bad).toBe(403);
      expect(await res.text()).toContain("This download link is not valid");
    }
    // one second before the expiry it still works; at the expiry it does not
    clock = new Date(Number(expiry) * 1000 - 1000);
    expect((await serveDownload(token, deps())).status).toBe(200);
    clock = new Date(Number(expiry) * 1000);
    const expired = await serveDownload(token, deps());
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("press Download for a fresh link");
    clock = new Date("2026-07-01T10:00:00Z");
  });

  it("a link signed with another key, or for another buyer's download, never opens a file", async () => {
    const { buyer, download } = await boughtDownload();
    const other = await boughtDownload();
    const foreign = tokenOf(
      (await downloadLinkFor({ ...deps(), linkKey: deriveDownloadLinkKey("some-other-secret-entirely-0000") }, buyer.id, download.id)).url,
    );
    expect((await serveDownload(foreign, deps())).status).toBe(403);
    // the buyer's valid signature moved onto the other buyer's download id
    const [, expiry, signature] = tokenOf((await downloadLinkFor(deps(), buyer.id, download.id)).url).split(".");
    expect((await serveDownload(`${other.download.id}.${expiry}.${signature}`, deps())).status).toBe(403);
    // and asking for a link to someone else's download is NOT_FOUND, through the domain and through the API
    await expect(downloadLinkFor(deps(), buyer.id, other.download.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const caller = await callerAs(h.db, buyer.id);
    expect((await outcomeOf(caller.download.link({ downloadId: other.download.id }))).code).toBe("NOT_FOUND");
    expect(await caller.download.mine()).toMatchObject({ linkTtlSeconds: 86_400, downloads: [{ id: download.id, entitled: true }] });
    expect((await caller.download.link({ downloadId: download.id })).url).toMatch(/^\/api\/downloads\//);
  });

  it("once the item is refunded, no new link is given and an earlier link stops working", async () => {
    const { buyer, download, item } = await boughtDownload();
    const token = tokenOf((await downloadLinkFor(deps(), buyer.id, download.id)).url);
    await h.db.orderItem.update({ where: { id: item.id }, data: { status: "REFUNDED", refundedAmount: item.subtotalAmount } });
    const res = await serveDownload(token, deps());
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("refunded");
    await expect(downloadLinkFor(deps(), buyer.id, download.id)).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect((await callerAs(h.db, buyer.id).then((c) => c.download.mine())).downloads[0]).toMatchObject({ id: download.id, entitled: false });
    expect(await h.db.digitalDownload.findUniqueOrThrow({ where: { id: download.id } })).toMatchObject({ downloadCount: 0 });
  });

  it("an unpaid order item cannot be granted", async () => {
    const { item } = await boughtDownload();
    await h.db.orderItem.update({ where: { id: item.id }, data: { status: "RESERVED" } });
    await h.db.digitalDownload.deleteMany({ where: { orderItemId: item.id } });
    await expect(grantDigitalDownload(h.db, { orderItemId: item.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect(await h.db.digitalDownload.count({ where: { orderItemId: item.id } })).toBe(0);
  });

  it("the watermarked preview is visibly not the clean file, and smaller", async () => {
    const { artwork } = await boughtDownload();
    const image = await h.db.artworkImage.findFirstOrThrow({ where: { artworkId: artwork.id } });
    const clean = (await storage.get(image.originalKey))!.bytes;
    const preview = await watermarkedPreview(clean);
    const meta = await sharp(preview).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBe(1200);
    // compare at the same size: the watermark changes a good share of pixels by a visible amount
    const a = await sharp(clean).resize(meta.width, meta.height).removeAlpha().raw().toBuffer();
    const b = await sharp(preview).removeAlpha().raw().toBuffer();
    let changed = 0;
    for (let i = 0; i < a.length; i += 3) if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 40) changed++;
    expect(changed / (a.length / 3)).toBeGreaterThan(0.05);
  });
});
