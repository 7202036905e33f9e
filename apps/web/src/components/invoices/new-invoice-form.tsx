"use client";

import { CURRENCIES, formatMoney } from "@atelier/core/money";
import { privateInvoiceSchema } from "@atelier/core/schemas/invoices";
import { Alert, Button, SelectField, TextAreaField, TextField } from "@atelier/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { serverFieldErrors, zodFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

export interface InvoiceableWork {
  id: string;
  title: string;
  priceAmount: number;
  currency: string;
}

/**
 * An invoice to a named collector: for one of the artist's works (held until paid) or for anything else (a
 * commission: a title and an amount), optionally as a deposit now and the balance later. Checked with the
 * procedure's own schema first, then by the server, field by field.
 */
export function NewInvoiceForm({ works }: { works: InvoiceableWork[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const blank = {
    buyerName: "",
    buyerEmail: "",
    artworkId: works[0]?.id ?? "",
    title: "",
    amount: "",
    currency: "EUR",
    depositPercent: "0",
    dueInDays: "14",
    balanceDueInDays: "30",
    graceDays: "7",
    memo: "",
  };
  const [v, setV] = useState(blank);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [notice, setNotice] = useState<string | null>(null);
  const set = (k: keyof typeof blank) => (e: { target: { value: string } }) => setV((old) => ({ ...old, [k]: e.target.value }));
  const work = works.find((w) => w.id === v.artworkId) ?? null;
  const create = useMutation(
    trpc.invoice.createPrivate.mutationOptions({
      onSuccess: (made) => {
        setErrors({});
        setV({ ...blank });
        setNotice(made.length === 2 ? `Deposit ${made[0]!.reference} and balance ${made[1]!.reference} sent.` : `Invoice ${made[0]!.reference} sent.`);
        void queryClient.invalidateQueries({ queryKey: trpc.invoice.list.queryKey() });
      },
      onError: (e) => {
        setNotice(null);
        const f = serverFieldErrors(e);
        setErrors(Object.keys(f).length ? f : { _form: e.message });
      },
    }),
  );
  const submit = () => {
    const input = { ...v, depositPercent: v.depositPercent || "0", send: true };
    const parsed = privateInvoiceSchema.safeParse(input);
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    create.mutate({ ...input, currency: parsed.data.currency });
  };
  const deposit = Number(v.depositPercent) > 0;
  return (
    <form
      method="post"
      noValidate
      className="grid gap-4"
      data-testid="new-invoice-form"
      onSubmit={(e) => {
        e.preventDefault();
        setNotice(null);
        submit();
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Collector's name" name="buyerName" value={v.buyerName} onChange={set("buyerName")} error={errors.buyerName} autoComplete="off" />
        <TextField
          label="Collector's email"
          name="buyerEmail"
          type="email"
          value={v.buyerEmail}
          onChange={set("buyerEmail")}
          error={errors.buyerEmail}
          autoComplete="off"
        />
      </div>
      <SelectField
        label="For"
        name="artworkId"
        value={v.artworkId}
        onChange={set("artworkId")}
        error={errors.artworkId}
        options={[
          ...works.map((w) => ({ value: w.id, label: `${w.title} — ${formatMoney(w.priceAmount, w.currency)}` })),
          { value: "", label: "Something else (a commission, a service…)" },
        ]}
      />
      {!work ? (
        <div className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr]">
          <TextField label="What it is for" name="title" value={v.title} onChange={set("title")} error={errors.title} placeholder="Commission: a portrait" />
          <TextField label="Amount" name="amount" inputMode="decimal" value={v.amount} onChange={set("amount")} error={errors.amount} placeholder="2000" />
          <SelectField
            label="Currency"
            name="currency"
            value={v.currency}
            onChange={set("currency")}
            error={errors.currency}
            options={CURRENCIES.map((c) => ({ value: c, label: c }))}
          />
        </div>
      ) : (
        <TextField
          label="Amount"
          name="amount"
          inputMode="decimal"
          value={v.amount}
          onChange={set("amount")}
          error={errors.amount}
          hint={`Leave empty for the listed price, ${formatMoney(work.priceAmount, work.currency)} (in ${work.currency}).`}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-4">
        <TextField
          label="Deposit %"
          name="depositPercent"
          inputMode="numeric"
          value={v.depositPercent}
          onChange={set("depositPercent")}
          error={errors.depositPercent}
          hint="0 for one invoice"
        />
        <TextField
          label={deposit ? "Deposit due in (days)" : "Due in (days)"}
          name="dueInDays"
          inputMode="numeric"
          value={v.dueInDays}
          onChange={set("dueInDays")}
          error={errors.dueInDays}
        />
        {deposit ? (
          <TextField
            label="Balance due in (days)"
            name="balanceDueInDays"
            inputMode="numeric"
            value={v.balanceDueInDays}
            onChange={set("balanceDueInDays")}
            error={errors.balanceDueInDays}
          />
        ) : null}
        <TextField
          label="Void after (days late)"
          name="graceDays"
          inputMode="numeric"
          value={v.graceDays}
          onChange={set("graceDays")}
          error={errors.graceDays}
        />
      </div>
      <TextAreaField
        label="Note to the collector"
        name="memo"
        value={v.memo}
        onChange={set("memo")}
        error={errors.memo}
        placeholder="Thank you for your purchase…"
      />
      {errors._form ? <Alert>{errors._form}</Alert> : null}
      {notice ? (
        <Alert tone="success" role="status">
          {notice}
        </Alert>
      ) : null}
      <div>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create and send"}
        </Button>
      </div>
      <p className="text-xs text-ink-soft">
        The collector is mailed a secure Stripe payment page. A work on the invoice is held for them until it is paid, or released when the invoice is voided —
        by you, or automatically once it is the chosen number of days overdue. Reminders go two days before and a day after the due date.
      </p>
    </form>
  );
}
