import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { BROKEN_CHARACTER_MESSAGE, CONTROL_CHARACTER_MESSAGE, LINE_BREAK_MESSAGE, idField, multilineText, textField } from "../../src/schemas/text.ts";
import { artworkFieldsSchema } from "../../src/schemas/artwork.ts";
import { signUpSchema } from "../../src/schemas/accounts.ts";

const messages = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe("textField", () => {
  const name = textField({ min: 1, minMessage: "Enter a name", max: 10 });

  it("trims and keeps ordinary text, accents and emoji", () => {
    expect(name.parse("  Ana  ")).toBe("Ana");
    expect(name.parse("Zoë 🎨")).toBe("Zoë 🎨");
  });

  it("refuses a NUL byte and other control characters with one clear message", () => {
    for (const bad of ["a\u0000b", "\u0000", "bell\u0007", "esc\u001b", "del\u007f"])
      expect(messages(name, bad), JSON.stringify(bad)).toEqual([CONTROL_CHARACTER_MESSAGE]);
  });

  it("refuses broken characters (unpaired surrogates), which PostgreSQL refuses in JSON", () => {
    expect(messages(name, "a\ud800b")).toEqual([BROKEN_CHARACTER_MESSAGE]);
    expect(messages(name, "\udc00")).toEqual([BROKEN_CHARACTER_MESSAGE]);
  });

  it("keeps single-line fields on one line, and multi-line text its line breaks and tabs", () => {
    expect(messages(name, "a\nb")).toEqual([LINE_BREAK_MESSAGE]);
    const bio = multilineText({ max: 100 });
    expect(bio.parse("First line\n\tindented\r\nlast ")).toBe("First line\n\tindented\r\nlast");
    expect(messages(bio, "a\u0000\nb")).toEqual([CONTROL_CHARACTER_MESSAGE]);
  });

  it("bounds the length with a readable default message, and chains like any string schema", () => {
    expect(messages(name, "x".repeat(100_000))).toEqual(["At most 10 characters"]);
    expect(messages(name, "   ")).toEqual(["Enter a name"]);
    expect(textField({ max: 254 }).email("Enter a valid email").safeParse("a@example.org").success).toBe(true);
    expect(idField().safeParse("cl0abc").success).toBe(true);
    expect(messages(idField(), "")).toEqual(["Required"]);
  });

  it("keeps a password exactly as typed", () => {
    expect(signUpSchema.parse({ name: "Ana", email: "ANA@example.org", password: "  spaced out  " }).password).toBe("  spaced out  ");
    expect(signUpSchema.safeParse({ name: "Ana", email: "ana@example.org", password: "pass\u0000word" }).success).toBe(false);
  });
});

describe("schemas use it", () => {
  it("an artwork title with a NUL is a field error on the title, not a database failure", () => {
    const r = artworkFieldsSchema.safeParse({
      title: "Dune\u0000",
      category: "PAINTING",
      medium: "Oil",
      width: "60",
      height: "80",
      unit: "CM",
      price: "100",
      currency: "EUR",
      kind: "ORIGINAL",
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["title", CONTROL_CHARACTER_MESSAGE]]);
  });

  it("the artwork form refuses input that is not an object without crashing in its cross-field check", () => {
    for (const bad of [null, 42, "x", []]) expect(artworkFieldsSchema.safeParse(bad).success).toBe(false);
  });
});
