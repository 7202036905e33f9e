import type { Db } from "@atelier/db";
import type { CertificateKey } from "./signing-key.ts";
import { decodeStatement, extractToken, verifyToken, type CertificateStatement } from "./statement.ts";

export type Verification =
  /** the signature is not the platform's (changed, made up, or signed by another key), or it is not a certificate at all */
  | { status: "invalid"; reason: "malformed" | "bad_signature" | "unknown_key"; statement: CertificateStatement | null }
  /** signed by us and the certificate's current version */
  | { status: "current"; statement: CertificateStatement; saleRefunded: boolean }
  /** signed by us, but the certificate has changed hands since: `currentOwnerSince` says when */
  | { status: "superseded"; statement: CertificateStatement; currentOwnerSince: Date; currentVersion: number }
  /** signed by us, yet no such certificate is on record (a database restored from an older backup) */
  | { status: "unknown"; statement: CertificateStatement };

/**
 * The verify page's check: the signature first (what anyone can do offline, statement.ts), then the record,
 * which only says whether this version is still the current one. Nothing about the owner is revealed.
 */
export async function verifyCertificate(db: Db, key: CertificateKey, input: string): Promise<Verification> {
  const token = extractToken(input);
  const check = verifyToken(token, key.publicKey);
  if (!check.valid) return { status: "invalid", reason: check.reason, statement: check.statement ?? decodeStatement(token) };
  const { statement } = check;
  const c = await db.certificate.findUnique({
    where: { serial: statement.serial },
    select: {
      version: true,
      ownedSince: true,
      transfers: { where: { kind: { in: ["ISSUED", "SALE"] } }, orderBy: { version: "desc" }, take: 1, select: { orderItem: { select: { status: true } } } },
    },
  });
  if (!c) return { status: "unknown", statement };
  if (statement.version < c.version) return { status: "superseded", statement, currentOwnerSince: c.ownedSince, currentVersion: c.version };
  return { status: "current", statement, saleRefunded: c.transfers[0]?.orderItem?.status === "REFUNDED" };
}
