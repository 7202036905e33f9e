import { isPublicMediaKey } from "@atelier/core/storage";
import { getStorage } from "~/server/storage";

/**
 * Stored public media by key. Keys are never reused (each upload gets a fresh prefix), so responses are
 * immutable. Keys in the private space (buyers' room photos) are 404 here, whoever asks.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  if (!isPublicMediaKey(key)) return notFound();
  const obj = await getStorage().get(key);
  if (!obj) return notFound();
  return new Response(obj.bytes as BodyInit, {
    headers: {
      "content-type": obj.contentType,
      "content-length": String(obj.bytes.byteLength),
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}

function notFound() {
  return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
