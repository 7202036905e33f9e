import { emailEvent } from "@atelier/events";
import { AppError } from "../errors.ts";
import { accountThrottleKeys } from "../rate-limit/sign-in-throttle.ts";
import { requestPasswordResetSchema, resetPasswordSchema, type RequestPasswordResetInput, type ResetPasswordInput } from "../schemas/accounts.ts";
import { consumeEmailToken, issueEmailToken } from "./email-tokens.ts";
import { hashPassword } from "./password.ts";
import type { AccountDeps } from "./users.ts";

/** What "Forgot your password?" always answers, whether or not the address has an account. */
export const RESET_REQUESTED_ANSWER = { status: "check-email" } as const;

/** Mails a single-use link (valid one hour) to the account with this address, if there is one. */
export async function requestPasswordReset(deps: AccountDeps, raw: RequestPasswordResetInput): Promise<typeof RESET_REQUESTED_ANSWER> {
  const { email } = requestPasswordResetSchema.parse(raw);
  const user = await deps.db.user.findUnique({ where: { email }, select: { id: true, name: true } });
  if (!user) return RESET_REQUESTED_ANSWER;
  const token = await issueEmailToken(deps.db, user.id, "RESET_PASSWORD", deps.now());
  await deps.events.send(
    emailEvent({ template: "reset-password", to: email, props: { displayName: user.name, resetUrl: `${deps.appUrl}/reset-password?token=${token}` } }),
  );
  return RESET_REQUESTED_ANSWER;
}

const REFUSALS = {
  invalid: "This reset link is not valid. Check that you opened the whole link from the mail, or ask for a new one.",
  used: "This reset link has already been used. If you need to change your password again, ask for a new link.",
  expired: "This reset link has expired (links work for one hour). Ask for a new one.",
} as const;

/**
 * Sets a new password from a reset link. The link works once; the user's other reset links die with it.
 * `passwordChangedAt` signs out every session made before now (the jwt callback checks it); API tokens
 * stay, since they are revoked on their own page. The account's sign-in delays are lifted: the owner
 * proved who they are.
 */
export async function resetPassword(deps: AccountDeps, raw: ResetPasswordInput) {
  const { token, password } = resetPasswordSchema.parse(raw);
  const now = deps.now();
  const passwordHash = await hashPassword(password);
  const user = await deps.db.$transaction(async (tx) => {
    const consumed = await consumeEmailToken(tx, token, "RESET_PASSWORD", now);
    if (!consumed.ok) throw AppError.field("PRECONDITION_FAILED", "token", REFUSALS[consumed.reason]);
    const updated = await tx.user.update({
      where: { id: consumed.userId },
      data: { passwordHash, passwordChangedAt: now },
      select: { id: true, email: true, name: true },
    });
    await tx.emailToken.updateMany({ where: { userId: updated.id, purpose: "RESET_PASSWORD", usedAt: null }, data: { usedAt: now } });
    const keys = accountThrottleKeys(updated.email);
    await tx.signInThrottle.deleteMany({ where: { OR: [{ key: { in: keys.exact } }, ...keys.startsWith.map((p) => ({ key: { startsWith: p } }))] } });
    await tx.auditLog.create({ data: { actorId: updated.id, action: "user.reset_password", targetType: "User", targetId: updated.id } });
    return updated;
  });
  await deps.events.send(
    emailEvent({ template: "password-changed", to: user.email, props: { displayName: user.name, resetUrl: `${deps.appUrl}/forgot-password` } }),
  );
  return { email: user.email };
}
