import sharp from "sharp";
import { sampleRoomSvg } from "./sample-room-drawings.ts";
import type { SampleRoomId } from "./sample-rooms.ts";

/**
 * The sample rooms as JPEG, drawn once per process and kept (drawing one takes about a second; each
 * is ~100 KB). `thumb` is 640 px wide for the room picker.
 */
const drawn = new Map<string, Promise<Uint8Array>>();

export function sampleRoomJpeg(id: SampleRoomId, size: "full" | "thumb" = "full"): Promise<Uint8Array> {
  const key = `${id}:${size}`;
  let p = drawn.get(key);
  if (!p) {
    p = (async () => {
      let img = sharp(Buffer.from(sampleRoomSvg(id)));
      if (size === "thumb") img = img.resize({ width: 640 });
      const out = await img.jpeg({ quality: size === "thumb" ? 80 : 88 }).toBuffer();
      return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    })();
    // a failure is not kept: the next request draws again
    p.catch(() => drawn.delete(key));
    drawn.set(key, p);
  }
  return p;
}
