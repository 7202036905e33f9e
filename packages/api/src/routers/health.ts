import { publicProcedure } from "../trpc.ts";

export const healthProcedure = publicProcedure.query(async ({ ctx }) => {
  const started = performance.now();
  await ctx.db.$queryRaw`SELECT 1`;
  return { status: "ok" as const, database: { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 }, time: ctx.now() };
});
