import type { Db } from "@atelier/db";
import type { SignInThrottle } from "../rate-limit/sign-in-throttle.ts";
import { signInSchema } from "../schemas/accounts.ts";
import { verifyCredentials } from "./users.ts";

export type SignInResult = { ok: true; userId: string } | { ok: false; reason: "invalid" } | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Checks an email and password under the sign-in throttle: a waiting attempt is refused before the
 * password is looked at (so it reveals nothing and is not counted), a wrong one is counted, a right one
 * clears its address's count. Users without any role can sign in (to their account page, to apply, or to
 * see why they cannot buy); what they may do is decided per procedure by role.
 */
export async function attemptSignIn(deps: { db: Db; throttle: SignInThrottle }, raw: unknown, address: string): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const verdict = await deps.throttle.check(email, address);
  if (!verdict.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: verdict.retryAfterSeconds };
  const userId = await verifyCredentials(deps.db, email, password);
  if (!userId) {
    await deps.throttle.recordFailure(email, address);
    return { ok: false, reason: "invalid" };
  }
  await deps.throttle.recordSuccess(email, address);
  return { ok: true, userId };
}

/** True when the session was signed in before the password last changed (it must end). */
export async function sessionPredatesPasswordChange(db: Db, userId: string, signedInAtMs: number | undefined): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordChangedAt: true } });
  if (!user) return true;
  if (!user.passwordChangedAt) return false;
  return (signedInAtMs ?? 0) < user.passwordChangedAt.getTime();
}
