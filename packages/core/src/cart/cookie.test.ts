import { describe, expect, it } from "vitest";
import { cartCookieHeader, cartKeyFromCookieHeader, newVisitorCartKey } from "./cookie.ts";

describe("the visitor cart cookie", () => {
  it("carries a random 32-character key, read back from a Cookie header among others", () => {
    const key = newVisitorCartKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newVisitorCartKey()).not.toBe(key);
    expect(cartKeyFromCookieHeader(`a=1; atelier_cart=${key}; b=2`)).toBe(key);
  });
  it("ignores anything we could not have issued", () => {
    expect(cartKeyFromCookieHeader("atelier_cart=short")).toBeNull();
    expect(cartKeyFromCookieHeader(`atelier_cart=${"x".repeat(31)}'`)).toBeNull();
    expect(cartKeyFromCookieHeader(null)).toBeNull();
  });
  it("is httpOnly and SameSite=Lax, Secure over https; null clears it", () => {
    expect(cartCookieHeader("k".repeat(32), true)).toBe(`atelier_cart=${"k".repeat(32)}; Max-Age=7776000; Path=/; HttpOnly; SameSite=Lax; Secure`);
    expect(cartCookieHeader(null, false)).toBe("atelier_cart=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax");
  });
});
