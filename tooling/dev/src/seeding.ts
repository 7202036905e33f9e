import { hashPassword } from "@atelier/auth/password";
import { createDb } from "@atelier/db";
import { DEMO_ADMIN, seedDatabase } from "@atelier/db/seed";

export async function seed(url: string, env: Record<string, string | undefined>) {
  const db = createDb({ connectionString: url, max: 2 });
  try {
    const adminEmail = env.ADMIN_EMAIL ?? DEMO_ADMIN.email;
    const adminPassword = env.ADMIN_PASSWORD ?? DEMO_ADMIN.password;
    await seedDatabase(db, { hashPassword, log: (l) => console.log(`[seed] ${l}`) }, { adminEmail, adminPassword });
    return { adminEmail, adminPassword: env.ADMIN_PASSWORD ? "(from ADMIN_PASSWORD)" : adminPassword };
  } finally {
    await db.$disconnect();
  }
}
