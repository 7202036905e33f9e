import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveAuthSecret } from "../src/secret.ts";

describe("resolveAuthSecret", () => {
  it("a production start without AUTH_SECRET stops and says what to set", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-secret-"));
    expect(() => resolveAuthSecret(undefined, dir, { allowGenerated: false })).toThrow(/set AUTH_SECRET .* or ATELIER_DEMO=1/);
    expect(fs.existsSync(path.join(dir, "auth-secret"))).toBe(false);
  });
  it("a demo or development start generates one secret and keeps it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-secret-"));
    const first = resolveAuthSecret(undefined, dir, { allowGenerated: true });
    expect(first).toHaveLength(43);
    expect(resolveAuthSecret(undefined, dir, { allowGenerated: true })).toBe(first);
    expect(resolveAuthSecret("configured-secret", dir, { allowGenerated: false })).toBe("configured-secret");
  });
});
