"use client";

import { Button } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";

/** The buyer confirms a shipped item arrived (order.confirmDelivery). */
export function ConfirmReceiptButton({ orderItemId, title }: { orderItemId: string; title: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const confirm = useMutation(
    trpc.order.confirmDelivery.mutationOptions({
      onSuccess: () => router.refresh(),
      onError: (e) => setError(e.message),
    }),
  );
  return (
    <div>
      <Button
        type="button"
        variant="secondary"
        disabled={confirm.isPending}
        onClick={() => confirm.mutate({ orderItemId })}
        aria-label={`Confirm you received “${title}”`}
      >
        {confirm.isPending ? "Confirming…" : "I received it"}
      </Button>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-accent-deep">
          {error}
        </p>
      ) : null}
    </div>
  );
}
