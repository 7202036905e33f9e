import { describe, expect, it } from "vitest";
import { newOrderNumber } from "./number.ts";

describe("order numbers", () => {
  it("are AT- and 8 unambiguous symbols", () => {
    for (let i = 0; i < 200; i++) expect(newOrderNumber()).toMatch(/^AT-[0-9A-HJKMNP-TV-Z]{8}$/);
  });
  it("come from the random source", () => {
    expect(newOrderNumber(() => Buffer.from([0, 1, 2, 31, 32, 33, 255, 10]))).toBe("AT-012Z01ZA");
  });
});
