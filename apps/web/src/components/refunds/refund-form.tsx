"use client";

import { Alert, Button } from "@atelier/ui";
import { formatMajorUnits, formatMoney, isCurrency, parseMajorUnits } from "@atelier/core/money";
import { createRefundSchema } from "@atelier/core/refunds/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { serverFieldErrors, zodFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

const input = "block w-full rounded-lg border border-line bg-white px-3 py-2 text-base text-ink placeholder:text-muted focus:outline-2 focus:outline-accent";

/**
 * Refund part or all of one order item. The page that embeds it passes what the API said is left to
 * refund (refund.list → items[].leftToRefund); the amount is typed in major units and parsed by the money
 * module (no floats), checked against the same schema as the router, and the server's field errors are shown.
 */
export function RefundForm({
  orderItemId,
  currency,
  leftToRefund,
  onDone,
}: {
  orderItemId: string;
  currency: string;
  leftToRefund: number;
  onDone?: () => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [done, setDone] = useState<string | null>(null);
  const create = useMutation(
    trpc.refund.create.mutationOptions({
      onSuccess: (r) => {
        setDone(`Refund of ${formatMoney(r.amount, r.currency)} requested. ${formatMoney(r.leftToRefund, r.currency)} is left to refund on this item.`);
        setAmount("");
        setReason("");
        router.refresh();
        onDone?.();
      },
      onError: (e) => {
        const fields = serverFieldErrors(e);
        setErrors(Object.keys(fields).length ? fields : { _form: e.message });
      },
    }),
  );

  if (!isCurrency(currency)) return <Alert tone="error">Unknown currency {currency}.</Alert>;
  if (leftToRefund <= 0) return <p className="text-sm text-ink-soft">This item has been refunded in full.</p>;

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setDone(null);
    const parsed = parseMajorUnits(amount, currency as Parameters<typeof parseMajorUnits>[1]);
    if (!parsed.ok) return setErrors({ amount: parsed.message.replace(/price/gi, "amount") });
    if (parsed.minor > leftToRefund) return setErrors({ amount: `At most ${formatMoney(leftToRefund, currency)} is left to refund on this item.` });
    const checked = createRefundSchema.safeParse({ orderItemId, amount: parsed.minor, reason });
    if (!checked.success) return setErrors(zodFieldErrors(checked.error));
    setErrors({});
    create.mutate(checked.data);
  }

  return (
    <form onSubmit={submit} className="space-y-3" aria-label="Refund this item" noValidate>
      <p className="text-sm text-ink-soft">
        Left to refund: <strong className="text-ink">{formatMoney(leftToRefund, currency)}</strong>
      </p>
      {errors._form ? <Alert tone="error">{errors._form}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      <div className="space-y-1">
        <label htmlFor={`${id}-amount`} className="text-sm text-ink-soft">
          Amount ({currency})
        </label>
        <div className="flex gap-2">
          <input
            id={`${id}-amount`}
            name="amount"
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            aria-invalid={!!errors.amount}
            aria-describedby={errors.amount ? `${id}-amount-error` : undefined}
            className={input}
          />
          <Button type="button" variant="secondary" onClick={() => setAmount(formatMajorUnits(leftToRefund, currency))}>
            All
          </Button>
        </div>
        {errors.amount ? (
          <p id={`${id}-amount-error`} className="text-sm text-red-700">
            {errors.amount}
          </p>
        ) : null}
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-reason`} className="text-sm text-ink-soft">
          Reason (the buyer doesn&apos;t see it)
        </label>
        <textarea id={`${id}-reason`} name="reason" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} className={input} />
        {errors.reason ? <p className="text-sm text-red-700">{errors.reason}</p> : null}
      </div>
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? "Requesting…" : "Refund"}
      </Button>
    </form>
  );
}
