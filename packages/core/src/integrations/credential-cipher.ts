/**
 * Third-party credentials at rest: AES-256-GCM with a random 12-byte IV per encryption, the 16-byte auth
 * tag, and the id of the key that sealed it stored beside the ciphertext. The row's owner and provider are
 * bound in as additional authenticated data, so a sealed value copied onto another user's row does not open.
 *
 * Keys: CREDENTIALS_KEY (base64, 32 bytes) encrypts; CREDENTIALS_KEY_PREVIOUS still decrypts during a
 * rotation. Without CREDENTIALS_KEY the key is derived from AUTH_SECRET with HKDF-SHA-256 under its own
 * label, so a fresh install runs with no key to set (and the credentials are then only as safe as AUTH_SECRET).
 */
import crypto from "node:crypto";

const ALGORITHM = "aes-256-gcm";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
/** the HKDF label of the key derived from AUTH_SECRET: no other purpose derives the same bytes */
export const DERIVED_KEY_LABEL = "atelier/integration-credentials/aes-256-gcm/v1";

export interface CredentialKey {
  /** stored with each ciphertext: which key sealed it (a hash of the key, never the key) */
  id: string;
  key: Buffer;
}

export interface CredentialKeyring {
  current: CredentialKey;
  /** the key before the last rotation: still opens what it sealed, never seals */
  previous: CredentialKey | null;
}

export interface SealedCredential {
  keyId: string;
  /** base64 */
  iv: string;
  tag: string;
  ciphertext: string;
}

/** A sealed value that does not open: tampered with, sealed for another row, or sealed with a key we do not have. */
export class CredentialDecryptError extends Error {
  readonly reason: "tampered" | "unknown-key" | "malformed";
  constructor(reason: CredentialDecryptError["reason"], message: string) {
    super(message);
    this.name = "CredentialDecryptError";
    this.reason = reason;
  }
}

export const credentialKeyId = (key: Buffer): string =>
  `ck_${crypto.createHash("sha256").update("atelier credential key id\0").update(key).digest("hex").slice(0, 16)}`;

const keyOf = (key: Buffer): CredentialKey => ({ id: credentialKeyId(key), key });

/** A 32-byte key from its base64 text, or a message saying what is wrong (for the env schema). */
export function parseCredentialKey(base64: string, name = "CREDENTIALS_KEY"): Buffer {
  const text = base64.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) throw new Error(`${name} must be base64 (openssl rand -base64 32)`);
  const bytes = Buffer.from(text, "base64");
  if (bytes.length !== KEY_BYTES) throw new Error(`${name} must be 32 bytes in base64 (openssl rand -base64 32); it decodes to ${bytes.length}`);
  return bytes;
}

/** The embedded default: HKDF-SHA-256 of AUTH_SECRET under DERIVED_KEY_LABEL. */
export function deriveCredentialKey(authSecret: string): Buffer {
  if (authSecret.length < 16) throw new Error("The credential key needs AUTH_SECRET (at least 16 characters) or CREDENTIALS_KEY.");
  return Buffer.from(crypto.hkdfSync("sha256", authSecret, Buffer.alloc(0), DERIVED_KEY_LABEL, KEY_BYTES));
}

export interface CredentialKeySettings {
  CREDENTIALS_KEY?: string;
  CREDENTIALS_KEY_PREVIOUS?: string;
}

/** The keyring from the settings; `authSecret` is used only when CREDENTIALS_KEY is not set. */
export function credentialKeyring(settings: CredentialKeySettings, authSecret: () => string): CredentialKeyring {
  const current = settings.CREDENTIALS_KEY ? parseCredentialKey(settings.CREDENTIALS_KEY) : deriveCredentialKey(authSecret());
  const previous = settings.CREDENTIALS_KEY_PREVIOUS ? parseCredentialKey(settings.CREDENTIALS_KEY_PREVIOUS, "CREDENTIALS_KEY_PREVIOUS") : null;
  return { current: keyOf(current), previous: previous && !previous.equals(current) ? keyOf(previous) : null };
}

/** A keyring from raw keys (tests, scripts). */
export function keyringOf(current: Buffer, previous: Buffer | null = null): CredentialKeyring {
  return { current: keyOf(current), previous: previous ? keyOf(previous) : null };
}

/** What the sealed value is bound to: whose row, for which provider. */
export const credentialContext = (userId: string, provider: string) => `${userId}\0${provider}`;

export function encryptCredential(keyring: CredentialKeyring, plaintext: string, context: string): SealedCredential {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv(ALGORITHM, keyring.current.key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return { keyId: keyring.current.id, iv: iv.toString("base64"), tag: cipher.getAuthTag().toString("base64"), ciphertext: ciphertext.toString("base64") };
}

/** Opens a sealed value with whichever key of the ring sealed it; anything altered is refused, never returned as garbage. */
export function decryptCredential(keyring: CredentialKeyring, sealed: SealedCredential, context: string): string {
  const key = [keyring.current, keyring.previous].find((k) => k?.id === sealed.keyId);
  if (!key) {
    throw new CredentialDecryptError(
      "unknown-key",
      `This credential was encrypted with key ${sealed.keyId}, which is neither CREDENTIALS_KEY nor CREDENTIALS_KEY_PREVIOUS.`,
    );
  }
  const iv = Buffer.from(sealed.iv, "base64");
  const tag = Buffer.from(sealed.tag, "base64");
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new CredentialDecryptError("malformed", `This credential's IV or auth tag has the wrong length (${iv.length}/${tag.length} bytes).`);
  }
  try {
    const decipher = crypto.createDecipheriv(ALGORITHM, key.key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, "base64")), decipher.final()]).toString("utf8");
  } catch {
    throw new CredentialDecryptError("tampered", "This credential failed its integrity check (altered, or sealed for another account); it was not used.");
  }
}

/** Whether a sealed value needs re-encrypting under the current key. */
export const needsRotation = (keyring: CredentialKeyring, sealed: Pick<SealedCredential, "keyId">) => sealed.keyId !== keyring.current.id;
