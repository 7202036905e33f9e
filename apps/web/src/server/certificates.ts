import { resolveCertificateKey, type CertificateKey } from "@atelier/core/certificates/signing-key";
import { dataDir } from "@atelier/db";
import { env } from "~/env";

const g = globalThis as unknown as { atelierCertificateKey?: CertificateKey };

/**
 * The platform's certificate signing key: CERTIFICATE_SIGNING_KEY (validated by the env schema), required for a
 * production start unless ATELIER_DEMO=1; otherwise generated once into `<data dir>/certificate-key.pem`.
 * Resolved when the job runtime starts (instrumentation.ts), so a production start without it stops at once.
 */
export function certificateKey(): CertificateKey {
  g.atelierCertificateKey ??= resolveCertificateKey(env.CERTIFICATE_SIGNING_KEY, dataDir(env.ATELIER_DATA_DIR), {
    allowGenerated: env.NODE_ENV !== "production" || env.ATELIER_DEMO,
  });
  return g.atelierCertificateKey;
}

/** Headers of the published public key (JWK set and PEM): cacheable, readable from any origin. */
export const PUBLIC_KEY_HEADERS = { "cache-control": "public, max-age=3600", "access-control-allow-origin": "*" };
