import type { Db } from "../client.ts";

export interface SeedDeps {
  hashPassword: (password: string) => Promise<string>;
  log?: (line: string) => void;
}

export interface SeedOptions {
  /** the admin to create (its address counts as verified: the operator configured it); null → none */
  admin: { email: string; password: string } | null;
  /** the demo buyer with its published password (demo mode only) */
  demoBuyer: boolean;
}

export const DEMO_ADMIN = { email: "admin@atelier.local", password: "atelier-admin", name: "Atelier Admin" };
export const DEMO_BUYER = { email: "buyer@atelier.local", password: "atelier-buyer", name: "Bea Collector" };

/** Idempotent: running it again changes nothing that exists. */
export async function seedDatabase(db: Db, deps: SeedDeps, opts: SeedOptions) {
  const log = deps.log ?? (() => undefined);
  const admin = opts.admin ? await ensureUser(db, deps, { ...opts.admin, name: DEMO_ADMIN.name }, ["ADMIN", "BUYER"]) : null;
  const buyer = opts.demoBuyer ? await ensureUser(db, deps, DEMO_BUYER, ["BUYER"]) : null;
  log([admin ? `admin ${admin.email}` : "no admin", buyer ? `buyer ${buyer.email}` : null].filter(Boolean).join(", "));
  return { admin, buyer };
}

async function ensureUser(db: Db, deps: SeedDeps, u: { email: string; password: string; name: string }, roles: ("ADMIN" | "ARTIST" | "BUYER")[]) {
  const email = u.email.toLowerCase();
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  const user =
    existing ??
    (await db.user.create({
      data: { email, name: u.name, emailVerified: new Date(), passwordHash: await deps.hashPassword(u.password) },
      select: { id: true },
    }));
  await db.userRole.createMany({ data: roles.map((role) => ({ userId: user.id, role })), skipDuplicates: true });
  return { id: user.id, email };
}
