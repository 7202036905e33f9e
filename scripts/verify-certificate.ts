/**
 * Verify an Atelier certificate of authenticity offline: only the code from its QR and the platform's public key.
 *
 *   pnpm verify-certificate '<ATC1.… code, or the verify link from the QR>' --key atelier-certificate-key.pem
 *   pnpm verify-certificate '<code>' --key https://atelier.example/.well-known/atelier-certificate-key
 *
 * Fetch the key once (PEM at /.well-known/atelier-certificate-key.pem, or the JWK set at
 * /.well-known/atelier-certificate-key) and keep it; from then on no network is needed. The check is plain
 * Ed25519 (node:crypto) over the bytes `ATC1.<payload>`, in packages/core/src/certificates/statement.ts.
 * Exit code 0 = genuine, 1 = not genuine, 2 = usage. Whether a genuine code is still the *current* one (the
 * certificate may have changed hands since) only Atelier's record can say: /certificates/verify.
 */
import { verifyToken } from "@atelier/core/certificates/statement";
import crypto from "node:crypto";
import fs from "node:fs";

const args = process.argv.slice(2);
const keyAt = args.indexOf("--key");
const keySource = keyAt >= 0 ? args[keyAt + 1] : undefined;
const token = args.find((a, i) => i !== keyAt && i !== keyAt + 1);
if (!token || !keySource) {
  console.error("usage: pnpm verify-certificate <code or verify link> --key <public key file (PEM or JWK set) | URL>");
  process.exit(2);
}

async function loadPublicKey(source: string): Promise<crypto.KeyObject> {
  const text = /^https?:\/\//.test(source) ? await (await fetch(source)).text() : fs.readFileSync(source, "utf8");
  if (text.trimStart().startsWith("-----BEGIN")) return crypto.createPublicKey(text);
  const parsed = JSON.parse(text) as { keys?: crypto.JsonWebKey[] } & crypto.JsonWebKey;
  return crypto.createPublicKey({ key: parsed.keys?.[0] ?? parsed, format: "jwk" });
}

const result = verifyToken(token, await loadPublicKey(keySource));
if (result.valid) {
  const s = result.statement;
  const edition = s.edition ? `edition ${s.edition.number} of ${s.edition.size}` : "unique original";
  console.log(`GENUINE: ${s.serial} (version ${s.version}) — "${s.title}" by ${s.artist}, ${edition}, sold ${s.issuedAt.slice(0, 10)}`);
  console.log(`owner hash ${s.owner}, held since ${s.ownedSince.slice(0, 10)}; signed by key ${s.keyId}`);
  process.exit(0);
}
console.log(`NOT GENUINE (${result.reason})${result.statement ? `: claims to be ${result.statement.serial}` : ""}`);
process.exit(1);
