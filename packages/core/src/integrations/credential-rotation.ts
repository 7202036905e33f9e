import type { Db } from "@atelier/db";
import { credentialContext, decryptCredential, encryptCredential, needsRotation, type CredentialKeyring } from "./credential-cipher.ts";

export interface RotationDeps {
  db: Db;
  keyring: CredentialKeyring;
}

export interface RotationResult {
  /** rows re-encrypted under the current key */
  rotated: number;
  /** rows already under the current key */
  current: number;
  /** rows that did not open (tampered, or sealed with a key that is in neither setting): left as they were */
  failed: { id: string; reason: string }[];
}

/**
 * After setting a new CREDENTIALS_KEY and moving the old one to CREDENTIALS_KEY_PREVIOUS: re-encrypts every
 * credential not sealed with the current key. Each row is replaced only if it still holds what was read
 * (a conditional update on its key id and ciphertext), so a credential reconnected meanwhile is not overwritten.
 * Run it again any time: rows already current are skipped.
 */
export async function rotateCredentials(deps: RotationDeps): Promise<RotationResult> {
  const rows = await deps.db.integrationCredential.findMany({
    select: { id: true, userId: true, provider: true, keyId: true, iv: true, tag: true, ciphertext: true },
    orderBy: { id: "asc" },
  });
  const result: RotationResult = { rotated: 0, current: 0, failed: [] };
  for (const row of rows) {
    if (!needsRotation(deps.keyring, row)) {
      result.current++;
      continue;
    }
    const context = credentialContext(row.userId, row.provider);
    let plaintext: string;
    try {
      plaintext = decryptCredential(deps.keyring, row, context);
    } catch (e) {
      result.failed.push({ id: row.id, reason: (e as Error).message });
      continue;
    }
    const sealed = encryptCredential(deps.keyring, plaintext, context);
    const { count } = await deps.db.integrationCredential.updateMany({
      where: { id: row.id, keyId: row.keyId, ciphertext: row.ciphertext },
      data: sealed,
    });
    result.rotated += count;
  }
  return result;
}
