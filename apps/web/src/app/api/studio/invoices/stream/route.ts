import { streamInvoiceChanges } from "@atelier/api";
import { loadIdentity } from "@atelier/core/accounts/identity";
import { auth } from "~/server/auth";
import { db } from "~/server/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Server-sent events: the signed-in artist's invoices as they change (packages/api/src/http/invoice-stream.ts). */
export async function GET(req: Request) {
  return streamInvoiceChanges(req, {
    db,
    getArtistId: async () => {
      const id = (await auth())?.user?.id;
      if (!id) return "anonymous";
      const identity = await loadIdentity(db, id, "session");
      return identity?.roles.includes("ARTIST") ? { userId: id } : "not-artist";
    },
  });
}
