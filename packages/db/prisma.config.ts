import path from "node:path";
import { defineConfig } from "prisma/config";

// The URL is only needed by `prisma migrate deploy` on machines that have Prisma's engine.
// Here migrations are applied by `pnpm db:migrate` (src/migrate/), which reads the same folder.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/atelier" },
});
