/**
 * Demo payments: each seeded artist (and the demo store's owner) gets a Connect Express account in the local sandbox that has
 * completed onboarding, so the seeded catalogue can be bought. Only against the sandbox (never a
 * real Stripe account), and idempotent: existing accounts are kept unless the sandbox forgot them.
 */
import { createDb } from "@atelier/db";
import { DEMO_ARTISTS, DEMO_STORE } from "@atelier/db/seed/catalogue";
import { ensureConnectAccount, sandboxStripe, syncConnectAccount } from "@atelier/core/payments";

export async function seedPayments(databaseUrl: string, sandboxUrl: string, appUrl: string, log: (l: string) => void) {
  const started = Date.now();
  const db = createDb({ connectionString: databaseUrl, max: 2 });
  const stripe = sandboxStripe(sandboxUrl);
  const deps = { db, stripe, now: () => new Date(), appUrl };
  let created = 0;
  try {
    const artists = await db.user.findMany({
      where: { email: { in: [...DEMO_ARTISTS.map((a) => a.email), DEMO_STORE.email] } },
      select: { id: true, connectAccount: true },
    });
    for (const artist of artists) {
      if (artist.connectAccount) {
        const known = await stripe.accounts.retrieve(artist.connectAccount.stripeAccountId).then(
          () => true,
          () => false,
        );
        if (known) continue;
        // the sandbox's state was reset while the database kept the row: open a new account
        await db.connectAccount.delete({ where: { id: artist.connectAccount.id } });
      }
      const account = await ensureConnectAccount(deps, artist.id);
      const res = await fetch(`${sandboxUrl}/__sandbox/accounts/${account.stripeAccountId}/complete_onboarding`, { method: "POST" });
      if (!res.ok) throw new Error(`sandbox refused to complete onboarding of ${account.stripeAccountId}: ${res.status} ${await res.text()}`);
      await syncConnectAccount(deps, account.stripeAccountId);
      created++;
    }
    log(`payments: ${artists.length} artists with onboarded sandbox accounts (${created} new) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.$disconnect();
  }
}
