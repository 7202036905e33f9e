import { describe, expect, it } from "vitest";
import { fixedSecurityHeaders, NON_DOCUMENT_CSP, pageCsp } from "../src/security-headers.ts";

const names = (production: boolean) => fixedSecurityHeaders(production).map((h) => h.key);

describe("security headers", () => {
  it("HSTS only in production; the rest always", () => {
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
    for (const p of [true, false])
      expect(names(p)).toEqual(expect.arrayContaining(["X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"]));
    expect(fixedSecurityHeaders(true).find((h) => h.key === "Permissions-Policy")?.value).toMatch(/camera=\(self\)/);
  });

  it("a page's CSP allows scripts only by nonce, never inline or eval in production, and nobody may frame it", () => {
    const csp = pageCsp("abc123", false);
    const script = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(script).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(pageCsp("abc123", true)).toContain("'unsafe-eval'");
    expect(NON_DOCUMENT_CSP).toMatch(/^default-src 'none';.*frame-ancestors 'none'/);
  });
});
