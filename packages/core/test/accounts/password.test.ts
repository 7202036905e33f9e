import { describe, expect, it } from "vitest";
import { generateApiToken, hashApiToken, looksLikeApiToken } from "../../src/accounts/token-secret.ts";
import { hashPassword, verifyPassword } from "../../src/accounts/password.ts";
import { signUpSchema } from "../../src/schemas/accounts.ts";

describe("password hashing (scrypt)", () => {
  it("verifies the right password and rejects others", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
  });

  it("rejects malformed stored hashes instead of throwing", async () => {
    expect(await verifyPassword("x", "md5$abc")).toBe(false);
    expect(await verifyPassword("x", "")).toBe(false);
  });
});

describe("API tokens", () => {
  it("are well-formed, unique, and hashed deterministically", () => {
    const a = generateApiToken();
    const b = generateApiToken();
    expect(looksLikeApiToken(a.token)).toBe(true);
    expect(a.token).not.toBe(b.token);
    expect(a.token.startsWith(`atl_${a.prefix}_`)).toBe(true);
    expect(hashApiToken(a.token)).toBe(a.tokenHash);
    expect(a.tokenHash).not.toContain(a.token);
  });

  it("reject look-alikes", () => {
    expect(looksLikeApiToken("atl_short")).toBe(false);
    expect(looksLikeApiToken(`Bearer ${generateApiToken().token}`)).toBe(false);
  });
});

describe("sign-up schema", () => {
  it("normalises email case and whitespace", () => {
    expect(signUpSchema.parse({ name: " Ana ", email: " Ana@Example.ORG ", password: "12345678" })).toEqual({
      name: "Ana",
      email: "ana@example.org",
      password: "12345678",
    });
  });
});
