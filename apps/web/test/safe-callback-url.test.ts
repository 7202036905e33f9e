import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "../src/lib/safe-callback-url.ts";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackUrl("/account?tab=tokens")).toBe("/account?tab=tokens");
  });
  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined])("refuses %s", (v) => {
    expect(safeCallbackUrl(v)).toBe("/account");
  });
});
