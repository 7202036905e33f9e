import type { Db } from "../client.ts";

export interface SeedDeps {
  hashPassword: (password: string) => Promise<string>;
  log?: (line: string) => void;
}

export interface SeedOptions {
  adminEmail: string;
  adminPassword: string;
}

export const DEMO_ADMIN = { email: "admin@atelier.local", password: "atelier-admin", name: "Atelier Admin" };
export const DEMO_BUYER = { email: "buyer@atelier.local", password: "atelier-buyer", name: "Bea Collector" };

/** Idempotent: running it again changes nothing that exists. */
export async function seedDatabase(db: Db, deps: SeedDeps, opts: SeedOptions) {
  const log = deps.log ?? (() => undefined);
  const admin = await ensureUser(db, deps, { email: opts.adminEmail, password: opts.adminPassword, name: DEMO_ADMIN.name }, ["ADMIN", "BUYER"]);
  const buyer = await ensureUser(db, deps, DEMO_BUYER, ["BUYER"]);
  log(`admin ${opts.adminEmail}, buyer ${DEMO_BUYER.email}`);
  return { admin, buyer };
}

async function ensureUser(db: Db, deps: SeedDeps, u: { email: string; password: string; name: string }, roles: ("ADMIN" | "ARTIST" | "BUYER")[]) {
  const email = u.email.toLowerCase();
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  const user = existing ?? (await db.user.create({ data: { email, name: u.name, passwordHash: await deps.hashPassword(u.password) }, select: { id: true } }));
  await db.userRole.createMany({ data: roles.map((role) => ({ userId: user.id, role })), skipDuplicates: true });
  return { id: user.id, email };
}
