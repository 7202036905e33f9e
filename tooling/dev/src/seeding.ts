import { createStorage } from "@atelier/core/storage";
import { hashPassword } from "@atelier/core/accounts/password";
import { createDb, dataDir } from "@atelier/db";
import { DEMO_ADMIN, seedDatabase } from "@atelier/db/seed";
import { embedCatalogue } from "./embeddings.ts";
import { seedCatalogue } from "./seed-catalogue.ts";

export async function seed(url: string, env: Record<string, string | undefined>) {
  const db = createDb({ connectionString: url, max: 2 });
  try {
    const adminEmail = env.ADMIN_EMAIL ?? DEMO_ADMIN.email;
    const adminPassword = env.ADMIN_PASSWORD ?? DEMO_ADMIN.password;
    const log = (l: string) => console.log(`[seed] ${l}`);
    const { buyer } = await seedDatabase(db, { hashPassword, log }, { adminEmail, adminPassword });
    if (env.ATELIER_SEED_CATALOGUE !== "0") {
      const storage = createStorage({
        dataDir: dataDir(env.ATELIER_DATA_DIR),
        S3_ENDPOINT: env.S3_ENDPOINT,
        S3_BUCKET: env.S3_BUCKET,
        S3_ACCESS_KEY_ID: env.S3_ACCESS_KEY_ID,
        S3_SECRET_ACCESS_KEY: env.S3_SECRET_ACCESS_KEY,
        S3_REGION: env.S3_REGION,
      });
      await seedCatalogue(db, { storage, hashPassword, log }, buyer.id);
      // so hybrid search and "more like this" work out of the box (the lexical model needs no keys)
      await embedCatalogue(url, env, log).catch((e: unknown) =>
        log(`embeddings failed (${e instanceof Error ? e.message : String(e)}); search uses full-text until \`pnpm ai:backfill\` succeeds`),
      );
    }
    return { adminEmail, adminPassword: env.ADMIN_PASSWORD ? "(from ADMIN_PASSWORD)" : adminPassword };
  } finally {
    await db.$disconnect();
  }
}
