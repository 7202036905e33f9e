"use client";

import { formatMoney } from "@atelier/core/money";
import { LIVE_SHOW_PLATFORM_LABELS } from "@atelier/core/schemas/live-shows";
import { Badge } from "@atelier/ui";
import { formatDateTime } from "~/lib/dates";
import { ShowStatusBadge } from "../show-status";
import { AddItemForm } from "./add-item-form";
import { BulkPaste } from "./bulk-paste";
import { ClaimEntry } from "./claim-entry";
import { ItemsBoard } from "./items-board";
import { ShowControls } from "./show-controls";
import { ShowInvoices } from "./show-invoices";
import { useShowConsole, type ConsoleData } from "./use-console";

/** Keyboard first: the claim input is at the top and keeps focus; the board below updates as claims come in. */
export function ShowConsole({ initial }: { initial: ConsoleData }) {
  const { show, refresh } = useShowConsole(initial);
  const money = (n: number) => formatMoney(n, show.currency);
  return (
    <div className="mt-3 space-y-6">
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="min-w-0 flex-1 text-3xl sm:text-4xl">{show.title}</h1>
        <ShowStatusBadge status={show.status} />
        <Badge>{LIVE_SHOW_PLATFORM_LABELS[show.platform]}</Badge>
        <p className="w-full text-sm text-ink-soft">
          {formatDateTime(show.startsAt)} · prices in {show.currency}
          {show.endedAt ? ` · ended ${formatDateTime(show.endedAt)}` : ""}
        </p>
        <ShowControls showId={show.id} status={show.status} itemCount={show.items.length} onChange={refresh} />
      </header>

      {show.status === "LIVE" ? <ClaimEntry showId={show.id} onRecorded={refresh} /> : null}

      <ItemsBoard items={show.items} money={money} onChange={refresh} />

      {show.status === "ENDED" ? <ShowInvoices showId={show.id} platform={show.platform} /> : null}

      <div className="grid gap-6 lg:grid-cols-2">
        {show.status === "LIVE" ? <BulkPaste showId={show.id} onRecorded={refresh} /> : null}
        {show.status !== "ENDED" ? <AddItemForm showId={show.id} currency={show.currency} onAdded={refresh} /> : null}
      </div>
    </div>
  );
}
