import type { LanguageModelV4 } from "@ai-sdk/provider";
import { wrapLanguageModel } from "ai";

/** Tokens spent by model calls that tools make themselves (writing copy, describing an image). */
export interface UsageMeter {
  inputTokens: number;
  outputTokens: number;
}

/** The same model, counting what each nested call spends, so the daily budget sees every token. */
export function meteredModel(model: LanguageModelV4, meter: UsageMeter): LanguageModelV4 {
  return wrapLanguageModel({
    model,
    middleware: {
      specificationVersion: "v4",
      wrapGenerate: async ({ doGenerate }) => {
        const result = await doGenerate();
        meter.inputTokens += result.usage.inputTokens.total ?? 0;
        meter.outputTokens += result.usage.outputTokens.total ?? 0;
        return result;
      },
    },
  });
}
