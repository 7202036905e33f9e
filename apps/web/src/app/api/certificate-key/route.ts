import { publishedKey } from "@atelier/core/certificates/signing-key";
import { certificateKey } from "~/server/certificates";

/**
 * The platform's certificate public key, served at /.well-known/atelier-certificate-key (a JWK set, RFC 7517)
 * and /.well-known/atelier-certificate-key.pem (SPKI PEM) through rewrites in next.config.ts. With it alone a
 * certificate's QR payload can be verified offline (scripts/verify-certificate.ts).
 */
export function GET(request: Request) {
  const { jwks, pem } = publishedKey(certificateKey());
  const headers = { "cache-control": "public, max-age=3600", "access-control-allow-origin": "*" };
  if (new URL(request.url).searchParams.get("format") === "pem") {
    return new Response(pem, { headers: { ...headers, "content-type": "application/x-pem-file; charset=utf-8" } });
  }
  return Response.json(jwks, { headers: { ...headers, "content-type": "application/jwk-set+json" } });
}
