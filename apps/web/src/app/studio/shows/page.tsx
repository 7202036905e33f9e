import { LIVE_SHOW_PLATFORM_LABELS } from "@atelier/core/schemas/live-shows";
import { Badge, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "~/components/orders/empty-state";
import { formatDateTime } from "~/lib/dates";
import { api } from "~/server/api";
import { CreateShowForm } from "./create-show-form";
import { ShowStatusBadge } from "./show-status";

export const metadata: Metadata = { title: "Studio · Live shows" };

/** The artist's live shows and a form to plan the next one (the studio area is gated to artists in proxy.ts). */
export default async function LiveShowsPage() {
  const shows = await (await api()).liveShow.list();
  return (
    <div className={containerClass("py-10")}>
      <h1 className="text-4xl">Live shows</h1>
      <p className="mt-2 max-w-2xl text-ink-soft">
        Sell during a live stream or an opening night: put works and items on sale by number, then record viewers&apos; claims from the console. The first
        claimer holds a work; later claimers queue behind them.
      </p>
      <section aria-labelledby="new-show" className="mt-8 rounded-2xl border border-line bg-white/70 p-5 sm:p-6">
        <h2 id="new-show" className="text-lg">
          Plan a show
        </h2>
        <div className="mt-4">
          <CreateShowForm />
        </div>
      </section>
      <h2 className="mt-10 text-2xl">Your shows</h2>
      {shows.length === 0 ? (
        <EmptyState>No shows yet. Plan one above; you can add items and start it from its console.</EmptyState>
      ) : (
        <ul className="mt-4 divide-y divide-line rounded-2xl border border-line bg-white/70" data-testid="live-shows">
          {shows.map((s) => (
            <li key={s.id}>
              <Link href={`/studio/shows/${s.id}`} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 hover:bg-white">
                <span className="min-w-0 flex-1 font-medium">{s.title}</span>
                <ShowStatusBadge status={s.status} />
                <Badge>{LIVE_SHOW_PLATFORM_LABELS[s.platform]}</Badge>
                <span className="w-full text-sm text-ink-soft sm:w-auto">
                  {formatDateTime(s.startsAt)} · {s.itemCount} {s.itemCount === 1 ? "item" : "items"} · {s.holdingCount} held
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
