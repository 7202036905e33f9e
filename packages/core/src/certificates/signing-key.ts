import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { keyIdOf } from "./statement.ts";

/** The platform's Ed25519 certificate key: the private half signs, the public half is published. */
export interface CertificateKey {
  privateKey: crypto.KeyObject;
  publicKey: crypto.KeyObject;
  keyId: string;
}

export const GENERATED_KEY_FILE = "certificate-key.pem";

/**
 * Parses CERTIFICATE_SIGNING_KEY: an Ed25519 private key as PKCS#8 PEM (real newlines or `\n` escapes, as
 * env files carry them) or as base64 of the PKCS#8 DER. Throws a message naming the setting otherwise.
 */
export function parseCertificateKey(value: string): CertificateKey {
  const text = value.trim().replace(/\\n/g, "\n");
  let privateKey: crypto.KeyObject;
  try {
    privateKey = text.startsWith("-----BEGIN")
      ? crypto.createPrivateKey({ key: text, format: "pem" })
      : crypto.createPrivateKey({ key: Buffer.from(text, "base64"), format: "der", type: "pkcs8" });
  } catch {
    throw new Error("CERTIFICATE_SIGNING_KEY must be an Ed25519 private key (PKCS#8 PEM, or its DER in base64): openssl genpkey -algorithm ed25519");
  }
  if (privateKey.asymmetricKeyType !== "ed25519") {
    throw new Error(`CERTIFICATE_SIGNING_KEY must be an Ed25519 key, not ${privateKey.asymmetricKeyType ?? "a symmetric key"}`);
  }
  const publicKey = crypto.createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

/**
 * CERTIFICATE_SIGNING_KEY when set (required in production unless ATELIER_DEMO=1); otherwise a key generated
 * once into the data directory (`<data dir>/certificate-key.pem`, mode 0600), like the generated AUTH_SECRET,
 * so certificates issued by a local install keep verifying across restarts.
 */
export function resolveCertificateKey(
  configured: string | undefined,
  dataDir: string,
  opts: { allowGenerated: boolean } = { allowGenerated: true },
): CertificateKey {
  if (configured) return parseCertificateKey(configured);
  if (!opts.allowGenerated) {
    throw new Error(
      "CERTIFICATE_SIGNING_KEY is not set: set it to an Ed25519 private key (openssl genpkey -algorithm ed25519) for a production start, or ATELIER_DEMO=1 for a demo",
    );
  }
  const file = path.join(dataDir, GENERATED_KEY_FILE);
  try {
    return parseCertificateKey(fs.readFileSync(file, "utf8"));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const pem = crypto.generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString();
  try {
    fs.writeFileSync(file, pem, { flag: "wx", mode: 0o600 });
    return parseCertificateKey(pem);
  } catch {
    return parseCertificateKey(fs.readFileSync(file, "utf8")); // another process won the race
  }
}

/** The public key as published at /.well-known/atelier-certificate-key: a JWK set and the PEM. */
export function publishedKey(key: CertificateKey) {
  const jwk = { ...key.publicKey.export({ format: "jwk" }), kid: key.keyId, alg: "EdDSA", use: "sig" };
  return { jwks: { keys: [jwk] }, pem: key.publicKey.export({ format: "pem", type: "spki" }).toString() };
}
