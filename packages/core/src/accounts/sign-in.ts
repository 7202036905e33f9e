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

export interface SessionFacts {
  userId: string;
  /** when this session signed in (ms since the epoch) */
  signedInAt?: number;
  /** the session's random id, set at sign-in */
  sid?: string;
}

/**
 * True when a session must end: its user is gone, it was signed in before the password last changed,
 * or it was signed out (its sid revoked). The jwt callback asks on every request.
 */
export async function sessionEnded(db: Db, session: SessionFacts): Promise<boolean> {
  const [user, revoked] = await Promise.all([
    db.user.findUnique({ where: { id: session.userId }, select: { passwordChangedAt: true } }),
    session.sid ? db.revokedSession.findUnique({ where: { sid: session.sid }, select: { sid: true } }) : null,
  ]);
  if (!user || revoked) return true;
  return !!user.passwordChangedAt && (session.signedInAt ?? 0) < user.passwordChangedAt.getTime();
}

/** Signing out ends the session on the server too, so no copy of its cookie works afterwards. */
export async function revokeSession(db: Db, session: { sid: string; userId: string; expiresAt: Date }, now = new Date()) {
  await db.revokedSession.upsert({ where: { sid: session.sid }, create: session, update: {} });
  await db.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } });
}
