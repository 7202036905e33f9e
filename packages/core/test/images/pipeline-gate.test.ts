import { describe, expect, it } from "vitest";
import { isAppError } from "../../src/errors.ts";
import { createPipelineGate } from "../../src/images/pipeline-gate.ts";

describe("the image pipeline gate", () => {
  it("runs one at a time in arrival order, and refuses work once its queue is full", async () => {
    const gate = createPipelineGate({ concurrency: 1, maxWaiting: 2 });
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const job = (n: number) =>
      gate.run(async () => {
        order.push(n);
        await new Promise<void>((r) => releases.push(r));
        return n;
      });
    const running = [job(1), job(2), job(3)];
    await new Promise((r) => setTimeout(r, 0));
    expect(gate.stats()).toMatchObject({ active: 1, waiting: 2 });

    const refused = await job(4).catch((e: unknown) => e);
    expect(isAppError(refused) && refused.code).toBe("SERVICE_UNAVAILABLE");
    expect(isAppError(refused) && refused.fieldErrors?.file?.[0]).toMatch(/Try this one again/);
    expect(isAppError(refused) && refused.retryAfterSeconds).toBe(30);

    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 0));
      releases.shift()!();
    }
    expect(await Promise.all(running)).toEqual([1, 2, 3]);
    expect(order).toEqual([1, 2, 3]);
    expect(gate.stats()).toMatchObject({ active: 0, waiting: 0, mostActive: 1, started: 3 });
  });

  it("keeps going after a failed pipeline", async () => {
    const gate = createPipelineGate({ concurrency: 1, maxWaiting: 4 });
    await expect(gate.run(() => Promise.reject(new Error("corrupt")))).rejects.toThrow("corrupt");
    expect(await gate.run(async () => "next")).toBe("next");
    expect(gate.stats().active).toBe(0);
  });
});
