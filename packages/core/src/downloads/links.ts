import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import type { Storage } from "../storage/index.ts";
import { downloadSelect, stillPaid } from "./entitlement.ts";
import { downloadIdOfToken, signDownloadToken, verifyDownloadToken } from "./token.ts";

export interface DownloadLinkDeps {
  db: Db;
  /** deriveDownloadLinkKey(AUTH_SECRET) */
  linkKey: Uint8Array;
  /** DOWNLOAD_LINK_TTL_SECONDS (default 24 h) */
  ttlSeconds: number;
  now?: () => Date;
}

export const DOWNLOAD_PATH = "/api/downloads/";

/**
 * A link to the clean file of the buyer's own download, valid for `ttlSeconds`. Another user's download (or an
 * unknown id) is NOT_FOUND; one whose order item was refunded is refused.
 */
export async function downloadLinkFor(deps: DownloadLinkDeps, userId: string, downloadId: string): Promise<{ url: string; expiresAt: Date }> {
  const row = await deps.db.digitalDownload.findFirst({ where: { id: downloadId, userId }, select: downloadSelect });
  if (!row) throw new AppError("NOT_FOUND", "Download not found.");
  if (!stillPaid(row.orderItem)) throw new AppError("PRECONDITION_FAILED", "This purchase was refunded, so its file can no longer be downloaded.");
  const now = deps.now?.() ?? new Date();
  const expiresAt = new Date(Math.floor(now.getTime() / 1000) * 1000 + deps.ttlSeconds * 1000);
  return { url: `${DOWNLOAD_PATH}${signDownloadToken(deps.linkKey, { downloadId: row.id, userId, expiresAt })}`, expiresAt };
}

export type OpenedDownload = { ok: true; bytes: Uint8Array; contentType: string; filename: string } | { ok: false; status: 403 | 404 | 410; message: string };

const refused = (status: 403 | 404 | 410, message: string): OpenedDownload => ({ ok: false, status, message });

/** "harbour-at-dawn.jpg" from the artwork's slug and the file's extension. */
const filenameOf = (slug: string, key: string) => `${slug.replace(/[^a-z0-9-]/g, "") || "artwork"}${key.slice(key.lastIndexOf("."))}`;

/**
 * What /api/downloads/<token> serves: the clean original (≤ 3000 px, as stored) only for a token that verifies for
 * its download's buyer, has not expired, and whose order item is still paid; each download is counted.
 */
export async function openDownload(deps: Omit<DownloadLinkDeps, "ttlSeconds"> & { storage: Storage }, token: string): Promise<OpenedDownload> {
  const downloadId = downloadIdOfToken(token);
  const tampered = refused(403, "This download link is not valid. Open your orders and use the Download button again.");
  if (!downloadId) return tampered;
  const row = await deps.db.digitalDownload.findUnique({ where: { id: downloadId }, select: downloadSelect });
  if (!row) return tampered;
  const now = deps.now?.() ?? new Date();
  const check = verifyDownloadToken(deps.linkKey, token, row.userId, now);
  if (!check.ok) {
    return check.reason === "expired" ? refused(410, "This download link has expired. Open your orders and press Download for a fresh link.") : tampered;
  }
  if (!stillPaid(row.orderItem)) return refused(403, "This purchase was refunded, so its file can no longer be downloaded.");
  const image = row.artwork.images[0];
  const file = image ? await deps.storage.get(image.originalKey) : null;
  if (!image || !file) return refused(404, "The file of this artwork is missing. Write to us and we will sort it out.");
  await deps.db.digitalDownload.update({ where: { id: row.id }, data: { downloadCount: { increment: 1 }, lastDownloadedAt: now } });
  return { ok: true, bytes: file.bytes, contentType: image.mimeType, filename: filenameOf(row.artwork.slug, image.originalKey) };
}
