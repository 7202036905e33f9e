import { aiSettingsFromEnv, embeddingModelFromSettings } from "@atelier/ai";
import { createDb } from "@atelier/db";
import { backfillEmbeddings, type BackfillSummary } from "@atelier/core/embeddings";

/**
 * Embeds every public artwork that has no up-to-date embedding, with the model the AI settings
 * name (the local lexical model when none is configured). Prints what happened, including why
 * search stays full-text-only when it does.
 */
export async function embedCatalogue(url: string, env: Record<string, string | undefined>, log: (line: string) => void): Promise<BackfillSummary> {
  const model = embeddingModelFromSettings(aiSettingsFromEnv(env));
  const db = createDb({ connectionString: url, max: 2 });
  try {
    const summary = await backfillEmbeddings({ db, model, batchSize: 100, log: (l) => log(`embeddings: ${l}`) });
    if (!summary.available) log(`embeddings: none — ${summary.reason}; search uses full-text only`);
    else
      log(
        `embeddings (${summary.model}): ${summary.embedded} embedded, ${summary.unchanged} up to date, ${summary.removed} removed, ` +
          `${summary.scanned} public artworks in ${(summary.ms / 1000).toFixed(1)} s`,
      );
    return summary;
  } finally {
    await db.$disconnect();
  }
}
