import { publishedKey } from "@atelier/core/certificates/signing-key";
import { certificateKey, PUBLIC_KEY_HEADERS } from "~/server/certificates";

/** The certificate public key as SPKI PEM, at /.well-known/atelier-certificate-key.pem (rewrite in next.config.ts). */
export function GET() {
  return new Response(publishedKey(certificateKey()).pem, { headers: { ...PUBLIC_KEY_HEADERS, "content-type": "application/x-pem-file; charset=utf-8" } });
}
