import "server-only";
import { resolveAuthSecret } from "@atelier/auth";
import { deriveDownloadLinkKey } from "@atelier/core/downloads/token";
import { credentialKeyring, type CredentialKeyring } from "@atelier/core/integrations/credential-cipher";
import { dataDir } from "@atelier/db";
import { env } from "~/env";

const g = globalThis as unknown as { atelierAuthSecret?: string; atelierDownloadLinkKey?: Uint8Array; atelierCredentialKeys?: CredentialKeyring };

/** AUTH_SECRET, or (demo and development only) the secret generated once into the data dir. */
export function authSecret(): string {
  g.atelierAuthSecret ??= resolveAuthSecret(env.AUTH_SECRET, dataDir(env.ATELIER_DATA_DIR), {
    allowGenerated: env.NODE_ENV !== "production" || env.ATELIER_DEMO,
  });
  return g.atelierAuthSecret;
}

/** The key that signs digital-download links: derived from AUTH_SECRET for that one purpose. */
export function downloadLinkKey(): Uint8Array {
  g.atelierDownloadLinkKey ??= deriveDownloadLinkKey(authSecret());
  return g.atelierDownloadLinkKey;
}

/** The keys that seal stored integration credentials: CREDENTIALS_KEY (+ _PREVIOUS), else HKDF of AUTH_SECRET. */
export function credentialKeys(): CredentialKeyring {
  g.atelierCredentialKeys ??= credentialKeyring(env, authSecret);
  return g.atelierCredentialKeys;
}
