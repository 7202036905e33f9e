"use client";

import { Alert, Button } from "@atelier/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { InvoiceList } from "~/components/invoices/invoice-list";
import { useTRPC } from "~/trpc/react";

/**
 * After the show: one invoice per buyer (made when the show ended), live — a buyer paying on Stripe's page turns
 * the row to Paid without a reload. "Invoice new holders" bills what is held and not invoiced yet (a work that
 * passed to the next claimer when an invoice was voided).
 */
export function ShowInvoices({ showId, platform }: { showId: string; platform: string }) {
  const messageChannel = platform === "INSTAGRAM" || platform === "FACEBOOK" ? platform : undefined;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const first = useQuery(trpc.invoice.list.queryOptions({ status: "ALL", showId, limit: 100 }));
  const again = useMutation(
    trpc.liveShow.invoiceBuyers.mutationOptions({ onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.invoice.list.queryKey() }) }),
  );
  return (
    <section aria-labelledby="show-invoices" className="min-w-0">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 id="show-invoices" className="text-2xl">
          Invoices
        </h2>
        <Button type="button" variant="secondary" disabled={again.isPending} onClick={() => again.mutate({ showId })}>
          {again.isPending ? "Invoicing…" : "Invoice new holders"}
        </Button>
      </div>
      {again.data ? (
        <Alert tone="info" className="mb-3" role="status">
          {again.data.created.length
            ? `${again.data.created.length} new invoice${again.data.created.length === 1 ? "" : "s"}.`
            : "Everyone holding a piece is invoiced already."}
          {again.data.failed.map((f) => ` @${f.buyer}: ${f.message}`).join("")}
        </Alert>
      ) : null}
      {again.error ? <Alert className="mb-3">{again.error.message}</Alert> : null}
      {first.data ? (
        <InvoiceList
          initial={first.data}
          showId={showId}
          messageChannel={messageChannel}
          emptyText="No invoices yet: they are made when the show ends, one per buyer."
        />
      ) : null}
    </section>
  );
}
