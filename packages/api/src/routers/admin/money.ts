import { z } from "zod";
import { CURRENCIES } from "@atelier/core/money";
import { idField } from "@atelier/core/schemas/text";
import { ledgerOf, outstandingDebts } from "@atelier/core/ledger/balances";
import { listStuckTransfers } from "@atelier/core/transfers/park";
import { adminProcedure, createTRPCRouter } from "../../trpc.ts";

const ledgerInput = z.object({
  /** an artist's user id; omitted → the platform's ledger */
  payeeId: idField().optional(),
  currency: z.enum(CURRENCIES),
});

/** Money for admins: transfers waiting (with why), artists' debts, and any payee's ledger. */
export const adminMoneyRouter = createTRPCRouter({
  parkedTransfers: adminProcedure.query(({ ctx }) => listStuckTransfers(ctx.db)),
  debts: adminProcedure.query(({ ctx }) => outstandingDebts(ctx.db)),
  ledger: adminProcedure
    .input(ledgerInput)
    .query(({ ctx, input }) =>
      ledgerOf(ctx.db, input.payeeId ? { payee: "ARTIST", payeeId: input.payeeId } : { payee: "PLATFORM", payeeId: null }, input.currency),
    ),
});
