import type { Db } from "@atelier/db";
import { Prisma } from "@atelier/db";
import { emailEvent, type EventSender } from "@atelier/events";
import { AppError } from "../errors.ts";
import { hashPassword, timingDummyHash, verifyPassword } from "./password.ts";
import { consumeEmailToken, issueEmailToken } from "./email-tokens.ts";
import { signUpSchema, verifyEmailSchema, type SignUpInput } from "../schemas/accounts.ts";

export interface AccountDeps {
  db: Db;
  events: EventSender;
  /** public origin for the links in mails, e.g. https://atelier.example */
  appUrl: string;
  now: () => Date;
}

export interface AdminEmailOption {
  /** The configured ADMIN_EMAIL: whoever verifies this address also becomes an admin. */
  adminEmail?: string;
}

/** The answer to every sign-up, whether or not the address already had an account. */
export const SIGN_UP_ANSWER = { status: "check-email" } as const;

/**
 * Creates an account with the BUYER role (sign-up always grants it) and mails a verification link. An
 * address that already has an account gets a mail telling its owner instead, and the caller the same
 * answer, so sign-up cannot be used to learn who has an account. The password is hashed either way so
 * both paths take as long. Two sign-ups with one address at once: the unique index decides.
 */
export async function registerUser(deps: AccountDeps, input: SignUpInput): Promise<typeof SIGN_UP_ANSWER> {
  const data = signUpSchema.parse(input);
  const { db } = deps;
  const passwordHash = await hashPassword(data.password);
  const existing = await db.user.findUnique({ where: { email: data.email }, select: { id: true, name: true } });
  if (existing) {
    await mailExistingOwner(deps, existing, data.email);
    return SIGN_UP_ANSWER;
  }
  let user: { id: string };
  try {
    user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email: data.email, name: data.name, passwordHash, roles: { create: [{ role: "BUYER" }] } },
        select: { id: true },
      });
      await tx.auditLog.create({ data: { actorId: created.id, action: "user.sign_up", targetType: "User", targetId: created.id, data: { roles: ["BUYER"] } } });
      return created;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db.user.findUnique({ where: { email: data.email }, select: { id: true, name: true } });
      if (winner) await mailExistingOwner(deps, winner, data.email);
      return SIGN_UP_ANSWER;
    }
    throw error;
  }
  await sendVerificationMail(deps, { id: user.id, email: data.email, name: data.name });
  return SIGN_UP_ANSWER;
}

async function mailExistingOwner(deps: AccountDeps, owner: { id: string; name: string }, email: string) {
  // one mail an hour at most (same event id → sent once), so sign-ups cannot flood an owner's inbox
  const hour = Math.floor(deps.now().getTime() / 3_600_000);
  await deps.events.send(
    emailEvent(
      {
        template: "sign-up-attempt",
        to: email,
        props: { displayName: owner.name, signInUrl: `${deps.appUrl}/sign-in`, resetUrl: `${deps.appUrl}/forgot-password` },
      },
      `sign-up-attempt:${owner.id}:${hour}`,
    ),
  );
}

/** Mails a fresh verification link (also used to resend one). */
export async function sendVerificationMail(deps: AccountDeps, user: { id: string; email: string; name: string }) {
  const token = await issueEmailToken(deps.db, user.id, "VERIFY_EMAIL", deps.now());
  await deps.events.send(
    emailEvent({ template: "verify-email", to: user.email, props: { displayName: user.name, verifyUrl: `${deps.appUrl}/verify-email?token=${token}` } }),
  );
}

/** Resends the link to a signed-in user whose address is not verified yet. */
export async function resendVerification(deps: AccountDeps, userId: string) {
  const user = await deps.db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true, emailVerified: true } });
  if (user.emailVerified) return { alreadyVerified: true };
  await sendVerificationMail(deps, user);
  return { alreadyVerified: false };
}

const TOKEN_REFUSALS = {
  invalid: "This confirmation link is not valid. Check that you opened the whole link from the mail.",
  used: "This confirmation link has already been used.",
  expired: "This confirmation link has expired. Sign in and ask for a new one from your account page.",
} as const;

/**
 * Marks the address verified. The configured ADMIN_EMAIL is granted ADMIN here, once its owner has
 * proved they read its mail, never at sign-up.
 */
export async function verifyEmail(deps: Pick<AccountDeps, "db" | "now">, raw: { token: string }, opts: AdminEmailOption = {}) {
  const { token } = verifyEmailSchema.parse(raw);
  const now = deps.now();
  return deps.db.$transaction(async (tx) => {
    const consumed = await consumeEmailToken(tx, token, "VERIFY_EMAIL", now);
    if (!consumed.ok) throw AppError.field("PRECONDITION_FAILED", "token", TOKEN_REFUSALS[consumed.reason]);
    const user = await tx.user.update({ where: { id: consumed.userId }, data: { emailVerified: now }, select: { id: true, email: true } });
    const grantsAdmin = !!opts.adminEmail && opts.adminEmail.toLowerCase() === user.email;
    if (grantsAdmin) await tx.userRole.createMany({ data: [{ userId: user.id, role: "ADMIN", grantedBy: null }], skipDuplicates: true });
    await tx.auditLog.create({
      data: { actorId: user.id, action: "user.verify_email", targetType: "User", targetId: user.id, data: { grantedAdmin: grantsAdmin } },
    });
    return { email: user.email, grantedAdmin: grantsAdmin };
  });
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
