import crypto from "node:crypto";

/**
 * The signed statement a certificate's QR code carries, and its offline check. Only node:crypto: anyone
 * can verify a certificate with this file and the platform's public key (/.well-known/atelier-certificate-key),
 * no database and no network (scripts/verify-certificate.ts).
 *
 * Token: `ATC1.<payload>.<signature>`, both parts base64url; the payload is UTF-8 JSON (CertificateStatement),
 * the signature is Ed25519 over the ASCII bytes of `ATC1.<payload>` (the prefix binds the format version).
 */
export const TOKEN_PREFIX = "ATC1";

export interface CertificateStatement {
  /** the certificate's public serial (its page is /certificates/<serial>) */
  serial: string;
  /** 1 at issue, +1 per change of owner: a lower version than the certificate's current one is superseded */
  version: number;
  title: string;
  artist: string;
  /** n of N for an edition; null for a unique original */
  edition: { number: number; size: number } | null;
  /** the first sale's date (ISO 8601, UTC) */
  issuedAt: string;
  /** since when the owner named by `owner` holds it (ISO 8601) */
  ownedSince: string;
  /** sha256 of "<serial>:<owner's account id>", truncated: ties the statement to one owner without naming them */
  owner: string;
  /** the signing key's RFC 7638 JWK thumbprint */
  keyId: string;
}

export type TokenCheck =
  | { valid: true; statement: CertificateStatement }
  | { valid: false; reason: "malformed" | "bad_signature" | "unknown_key"; statement: CertificateStatement | null };

const b64url = (b: Buffer | string) => Buffer.from(b).toString("base64url");

/** The owner field: 22 base64url characters (132 bits) of sha256, so the same account reads differently on each certificate. */
export function ownerHash(serial: string, ownerUserId: string): string {
  return crypto.createHash("sha256").update(`${serial}:${ownerUserId}`).digest("base64url").slice(0, 22);
}

/** RFC 7638 thumbprint of an Ed25519 public key (the `kid` of its JWK). */
export function keyIdOf(publicKey: crypto.KeyObject): string {
  const { crv, kty, x } = publicKey.export({ format: "jwk" });
  return crypto.createHash("sha256").update(JSON.stringify({ crv, kty, x })).digest("base64url");
}

export function signStatement(statement: CertificateStatement, privateKey: crypto.KeyObject): string {
  const signed = `${TOKEN_PREFIX}.${b64url(JSON.stringify(statement))}`;
  return `${signed}.${crypto.sign(null, Buffer.from(signed, "ascii"), privateKey).toString("base64url")}`;
}

/** The token inside what a person pastes or scans: the bare token, or a verify URL carrying it (?c=…). */
export function extractToken(input: string): string {
  const text = input.trim();
  const match = /ATC1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/.exec(text);
  return match ? match[0] : text;
}

/** Reads the statement without checking it (null when it is not one). */
export function decodeStatement(token: string): CertificateStatement | null {
  const parts = extractToken(token).split(".");
  if (parts.length !== 3 || parts[0] !== TOKEN_PREFIX) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(parts[1]!, "base64url").toString("utf8"));
    return isStatement(value) ? value : null;
  } catch {
    return null;
  }
}

/** Checks the signature with the public key alone. A statement naming another key id fails as unknown_key. */
export function verifyToken(token: string, publicKey: crypto.KeyObject): TokenCheck {
  const parts = extractToken(token).split(".");
  const statement = decodeStatement(token);
  if (parts.length !== 3 || !statement) return { valid: false, reason: "malformed", statement };
  if (statement.keyId !== keyIdOf(publicKey)) return { valid: false, reason: "unknown_key", statement };
  // base64url must round-trip exactly, so a changed character in the signature can never decode to the same bytes
  const signature = Buffer.from(parts[2]!, "base64url");
  if (signature.length !== 64 || signature.toString("base64url") !== parts[2]) return { valid: false, reason: "bad_signature", statement };
  const ok = crypto.verify(null, Buffer.from(`${parts[0]}.${parts[1]}`, "ascii"), publicKey, signature);
  return ok ? { valid: true, statement } : { valid: false, reason: "bad_signature", statement };
}

function isStatement(v: unknown): v is CertificateStatement {
  if (typeof v !== "object" || v === null) return false;
  const s = v as Record<string, unknown>;
  const edition = s.edition as Record<string, unknown> | null | undefined;
  const editionOk = edition === null || (typeof edition === "object" && Number.isInteger(edition?.number) && Number.isInteger(edition?.size));
  return (
    typeof s.serial === "string" &&
    Number.isInteger(s.version) &&
    typeof s.title === "string" &&
    typeof s.artist === "string" &&
    editionOk &&
    typeof s.issuedAt === "string" &&
    typeof s.ownedSince === "string" &&
    typeof s.owner === "string" &&
    typeof s.keyId === "string"
  );
}
