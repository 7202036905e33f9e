import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * AUTH_SECRET when set (required in production deployments); otherwise a random secret created
 * once and kept in the local data directory, so the embedded default needs no configuration and
 * sessions survive restarts.
 */
export function resolveAuthSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = path.join(dataDir, "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(dataDir, { recursive: true });
    const secret = crypto.randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim(); // another process won the race
    }
  }
}
