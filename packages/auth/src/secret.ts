import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * AUTH_SECRET when set (required in production unless ATELIER_DEMO=1); otherwise a random secret created
 * once and kept in the local data directory, so the embedded default needs no configuration and
 * sessions survive restarts.
 */
export function resolveAuthSecret(configured: string | undefined, dataDir: string, opts: { allowGenerated: boolean } = { allowGenerated: true }): string {
  if (configured) return configured;
  if (!opts.allowGenerated) {
    throw new Error("AUTH_SECRET is not set: set AUTH_SECRET (openssl rand -base64 32) for a production start, or ATELIER_DEMO=1 for a demo");
  }
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
