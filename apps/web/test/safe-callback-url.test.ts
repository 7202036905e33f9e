import { describe, expect, it } from "vitest";
import { safeCallbackUrl, signInHref } from "../src/lib/safe-callback-url.ts";

/** What a browser makes of a Location header value: its origin decides whether it leaves the site. */
const browserTarget = (location: string) => new URL(location, "https://atelier.example");

describe("safeCallbackUrl", () => {
  it("keeps same-site paths, with query and hash", () => {
    expect(safeCallbackUrl("/account?tab=tokens")).toBe("/account?tab=tokens");
    expect(safeCallbackUrl("/artworks/blue-hour#buy")).toBe("/artworks/blue-hour#buy");
    expect(safeCallbackUrl("/gallery?q=sea%20light")).toBe("/gallery?q=sea%20light");
  });

  it.each([
    ["an absolute URL", "https://evil.example"],
    ["a protocol-relative URL", "//evil.example"],
    ["a backslash after the slash", "/\\evil.example"],
    ["a backslash pair", "\\\\evil.example"],
    ["a tab between the slashes (the reported probe, %2F%09%2F)", "/\t/evil.example"],
    ["a newline between the slashes (%0A gave a 500)", "/\n/evil.example"],
    ["a carriage return", "/\r/evil.example"],
    ["a NUL byte", "/\u0000/evil.example"],
    ["a leading space", " //evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,hi"],
    ["a scheme-relative with credentials", "//user@evil.example"],
    ["http with a path", "http://evil.example/account"],
    ["a relative path without a slash", "account"],
    ["empty", ""],
    ["missing", undefined],
  ])("refuses %s", (_, value) => {
    expect(safeCallbackUrl(value)).toBe("/account");
  });

  it("decodes nothing itself: encoded slashes stay a path on this site", () => {
    for (const v of ["/%2F%2Fevil.example", "/%5Cevil.example", "/%09/evil.example", "/%0A/evil.example"]) {
      const out = safeCallbackUrl(v);
      expect(browserTarget(out).origin).toBe("https://atelier.example");
    }
  });

  it("the query string the sign-in page receives (already decoded once) is refused when it would leave the site", () => {
    for (const raw of ["%2F%09%2Fevil.example", "%2F%0A%2Fevil.example", "%2F%5Cevil.example", "%2F%2Fevil.example", "https%3A%2F%2Fevil.example"]) {
      const decoded = new URLSearchParams(`callbackUrl=${raw}`).get("callbackUrl");
      expect(safeCallbackUrl(decoded)).toBe("/account");
    }
  });

  it("accepts an absolute URL only on the given origin", () => {
    expect(safeCallbackUrl("http://localhost:3000/studio", "/account", "http://localhost:3000")).toBe("/studio");
    expect(safeCallbackUrl("http://localhost:3001/studio", "/account", "http://localhost:3000")).toBe("/account");
    expect(safeCallbackUrl("http://localhost:3000.evil.example/", "/account", "http://localhost:3000")).toBe("/account");
  });

  it("never returns anything a browser would send elsewhere", () => {
    const probes = ["/\t/evil.example", "/\\/evil.example", "//evil.example", "/./\\evil.example", "/ /evil.example", "/..//evil.example"];
    for (const p of probes) expect(browserTarget(safeCallbackUrl(p)).origin).toBe("https://atelier.example");
  });
});

describe("signInHref", () => {
  it("carries the current path back", () => {
    expect(signInHref("/sign-in", "/artworks/blue-hour?x=1")).toBe("/sign-in?callbackUrl=%2Fartworks%2Fblue-hour%3Fx%3D1");
  });
  it("leaves it off for the home page, the auth pages and unsafe values", () => {
    expect(signInHref("/sign-in", "/")).toBe("/sign-in");
    expect(signInHref("/sign-up", "/sign-in?callbackUrl=%2Fstudio")).toBe("/sign-up");
    expect(signInHref("/sign-in", "/reset-password?token=abc")).toBe("/sign-in");
    expect(signInHref("/sign-in", "//evil.example")).toBe("/sign-in");
    expect(signInHref("/sign-in", null)).toBe("/sign-in");
  });
});
