import type { Db } from "@atelier/db";
import type { CertificateKey } from "./signing-key.ts";
import { ownerHash, signStatement, type CertificateStatement } from "./statement.ts";

export interface CertificateDeps {
  db: Db;
  /** the platform's signing key (resolved once at start-up) */
  certificateKey: CertificateKey;
  now: () => Date;
}

export interface SignedVersion {
  payload: string;
  signature: string;
  /** the whole token `ATC1.<payload>.<signature>` (what the QR code carries) */
  token: string;
}

/** Signs one version of a certificate for its owner. `payload`/`signature` are stored; `token` is the two joined. */
export function signVersion(
  key: CertificateKey,
  c: {
    serial: string;
    version: number;
    title: string;
    artist: string;
    editionNumber: number;
    editionSize: number | null;
    issuedAt: Date;
    ownedSince: Date;
    ownerUserId: string;
  },
): SignedVersion {
  const statement: CertificateStatement = {
    serial: c.serial,
    version: c.version,
    title: c.title,
    artist: c.artist,
    edition: c.editionSize === null ? null : { number: c.editionNumber, size: c.editionSize },
    issuedAt: c.issuedAt.toISOString(),
    ownedSince: c.ownedSince.toISOString(),
    owner: ownerHash(c.serial, c.ownerUserId),
    keyId: key.keyId,
  };
  const token = signStatement(statement, key.privateKey);
  const [prefix, payload, signature] = token.split(".") as [string, string, string];
  return { payload: `${prefix}.${payload}`, signature, token };
}

/** The stored parts back into the token. */
export function tokenOf(c: { payload: string; signature: string }): string {
  return `${c.payload}.${c.signature}`;
}
