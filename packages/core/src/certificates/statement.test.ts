import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCertificateKey, publishedKey, resolveCertificateKey } from "./signing-key.ts";
import { decodeStatement, extractToken, keyIdOf, ownerHash, signStatement, verifyToken, type CertificateStatement } from "./statement.ts";

const pem = () => crypto.generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString();
const key = parseCertificateKey(pem());
const statement: CertificateStatement = {
  serial: "C-7K3F9QX2AB",
  version: 1,
  title: "Indigo Hour — Ørsted's sea",
  artist: "Mara Quinn",
  edition: { number: 2, size: 10 },
  issuedAt: "2026-12-02T10:00:00.000Z",
  ownedSince: "2026-12-02T10:00:00.000Z",
  owner: ownerHash("C-7K3F9QX2AB", "user_1"),
  keyId: key.keyId,
};

/** the token with one character at `index` of part `part` (1 payload, 2 signature) replaced by another base64url character */
function flip(token: string, part: 1 | 2, index: number): string {
  const parts = token.split(".");
  const chars = [...parts[part]!];
  chars[index] = chars[index] === "A" ? "B" : "A";
  parts[part] = chars.join("");
  return parts.join(".");
}

describe("certificate statements", () => {
  it("verifies what was signed, with the public key alone (also the PEM and the JWK as published)", () => {
    const token = signStatement(statement, key.privateKey);
    expect(verifyToken(token, key.publicKey)).toEqual({ valid: true, statement });
    const { jwks, pem: publicPem } = publishedKey(key);
    expect(verifyToken(token, crypto.createPublicKey(publicPem)).valid).toBe(true);
    expect(verifyToken(token, crypto.createPublicKey({ key: jwks.keys[0]!, format: "jwk" })).valid).toBe(true);
    expect(jwks.keys[0]).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA", kid: key.keyId });
    expect(jwks.keys[0]).not.toHaveProperty("d");
  });

  it("fails when any byte of the payload or the signature changes", () => {
    const token = signStatement(statement, key.privateKey);
    const [, payload, signature] = token.split(".") as [string, string, string];
    for (const i of [0, 7, Math.floor(payload.length / 2), payload.length - 2]) {
      expect(verifyToken(flip(token, 1, i), key.publicKey).valid, `payload char ${i}`).toBe(false);
    }
    for (let i = 0; i < signature.length; i++) expect(verifyToken(flip(token, 2, i), key.publicKey).valid, `signature char ${i}`).toBe(false);
    // a statement edited in clear (another edition number) and re-encoded keeps the old signature: refused
    const edited = Buffer.from(JSON.stringify({ ...statement, edition: { number: 1, size: 10 } })).toString("base64url");
    expect(verifyToken(`ATC1.${edited}.${signature}`, key.publicKey)).toMatchObject({ valid: false, reason: "bad_signature" });
  });

  it("refuses another key: a token signed by someone else, even naming our key id", () => {
    const other = parseCertificateKey(pem());
    const forged = signStatement(statement, other.privateKey); // claims our keyId
    expect(verifyToken(forged, key.publicKey)).toMatchObject({ valid: false, reason: "bad_signature" });
    const own = signStatement({ ...statement, keyId: other.keyId }, other.privateKey);
    expect(verifyToken(own, key.publicKey)).toMatchObject({ valid: false, reason: "unknown_key" });
  });

  it("reads a token out of a verify link and says malformed for anything else", () => {
    const token = signStatement(statement, key.privateKey);
    expect(extractToken(`https://atelier.example/certificates/verify?c=${token}`)).toBe(token);
    expect(verifyToken(`  https://atelier.example/certificates/verify?c=${token}\n`, key.publicKey).valid).toBe(true);
    expect(verifyToken("hello", key.publicKey)).toMatchObject({ valid: false, reason: "malformed" });
    expect(verifyToken("ATC1.e30.AAAA", key.publicKey)).toMatchObject({ valid: false, reason: "malformed" });
    expect(decodeStatement(token)).toEqual(statement);
  });

  it("hashes the owner per certificate, and derives the key id from the public key", () => {
    expect(ownerHash("C-1", "u")).not.toBe(ownerHash("C-2", "u"));
    expect(ownerHash("C-1", "u")).toHaveLength(22);
    expect(keyIdOf(key.publicKey)).toBe(key.keyId);
  });
});

describe("the signing key setting", () => {
  it("accepts PEM (also with \\n escapes) and base64 DER, and refuses other keys with a message naming the setting", () => {
    const p = pem();
    const der = crypto.createPrivateKey(p).export({ format: "der", type: "pkcs8" }).toString("base64");
    expect(parseCertificateKey(p.replace(/\n/g, "\\n")).keyId).toBe(parseCertificateKey(p).keyId);
    expect(parseCertificateKey(der).keyId).toBe(parseCertificateKey(p).keyId);
    expect(() => parseCertificateKey("nonsense")).toThrow(/CERTIFICATE_SIGNING_KEY/);
    const rsa = crypto.generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    expect(() => parseCertificateKey(rsa)).toThrow(/CERTIFICATE_SIGNING_KEY must be an Ed25519 key/);
  });

  it("generates a key once into the data dir, and refuses to without the setting when generation is not allowed", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-cert-key-"));
    expect(() => resolveCertificateKey(undefined, dir, { allowGenerated: false })).toThrow(/CERTIFICATE_SIGNING_KEY is not set/);
    const first = resolveCertificateKey(undefined, dir);
    expect(resolveCertificateKey(undefined, dir).keyId).toBe(first.keyId);
    expect(fs.statSync(path.join(dir, "certificate-key.pem")).mode & 0o777).toBe(0o600);
    const p = pem();
    expect(resolveCertificateKey(p, dir, { allowGenerated: false }).keyId).toBe(parseCertificateKey(p).keyId);
  });
});
