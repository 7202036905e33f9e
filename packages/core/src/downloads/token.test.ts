import { describe, expect, it } from "vitest";
import { deriveDownloadLinkKey, downloadIdOfToken, signDownloadToken, verifyDownloadToken } from "./token.ts";

const key = deriveDownloadLinkKey("unit-test-auth-secret-0123456789");
const now = new Date("2026-07-01T10:00:00Z");
const claims = { downloadId: "cm0download00000000001", userId: "buyer-1", expiresAt: new Date(now.getTime() + 3_600_000) };

describe("download link tokens", () => {
  it("a token verifies for its buyer until its expiry, to the second", () => {
    const token = signDownloadToken(key, claims);
    expect(downloadIdOfToken(token)).toBe(claims.downloadId);
    expect(verifyDownloadToken(key, token, "buyer-1", now)).toEqual({ ok: true, downloadId: claims.downloadId, expiresAt: claims.expiresAt });
    expect(verifyDownloadToken(key, token, "buyer-1", new Date(claims.expiresAt.getTime() - 1))).toMatchObject({ ok: true });
    expect(verifyDownloadToken(key, token, "buyer-1", claims.expiresAt)).toEqual({ ok: false, reason: "expired", downloadId: claims.downloadId });
  });

  it("any change to id, expiry or signature, another buyer or another key fails the signature", () => {
    const token = signDownloadToken(key, claims);
    const [id, expiry, sig] = token.split(".") as [string, string, string];
    const bad = (t: string, user = "buyer-1", k = key) => verifyDownloadToken(k, t, user, now);
    expect(bad(`${id}.${Number(expiry) + 1}.${sig}`)).toMatchObject({ ok: false, reason: "bad-signature" });
    expect(bad(`${id.slice(0, -1)}2.${expiry}.${sig}`)).toMatchObject({ ok: false, reason: "bad-signature" });
    expect(bad(`${id}.${expiry}.${sig.slice(0, -1)}${sig.endsWith("A") ? "B" : "A"}`)).toMatchObject({ ok: false, reason: "bad-signature" });
    expect(bad(token, "buyer-2")).toMatchObject({ ok: false, reason: "bad-signature" });
    expect(bad(token, "buyer-1", deriveDownloadLinkKey("another-secret-of-enough-length"))).toMatchObject({ ok: false, reason: "bad-signature" });
  });

  it("malformed tokens are told apart from forged ones, and never throw", () => {
    for (const t of [
      "",
      "a.b",
      "a.b.c.d",
      "UPPER.123.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "id.12x.sig",
      `${"a".repeat(65)}.1.${"x".repeat(43)}`,
      "id.1.short",
    ]) {
      expect(verifyDownloadToken(key, t, "buyer-1", now)).toEqual({ ok: false, reason: "malformed", downloadId: null });
    }
  });

  it("the key is the secret's own for this purpose, and a short secret is refused", () => {
    expect(Buffer.from(deriveDownloadLinkKey("unit-test-auth-secret-0123456789")).equals(Buffer.from(key))).toBe(true);
    expect(Buffer.from(deriveDownloadLinkKey("unit-test-auth-secret-0123456780")).equals(Buffer.from(key))).toBe(false);
    expect(() => deriveDownloadLinkKey("short")).toThrow(/AUTH_SECRET/);
  });
});
