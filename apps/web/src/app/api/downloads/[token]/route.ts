import { serveDownload } from "@atelier/api";
import { db } from "~/server/db";
import { downloadLinkKey } from "~/server/download-links";
import { getStorage } from "~/server/storage";

export const runtime = "nodejs";

/** A digital download's clean file behind a signed, expiring link (packages/api/src/http/download.ts). */
export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return serveDownload(decodeURIComponent(token), { db, storage: getStorage(), linkKey: downloadLinkKey() });
}
