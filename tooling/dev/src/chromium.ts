import { spawnSync } from "node:child_process";
import fs from "node:fs";

/** Debian's Chromium for Playwright (its own browser download is unavailable offline). */
export function ensureChromium(log: (l: string) => void): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error("Chromium is missing: install Debian's `chromium` package (sudo apt-get install chromium).");
  log("installing Chromium from Debian packages (one time)");
  const r = spawnSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null"], { stdio: "inherit" });
  if (r.status !== 0 || !fs.existsSync("/usr/bin/chromium")) throw new Error("Installing Chromium failed");
  return "/usr/bin/chromium";
}
