import { createStorage } from "@atelier/core/storage";
import { hashPassword } from "@atelier/core/accounts/password";
import { createDb, dataDir } from "@atelier/db";
import { seedDatabase } from "@atelier/db/seed";
import { aiSettingsFromEnv, embeddingModelFromSettings } from "@atelier/ai";
import { syncKnowledgeBase } from "@atelier/core/knowledge/index";
import { syncProductCatalogue } from "@atelier/core/products/sync";
import { embedCatalogue } from "./embeddings.ts";
import { queueMockups } from "./mockups.ts";
import { seedCatalogue } from "./seed-catalogue.ts";
import { seedStores } from "./seed-stores.ts";
import type { StartupPlan } from "./startup-plan.ts";

/** Loads what the plan allows: the admin (if any), and in demo mode the demo buyer and catalogue. */
export async function seed(url: string, env: Record<string, string | undefined>, plan: StartupPlan) {
  const db = createDb({ connectionString: url, max: 2 });
  try {
    const log = (l: string) => console.log(`[seed] ${l}`);
    const { buyer } = await seedDatabase(db, { hashPassword, log }, { admin: plan.admin, demoBuyer: plan.demoBuyer });
    // the art knowledge base is product content, not demo data: loaded on every start (idempotent)
    await syncKnowledgeBase({ db, embeddings: embeddingModelFromSettings(aiSettingsFromEnv(env)) }).then(
      (k) => log(`knowledge base: ${k.entries} entries, ${k.written} written, ${k.removed} removed, ${k.embedded ?? "no"} embedded`),
      (e: unknown) => log(`knowledge base not loaded (${e instanceof Error ? e.message : String(e)}); the assistants load it on first use`),
    );
    // so is the licensed-product catalogue and its price table (packages/core/src/products/catalogue.ts)
    await syncProductCatalogue(db).then(
      (p) => log(`products: ${p.productTypes} types, ${p.variants} variants, ${p.written} rows written, ${p.retired} retired`),
      (e: unknown) => log(`products not loaded (${e instanceof Error ? e.message : String(e)}); they load on first use`),
    );
    if (plan.catalogue && buyer) {
      const storage = createStorage({
        dataDir: dataDir(env.ATELIER_DATA_DIR),
        S3_ENDPOINT: env.S3_ENDPOINT,
        S3_BUCKET: env.S3_BUCKET,
        S3_ACCESS_KEY_ID: env.S3_ACCESS_KEY_ID,
        S3_SECRET_ACCESS_KEY: env.S3_SECRET_ACCESS_KEY,
        S3_REGION: env.S3_REGION,
      });
      await seedCatalogue(db, { storage, hashPassword, log }, buyer.id);
      await seedStores(db, { hashPassword, log, platformFeeBps: env.COMMISSION_LICENSED_BPS ? Number(env.COMMISSION_LICENSED_BPS) : undefined });
      // so hybrid search and "more like this" work out of the box (the lexical model needs no keys)
      await embedCatalogue(url, env, log).catch((e: unknown) =>
        log(`embeddings failed (${e instanceof Error ? e.message : String(e)}); search uses full-text until \`pnpm ai:backfill\` succeeds`),
      );
      // the studio's product pictures: queued for the app's job worker (drawn in the background after it starts)
      await queueMockups(db, env, log).catch((e: unknown) => log(`mockups not queued (${e instanceof Error ? e.message : String(e)})`));
    }
    if (!plan.admin) return { admin: null };
    return { admin: { email: plan.admin.email, password: env.ADMIN_PASSWORD ? "(from ADMIN_PASSWORD)" : plan.admin.password } };
  } finally {
    await db.$disconnect();
  }
}
