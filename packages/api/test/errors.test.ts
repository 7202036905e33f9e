import { AppError } from "@atelier/core/errors";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf, toTRPCError } from "../src/errors.ts";

describe("domain error mapping", () => {
  it("maps every AppError code to the tRPC code of the same name, keeping the message", () => {
    for (const code of ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "PRECONDITION_FAILED", "TOO_MANY_REQUESTS"] as const) {
      const mapped = toTRPCError(new AppError(code, `msg ${code}`));
      expect(mapped).toBeInstanceOf(TRPCError);
      expect((mapped as TRPCError).code).toBe(code);
      expect((mapped as TRPCError).message).toBe(`msg ${code}`);
    }
  });

  it("turns zod errors into BAD_REQUEST with field errors", () => {
    const r = z.object({ email: z.string().email("bad email") }).safeParse({ email: "x" });
    if (r.success) throw new Error("expected failure");
    expect((toTRPCError(r.error) as TRPCError).code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(r.error)).toEqual({ email: ["bad email"] });
  });

  it("passes unknown errors through untouched", () => {
    const e = new Error("boom");
    expect(toTRPCError(e)).toBe(e);
    expect(fieldErrorsOf(e)).toBeNull();
  });
});
