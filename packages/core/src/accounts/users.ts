import type { Db } from "@atelier/db";
import { Prisma } from "@atelier/db";
import { AppError } from "../errors.ts";
import { hashPassword, timingDummyHash, verifyPassword } from "./password.ts";
import { signUpSchema, type SignUpInput } from "../schemas/accounts.ts";

export interface RegisterOptions {
  /** The configured ADMIN_EMAIL: whoever signs up with it also becomes an admin. */
  adminEmail?: string;
}

/** Creates an account with the BUYER role (and ADMIN for the configured admin email). */
export async function registerUser(db: Db, input: SignUpInput, opts: RegisterOptions = {}) {
  const data = signUpSchema.parse(input);
  const existing = await db.user.findUnique({ where: { email: data.email }, select: { id: true } });
  if (existing) throw emailTaken();
  const passwordHash = await hashPassword(data.password);
  const roles: ("BUYER" | "ADMIN")[] = ["BUYER"];
  if (opts.adminEmail && opts.adminEmail.toLowerCase() === data.email) roles.push("ADMIN");
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, passwordHash, roles: { create: roles.map((role) => ({ role })) } },
        select: { id: true, email: true, name: true },
      });
      await tx.auditLog.create({
        data: { actorId: user.id, action: "user.sign_up", targetType: "User", targetId: user.id, data: { roles } },
      });
      return user;
    });
  } catch (error) {
    // Two sign-ups with one email at once: the unique index decides, the loser gets the same field error.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw emailTaken();
    throw error;
  }
}

function emailTaken() {
  return AppError.field("CONFLICT", "email", "An account with this email already exists");
}

/** Returns the user id when the password matches; spends the same time when the email is unknown. */
export async function verifyCredentials(db: Db, email: string, password: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, passwordHash: true } });
  if (!user?.passwordHash) {
    await verifyPassword(password, await timingDummyHash());
    return null;
  }
  return (await verifyPassword(password, user.passwordHash)) ? user.id : null;
}
