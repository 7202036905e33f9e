import { describe, expect, it } from "vitest";
import { isPublicMediaKey, PRIVATE_KEY_PREFIX } from "../storage/keys.ts";

describe("the private key space", () => {
  it("is never public media: /media refuses buyers' room photos and previews, whoever asks", () => {
    expect(isPublicMediaKey("artworks/abc/0123/w640.webp")).toBe(true);
    expect(isPublicMediaKey(`${PRIVATE_KEY_PREFIX}rooms/user1/abcdef/original.jpg`)).toBe(false);
    expect(isPublicMediaKey(`${PRIVATE_KEY_PREFIX}rooms/user1/abcdef/previews/1234.jpg`)).toBe(false);
    expect(isPublicMediaKey("private")).toBe(true); // a key named "private" is not under the prefix (and names no file of ours)
    expect(isPublicMediaKey("../private/rooms/x.jpg")).toBe(false);
  });
});
