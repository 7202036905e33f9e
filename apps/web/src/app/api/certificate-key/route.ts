import { publishedKey } from "@atelier/core/certificates/signing-key";
import { certificateKey, PUBLIC_KEY_HEADERS } from "~/server/certificates";

/**
 * The platform's certificate public key as a JWK set (RFC 7517), served at /.well-known/atelier-certificate-key
 * through a rewrite in next.config.ts; the PEM is beside it (./pem). With it alone a certificate's QR payload
 * can be verified offline (scripts/verify-certificate.ts).
 */
export function GET() {
  return Response.json(publishedKey(certificateKey()).jwks, { headers: { ...PUBLIC_KEY_HEADERS, "content-type": "application/jwk-set+json" } });
}
