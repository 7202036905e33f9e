import { artistLedgerCsv } from "@atelier/core/reporting/ledger-csv";
import { NextResponse } from "next/server";
import { db } from "~/server/db";
import { currentIdentity } from "~/server/session";

export const dynamic = "force-dynamic";

/**
 * The signed-in artist's ledger as CSV (core/reporting/ledger-csv.ts). Authenticated like the studio's other
 * route handlers: the session identity, roles read fresh; visitors → 401, people without the artist role → 403.
 */
export async function GET() {
  const identity = await currentIdentity();
  if (!identity) return NextResponse.json({ error: { code: "UNAUTHORIZED", message: "Sign in to continue." } }, { status: 401 });
  if (!identity.roles.includes("ARTIST")) return NextResponse.json({ error: { code: "FORBIDDEN", message: "This needs artist access." } }, { status: 403 });
  const csv = await artistLedgerCsv(db, identity.id);
  const day = new Date().toISOString().slice(0, 10);
  return new NextResponse(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="atelier-ledger-${day}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
