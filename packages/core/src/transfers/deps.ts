import type { Db } from "@atelier/db";
import type Stripe from "stripe";
import type { LedgerTx } from "../ledger/post.ts";

/** What the money functions need: the database, Stripe (or the sandbox) through the official SDK, a clock. */
export interface MoneyDeps {
  db: Db;
  stripe: Stripe;
  now: () => Date;
}

/** Serialises every money movement of one payee (transfers netting debts, reversals): a row lock on the user, held to commit. */
export async function lockPayee(tx: LedgerTx, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = ${userId} FOR UPDATE`;
}

export const TX_OPTIONS = { timeout: 20_000, maxWait: 20_000 } as const;
