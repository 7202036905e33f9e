import { TRPCError } from "@trpc/server";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "@atelier/core/errors";
import { localStorage } from "@atelier/core/storage";
import { z } from "zod";
import { appRouter } from "../../src/index.ts";
import { fieldErrorsOf } from "../../src/errors.ts";
import { callerAs, useTestDatabase } from "../harness.ts";
import { hostileInputs } from "./hostile-values.ts";
import { deriveInput } from "./schema-inputs.ts";
import { buildFuzzWorld } from "./world.ts";

/**
 * Every procedure with an input, called with hostile inputs derived from its own schema, as an
 * admin-and-artist and as a visitor: every answer is a 4xx (or a success), never a 500, and input
 * validation names the field.
 */
const h = useTestDatabase();
const ALLOWED = new Set(["BAD_REQUEST", "NOT_FOUND", "FORBIDDEN", "UNAUTHORIZED", "CONFLICT", "PRECONDITION_FAILED", "TOO_MANY_REQUESTS"]);

type Proc = { _def: { inputs: unknown[]; type: string } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Proc>).filter(([, p]) => p._def.inputs.length > 0);

let world: Awaited<ReturnType<typeof buildFuzzWorld>>;
let mediaDir: string;
beforeAll(async () => {
  world = await buildFuzzWorld(h.db);
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-fuzz-media-"));
});
afterAll(() => fs.rmSync(mediaDir, { recursive: true, force: true }));

interface Finding {
  procedure: string;
  persona: string;
  label: string;
  problem: string;
}

function describeOutcome(e: unknown, wholeInput: boolean): string | null {
  if (!(e instanceof TRPCError)) return `threw a non-tRPC error: ${String(e)}`;
  if (!ALLOWED.has(e.code)) {
    const cause = e.cause instanceof Error ? `${e.cause.name}: ${e.cause.message}` : String(e.cause);
    return `${e.code}: ${cause.replace(/\s+/g, " ").slice(0, 240)}`;
  }
  // input validation names the field; a domain refusal (an AppError) may speak of the request as a whole
  if (e.code === "BAD_REQUEST" && !isAppError(e.cause)) {
    if (!(e.cause instanceof z.ZodError)) return `BAD_REQUEST from a crash, not validation: ${String(e.cause)}`;
    const fields = Object.keys(fieldErrorsOf(e.cause) ?? {});
    if (fields.length === 0 || (!wholeInput && fields.every((f) => f === "_form"))) return `BAD_REQUEST names no field: ${e.message}`;
  }
  return null;
}

describe("hostile inputs to every procedure", () => {
  it("derives a valid input for every procedure that takes one, so hostile fields reach its code", () => {
    expect(procedures.length).toBeGreaterThan(40);
    const invalid = procedures.filter(
      ([name, p]) => !(p._def.inputs[0] as z.ZodType).safeParse(deriveInput(p._def.inputs[0], (x) => world.realValue(name, x)).base).success,
    );
    expect(invalid.map(([name]) => name)).toEqual([]);
  });

  it("never answers 500, and input errors name a field", { timeout: 240_000 }, async () => {
    const started = performance.now();
    const findings: Finding[] = [];
    let calls = 0;
    const storage = localStorage(mediaDir);
    const callers = {
      "admin-and-artist": await callerAs(h.db, world.persona.id, {}, { storage, clientIp: "10.66.0.1" }),
      anonymous: await callerAs(h.db, null, {}, { storage, clientIp: "10.66.0.2" }),
    };
    for (const [name, proc] of procedures) {
      const derived = deriveInput(proc._def.inputs[0], (p) => world.realValue(name, p));
      for (const [persona, caller] of Object.entries(callers)) {
        const call = name.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (input: unknown) => Promise<unknown>;
        for (const hostile of hostileInputs(derived)) {
          calls++;
          try {
            await call(hostile.input);
          } catch (e) {
            const problem = describeOutcome(e, hostile.wholeInput);
            if (problem) findings.push({ procedure: name, persona, label: hostile.label, problem });
          }
        }
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`[fuzz] ${procedures.length} procedures, ${calls} hostile calls in ${seconds} s, ${findings.length} findings`);
    // prototype pollution would show up on every object
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(findings.map((f) => `${f.procedure} as ${f.persona} — ${f.label}: ${f.problem}`)).toEqual([]);
  });
});
