import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  CredentialDecryptError,
  credentialContext,
  credentialKeyring,
  decryptCredential,
  deriveCredentialKey,
  encryptCredential,
  keyringOf,
  parseCredentialKey,
  type SealedCredential,
} from "./credential-cipher.ts";

const keyA = crypto.randomBytes(32);
const keyB = crypto.randomBytes(32);
const ctx = credentialContext("user_1", "stripe-keys");
const secret = JSON.stringify({ secretKey: "sk_test_51Hxxxxxxxxxxxxxxxxxxxxxx4242" });

/** Flips one bit of a base64 field. */
function flip(sealed: SealedCredential, field: "iv" | "tag" | "ciphertext", bit: number): SealedCredential {
  const bytes = Buffer.from(sealed[field], "base64");
  bytes[Math.floor(bit / 8) % bytes.length]! ^= 1 << (bit % 8);
  return { ...sealed, [field]: bytes.toString("base64") };
}

describe("credential cipher", () => {
  it("round-trips, with a fresh IV each time and the key id stored", () => {
    const ring = keyringOf(keyA);
    const one = encryptCredential(ring, secret, ctx);
    const two = encryptCredential(ring, secret, ctx);
    expect(one.iv).not.toBe(two.iv);
    expect(one.ciphertext).not.toBe(two.ciphertext);
    expect(one.keyId).toBe(ring.current.id);
    expect(Buffer.from(one.iv, "base64")).toHaveLength(12);
    expect(Buffer.from(one.tag, "base64")).toHaveLength(16);
    expect(Buffer.from(one.ciphertext, "base64").toString("utf8")).not.toContain("sk_test");
    expect(decryptCredential(ring, one, ctx)).toBe(secret);
  });

  it("refuses any flipped bit in the ciphertext, the IV or the tag", () => {
    const ring = keyringOf(keyA);
    const sealed = encryptCredential(ring, secret, ctx);
    for (const field of ["ciphertext", "iv", "tag"] as const) {
      const bits = Buffer.from(sealed[field], "base64").length * 8;
      for (const bit of [0, 7, Math.floor(bits / 2), bits - 1]) {
        expect(() => decryptCredential(ring, flip(sealed, field, bit), ctx)).toThrow(CredentialDecryptError);
        expect(() => decryptCredential(ring, flip(sealed, field, bit), ctx)).toThrow(/integrity check/);
      }
    }
  });

  it("refuses a value sealed for another user's row", () => {
    const ring = keyringOf(keyA);
    const sealed = encryptCredential(ring, secret, ctx);
    expect(() => decryptCredential(ring, sealed, credentialContext("user_2", "stripe-keys"))).toThrow(/integrity check/);
  });

  it("refuses the wrong key: an unknown key id, and a right id with other key bytes", () => {
    const sealed = encryptCredential(keyringOf(keyA), secret, ctx);
    expect(() => decryptCredential(keyringOf(keyB), sealed, ctx)).toThrow(/neither CREDENTIALS_KEY nor CREDENTIALS_KEY_PREVIOUS/);
    const impostor = keyringOf(keyB);
    impostor.current.id = sealed.keyId;
    expect(() => decryptCredential(impostor, sealed, ctx)).toThrow(/integrity check/);
  });

  it("after a rotation the previous key still opens old values, and new ones use the current key", () => {
    const old = encryptCredential(keyringOf(keyA), secret, ctx);
    const rotated = keyringOf(keyB, keyA);
    expect(decryptCredential(rotated, old, ctx)).toBe(secret);
    expect(encryptCredential(rotated, secret, ctx).keyId).toBe(rotated.current.id);
    expect(rotated.current.id).not.toBe(old.keyId);
  });

  it("reads keys from the settings, and derives a labelled default from AUTH_SECRET", () => {
    const ring = credentialKeyring({ CREDENTIALS_KEY: keyB.toString("base64"), CREDENTIALS_KEY_PREVIOUS: keyA.toString("base64") }, () => "unused");
    expect(ring.current.key.equals(keyB)).toBe(true);
    expect(ring.previous?.key.equals(keyA)).toBe(true);
    const derived = credentialKeyring({}, () => "an-auth-secret-of-enough-length");
    expect(derived.current.key.equals(deriveCredentialKey("an-auth-secret-of-enough-length"))).toBe(true);
    expect(derived.current.key.equals(crypto.createHash("sha256").update("an-auth-secret-of-enough-length").digest())).toBe(false);
    expect(() => parseCredentialKey("c2hvcnQ=")).toThrow(/32 bytes/);
    expect(() => parseCredentialKey("not base64!")).toThrow(/base64/);
  });
});
